package io.github.ebmaven.ops;

import io.github.ebmaven.deploy.EnvironmentServices;
import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.aws.Setting;
import io.github.ebmaven.deploy.Deadline;
import io.github.ebmaven.deploy.DeploymentFailedException;
import io.github.ebmaven.deploy.DeploymentVerdict;
import io.github.ebmaven.deploy.EnvironmentWatcher;
import io.github.ebmaven.deploy.Environments;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import io.github.ebmaven.report.SecretMasker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code eb:printenv} and {@code eb:setenv}: the environment properties (namespace {@value
 * SecretPattern#ENVIRONMENT_NAMESPACE}) as the running environment has them, and changing them
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

  private final EnvironmentServices services;

  public EnvironmentProperties(EnvironmentServices services) {
    this.services = services;
  }

  /** The environment's properties by name. */
  public Map<String, String> read(String application, String environment) throws EbException {
    Map<String, String> properties = new TreeMap<>();
    for (Setting s : services.eb().configurationSettings(application, environment)) {
      if (SecretPattern.ENVIRONMENT_NAMESPACE.equals(s.namespace())) {
        properties.put(s.optionName(), s.value() == null ? "" : s.value());
      }
    }
    return properties;
  }

  /** Prints {@code NAME = value} lines, secret-looking values masked unless {@code reveal}. */
  public Map<String, String> print(String application, String environment, SecretPattern secrets, boolean reveal)
      throws EbException {
    Environments.require(services.eb(), application, environment);
    Map<String, String> properties = read(application, environment);
    Reporter out = services.reporter();
    if (properties.isEmpty()) {
      out.info("Environment " + environment + " has no environment properties.");
      return properties;
    }
    out.info("Environment properties of " + environment + " (" + properties.size() + "):");
    int width = properties.keySet().stream().mapToInt(String::length).max().orElse(0);
    int masked = 0;
    for (Map.Entry<String, String> e : properties.entrySet()) {
      boolean hide = !reveal && secrets.isSecret(e.getKey()) && !e.getValue().isEmpty();
      masked += hide ? 1 : 0;
      out.info("  " + e.getKey() + " ".repeat(width - e.getKey().length()) + " = " + (hide ? SecretMasker.MASK : e.getValue()));
    }
    if (masked > 0) {
      out.info(masked + " secret-looking value" + (masked == 1 ? "" : "s") + " shown as " + SecretMasker.MASK
          + "; -Deb.reveal=true shows them.");
    }
    return properties;
  }

  /**
   * Applies the changes and waits until the environment is Ready again, still running its
   * version, with accepted health.
   *
   * @return the environment as last seen
   * @throws DeploymentFailedException when Elastic Beanstalk reports the update failed
   */
  public EnvironmentState set(SetRequest request) throws EbException {
    Beanstalk eb = services.eb();
    Reporter out = services.reporter();
    Deadline deadline = new Deadline(services.clock(), request.timeout());
    String app = request.application();
    String env = request.environment();
    EnvironmentWatcher watcher = new EnvironmentWatcher(eb, out, services.clock(), services.sleeper());
    EnvironmentState state = Environments.require(eb, app, env);
    if (!state.isReady()) {
      out.info(env + " is " + state.status() + "; waiting until it is Ready before changing it");
      state = watcher.watch(app, env, null, null, services.clock().instant(),
          new DeploymentVerdict(DeploymentVerdict.Goal.SETTLE, null, Set.of()), deadline, null,
          "waiting for " + env + " to be Ready").finalState();
    }
    Map<String, String> current = read(app, env);
    List<Setting> set = new ArrayList<>();
    request.changes().set().forEach((name, value) -> {
      if (!Objects.equals(current.get(name), value)) {
        set.add(new Setting(SecretPattern.ENVIRONMENT_NAMESPACE, name, value, null));
      }
    });
    List<Setting> remove = new ArrayList<>();
    for (String name : request.changes().remove()) {
      if (current.containsKey(name)) {
        remove.add(new Setting(SecretPattern.ENVIRONMENT_NAMESPACE, name, null, null));
      }
    }
    if (set.isEmpty() && remove.isEmpty()) {
      out.info(env + " already has those environment properties (" + request.changes().describe()
          + "): nothing to change");
      return state;
    }
    EnvChanges effective = new EnvChanges(
        set.stream().collect(java.util.stream.Collectors.toMap(Setting::optionName, Setting::value, (a, b) -> a,
            java.util.LinkedHashMap::new)),
        remove.stream().map(Setting::optionName).toList());
    Beanstalk.Requested requested = eb.updateSettings(app, env, set, remove);
    out.info("Updating the environment properties of " + env + ": " + effective.describe() + " (request "
        + requested.requestId() + ")");
    EnvironmentWatcher.Result result = watcher.watch(app, env, null, requested.requestId(), requested.at(),
        new DeploymentVerdict(DeploymentVerdict.Goal.UPDATE, state.versionLabel(), request.acceptedHealth()),
        deadline, null, "waiting for " + env + " to apply the environment properties");
    if (result.outcome() != DeploymentVerdict.Outcome.SUCCEEDED) {
      throw new DeploymentFailedException(
          "Updating the environment properties of " + env + " failed.\n" + String.join("\n", result.reasons()));
    }
    EnvironmentState last = result.finalState();
    out.info("Updated the environment properties of " + env + " (" + effective.describe() + "): " + last.status()
        + ", health " + Formats.health(last) + ", running " + (last.versionLabel() == null ? "no version" : last.versionLabel()));
    return last;
  }

  /** Reads {@code eb.acceptedHealth}: comma-separated colours. */
  public static Set<String> acceptedHealth(String text) throws EbException {
    Set<String> colours = new java.util.LinkedHashSet<>();
    for (String part : (text == null ? "Green" : text).split(",")) {
      String colour = part.strip();
      if (colour.isEmpty()) {
        continue;
      }
      String normal = switch (colour.toLowerCase(java.util.Locale.ROOT)) {
        case "green" -> "Green";
        case "yellow" -> "Yellow";
        case "red" -> "Red";
        case "grey", "gray" -> "Grey";
        default -> throw new EbException("-Deb.acceptedHealth lists '" + colour
            + "'; use Green, Yellow, Red or Grey, comma-separated.");
      };
      colours.add(normal);
    }
    if (colours.isEmpty()) {
      throw new EbException("-Deb.acceptedHealth is empty; use for example Green or Green,Yellow.");
    }
    return colours;
  }
}
