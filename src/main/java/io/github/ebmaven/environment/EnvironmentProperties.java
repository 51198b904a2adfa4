package io.github.ebmaven.environment;

import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.aws.Requested;
import io.github.ebmaven.change.ChangeFailedException;
import io.github.ebmaven.change.ChangeRequest;
import io.github.ebmaven.change.ChangeResult;
import io.github.ebmaven.change.Deadline;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Formats;
import io.github.ebmaven.report.Mention;
import io.github.ebmaven.report.Reporter;
import io.github.ebmaven.report.SecretMasker;
import io.github.ebmaven.report.SecretPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code eb:printenv} and {@code eb:setenv}: the environment properties (namespace {@value
 * SecretPolicy#ENVIRONMENT_NAMESPACE}) as the running environment has them, and changing them
 * the way a deploy changes an environment: one update, then waiting for Elastic Beanstalk's
 * verdict. Values of secret-looking names are never printed unless asked; values being set are
 * never printed at all.
 */
public final class EnvironmentProperties {

  /**
   * @param acceptedHealth health colours that count as healthy after the change
   */
  public record SetRequest(
      String application, String environment, EnvChanges changes, Set<String> acceptedHealth, Duration timeout) {}

  private final Services services;

  public EnvironmentProperties(Services services) {
    this.services = services;
  }

  /** The environment's properties by name. */
  public Map<String, String> read(String application, String environment) throws EbException {
    Map<String, String> properties = new TreeMap<>();
    for (OptionSetting s : services.eb().environments().configurationSettings(application, environment)) {
      if (SecretPolicy.ENVIRONMENT_NAMESPACE.equals(s.namespace())) {
        properties.put(s.optionName(), s.value() == null ? "" : s.value());
      }
    }
    return properties;
  }

  /**
   * Prints {@code NAME = value} lines, secret-looking values masked unless {@code reveal}, and
   * returns them as printed.
   */
  public Map<String, String> print(String application, String environment, SecretPolicy secrets, boolean reveal)
      throws EbException {
    services.eb().environments().require(application, environment);
    Map<String, String> properties = read(application, environment);
    Reporter out = services.reporter();
    if (properties.isEmpty()) {
      out.info("Environment " + environment + " has no environment properties.");
      return properties;
    }
    out.info("Environment properties of " + environment + " (" + properties.size() + "):");
    int width = properties.keySet().stream().mapToInt(String::length).max().orElse(0);
    int masked = 0;
    Map<String, String> shown = new TreeMap<>();
    for (Map.Entry<String, String> e : properties.entrySet()) {
      boolean hide = !reveal && secrets.isSecret(e.getKey()) && !e.getValue().isEmpty();
      masked += hide ? 1 : 0;
      shown.put(e.getKey(), hide ? SecretMasker.MASK : e.getValue());
      out.result("  " + e.getKey() + " ".repeat(width - e.getKey().length()) + " = " + shown.get(e.getKey()));
    }
    if (masked > 0) {
      out.info(masked + " secret-looking value" + (masked == 1 ? "" : "s") + " shown as " + SecretMasker.MASK
          + "; " + Mention.example("eb.reveal", "true") + " shows them.");
    }
    return shown;
  }

  /**
   * Applies the changes and waits until the environment is Ready again, still running its
   * version, with accepted health.
   *
   * @return the environment as last seen
   * @throws ChangeFailedException when Elastic Beanstalk reports the update failed
   */
  public EnvironmentState set(SetRequest request) throws EbException {
    Beanstalk eb = services.eb();
    Reporter out = services.reporter();
    Deadline deadline = services.deadline(request.timeout());
    String app = request.application();
    String env = request.environment();
    EnvironmentState state = services.changes().settle(app, eb.environments().require(app, env), deadline);
    Map<String, String> current = read(app, env);
    List<OptionSetting> set = new ArrayList<>();
    request.changes().set().forEach((name, value) -> {
      if (!Objects.equals(current.get(name), value)) {
        set.add(new OptionSetting(SecretPolicy.ENVIRONMENT_NAMESPACE, name, value));
      }
    });
    List<OptionSetting> remove = new ArrayList<>();
    for (String name : request.changes().remove()) {
      if (current.containsKey(name)) {
        remove.add(new OptionSetting(SecretPolicy.ENVIRONMENT_NAMESPACE, name, ""));
      }
    }
    if (set.isEmpty() && remove.isEmpty()) {
      out.info(env + " already has those environment properties (" + request.changes().describe()
          + "): nothing to change");
      return state;
    }
    EnvChanges effective = new EnvChanges(
        set.stream().collect(Collectors.toMap(OptionSetting::optionName, OptionSetting::value, (x, y) -> x, LinkedHashMap::new)),
        remove.stream().map(OptionSetting::optionName).toList());
    String running = state.versionLabel();
    ChangeResult result = services.changes().apply(
        ChangeRequest.update(app, env, running, request.acceptedHealth(), deadline)
            .waitingFor("waiting for " + env + " to apply the environment properties"),
        () -> {
          Requested requested = eb.environments().update(app, env, null, set, remove);
          out.info("Updating the environment properties of " + env + ": " + effective.describe() + " (request "
              + requested.requestId() + ")");
          return requested;
        });
    result.orFail("Updating the environment properties of " + env + " failed.\n", "");
    EnvironmentState last = result.finalState();
    out.info("Updated the environment properties of " + env + " (" + effective.describe() + "): " + last.status()
        + ", health " + Formats.health(last) + ", running " + Formats.label(last));
    return last;
  }
}
