package io.github.ebmaven.environment;

import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.config.ConfigKey;
import io.github.ebmaven.extensions.Maintenance;
import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.extensions.PlatformTraits;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Mention;
import io.github.ebmaven.report.SecretPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code eb:maintenance}: switches the maintenance page that a bundle built with {@code
 * <maintenance>} carries, by setting the environment property {@value Maintenance#PROPERTY} in a
 * configuration update (no deployment) and waiting for Elastic Beanstalk's verdict, the way {@code
 * eb:setenv} does. Refused on environments that cannot serve the page: no nginx proxy, or a
 * running version built without {@code <maintenance>}.
 */
public final class MaintenanceOperation {

  /** @param on true to show the maintenance page, false to serve the application again */
  public record MaintenanceRequest(
      String application, String environment, boolean on, Set<String> acceptedHealth, Duration timeout) {}

  private static final String PROXY = "aws:elasticbeanstalk:environment:proxy";

  private final Services services;

  public MaintenanceOperation(Services services) {
    this.services = services;
  }

  public EnvironmentState switchTo(MaintenanceRequest request) throws EbException {
    String app = request.application();
    String env = request.environment();
    String wanted = request.on() ? Maintenance.ON : Maintenance.OFF;
    EnvironmentState state = services.eb().environments().require(app, env);
    List<OptionSetting> settings = services.eb().environments().configurationSettings(app, env);
    refuseWithoutMaintenancePage(state, settings);
    String current = value(settings, SecretPolicy.ENVIRONMENT_NAMESPACE, Maintenance.PROPERTY).orElse(Maintenance.OFF);
    if (current.equals(wanted) && state.isReady()) {
      services.reporter().info("The maintenance page of " + env + " is already " + wanted + ": nothing to change");
      return state;
    }
    services.reporter().info("Switching the maintenance page of " + env + " " + wanted + " (" + Maintenance.PROPERTY + "=" + wanted
        + ", a configuration update without a deployment)");
    EnvChanges changes = new EnvChanges(Map.of(Maintenance.PROPERTY, wanted), List.of());
    EnvironmentState last = new EnvironmentProperties(services)
        .set(new EnvironmentProperties.SetRequest(app, env, changes, request.acceptedHealth(), request.timeout()));
    services.reporter().info(request.on()
        ? "Maintenance page on for " + env + ": requests get 503 with Retry-After, except the load balancer's health checks, the"
            + " health check path and the allowed addresses. " + Mention.goal("maintenance") + " with "
            + ConfigKey.MAINTENANCE_MODE.example(Maintenance.OFF) + " serves the application again."
        : "Maintenance page off for " + env + ": the application serves every request.");
    return last;
  }

  private void refuseWithoutMaintenancePage(EnvironmentState state, List<OptionSetting> settings) throws EbException {
    if (state.platform() != null && !PlatformTraits.runsNginxHooks(state.platform())) {
      throw new EbException(state.name() + " runs " + state.platform() + ", which has no nginx proxy with .platform hooks; the"
          + " maintenance page needs an Amazon Linux 2 or 2023 platform (not Windows Server, the Amazon Linux AMI or ECS).");
    }
    Optional<String> proxy = value(settings, PROXY, "ProxyServer");
    if (proxy.isPresent() && !proxy.get().equals("nginx")) {
      throw new EbException(state.name() + " uses the " + proxy.get() + " proxy (" + PROXY + " ProxyServer), and the maintenance"
          + " page is served by nginx. Switch the proxy to nginx to use " + Mention.goal("maintenance") + ".");
    }
    if (value(settings, SecretPolicy.ENVIRONMENT_NAMESPACE, Maintenance.PROPERTY).isEmpty()) {
      throw new EbException(state.name() + " runs " + (state.versionLabel() == null ? "a version" : state.versionLabel())
          + ", which was not built with <maintenance>: it has no maintenance page to switch. Add <maintenance> to the plugin's"
          + " configuration and deploy with " + Mention.goal("deploy") + " first. Nothing was changed.");
    }
  }

  private static Optional<String> value(List<OptionSetting> settings, String namespace, String option) {
    return settings.stream()
        .filter(s -> s.namespace().equals(namespace) && s.optionName().equals(option))
        .map(s -> s.value().trim())
        .filter(v -> !v.isEmpty())
        .findFirst();
  }
}
