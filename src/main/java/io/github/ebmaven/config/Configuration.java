package io.github.ebmaven.config;

import io.github.ebmaven.aws.AwsSettings;
import io.github.ebmaven.extensions.ExtensionsConfig;
import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.extensions.TargetEnvironment;
import io.github.ebmaven.extensions.ValidationMode;
import io.github.ebmaven.report.EbException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A goal's whole configuration, resolved once from the {@link RawConfiguration} with one
 * precedence for every setting: the command line ({@code -Deb.*}), then the selected target
 * environment's overrides, then the POM, then the EB CLI's {@code .elasticbeanstalk/config.yml}
 * (for the settings it has), then the default. Structured settings (option settings, environment
 * variables, commands, ...) merge the target's over the POM's ({@link Overrides}). Values are
 * checked as they are read: a bad one fails naming its setting and the expected form.
 */
public final class Configuration {

  /** A setting's value and where it came from; the value is null when nothing sets it. */
  public record Resolved(String value, Origin origin) {}

  private final RawConfiguration raw;
  /** Whether {@code -D} counts: not for another target's configuration, which {@code -D} does not aim at. */
  private final boolean useCommandLine;
  private TargetSelection selection;
  private Layer targetLayer;
  private EbCliConfig ebCli;

  private Configuration(RawConfiguration raw, TargetSelection selection, boolean useCommandLine) {
    this.raw = raw;
    this.selection = selection;
    this.useCommandLine = useCommandLine;
  }

  public static Configuration resolve(RawConfiguration raw) {
    return new Configuration(raw, null, true);
  }

  /**
   * The configuration of another declared target, as its own goals would see it without the command
   * line: where {@code -Deb.promoteFrom=staging} reads what staging runs.
   */
  public Configuration forTarget(String id) throws EbException {
    return new Configuration(raw, TargetSelector.known(raw.targets(), id, "named by " + ConfigKey.PROMOTE_FROM.mention()), false);
  }

  /** The target environment this build works on, and why; selected once. */
  public TargetSelection target() throws EbException {
    if (selection == null) {
      selection = TargetSelector.select(raw, useCommandLine);
    }
    return selection;
  }

  /** The ids of the target environments the POM declares, in POM order. */
  public List<String> targetIds() throws EbException {
    return raw.targets().stream().map(TargetDeclaration::id).toList();
  }

  /** The selected target's overrides, or an empty layer. */
  private Layer targetLayer() throws EbException {
    if (targetLayer == null) {
      targetLayer = target().selected() ? raw.target(target().id()) : Layer.EMPTY;
    }
    return targetLayer;
  }

  /** The value of {@code key} by precedence, trimmed; blank counts as unset. */
  public Resolved resolved(ConfigKey key) throws EbException {
    String value = useCommandLine ? blankToNull(raw.commandLine(key)) : null;
    if (value != null) {
      return new Resolved(value, Origin.COMMAND_LINE);
    }
    // eb.target chooses the layer, so no layer can set it.
    value = key == ConfigKey.TARGET ? null : blankToNull(targetLayer().value(key));
    if (value != null) {
      return new Resolved(value, Origin.TARGET);
    }
    value = blankToNull(raw.pom().value(key));
    if (value != null) {
      return new Resolved(value, Origin.POM);
    }
    if (key == ConfigKey.PROFILE) {
      value = blankToNull(raw.environmentVariable("AWS_PROFILE"));
      if (value != null) {
        return new Resolved(value, Origin.ENVIRONMENT_VARIABLE);
      }
    }
    value = blankToNull(ebCliValue(key));
    if (value != null) {
      return new Resolved(value, Origin.EB_CLI);
    }
    return new Resolved(key.defaultValue(), Origin.DEFAULT);
  }

  /** What the EB CLI's config.yml says of the settings it has. */
  private String ebCliValue(ConfigKey key) throws EbException {
    return switch (key) {
      case APPLICATION_NAME -> ebCli().applicationName();
      case ENVIRONMENT_NAME -> ebCli().branchEnvironment();
      case REGION -> ebCli().region();
      case PLATFORM -> ebCli().platform();
      case PROFILE -> ebCli().profile();
      default -> null;
    };
  }

  private EbCliConfig ebCli() throws EbException {
    if (ebCli == null) {
      ebCli = EbCliConfig.read(raw.project().baseDir());
    }
    return ebCli;
  }

  /** The setting's text, or null when nothing sets it and it has no default. */
  public String text(ConfigKey key) throws EbException {
    return resolved(key).value();
  }

  /** A true/false setting; anything else fails naming it. */
  public boolean flag(ConfigKey key) throws EbException {
    String value = text(key);
    if ("true".equalsIgnoreCase(value)) {
      return true;
    }
    if (value == null || "false".equalsIgnoreCase(value)) {
      return false;
    }
    throw new EbException(
        key.mention() + " is '" + value + "'; use true or false, for example " + key.example("true") + ".");
  }

  /** A whole number, or null when unset; anything else fails naming the setting. */
  public Integer integer(ConfigKey key) throws EbException {
    String value = text(key);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      throw new EbException(
          key.mention() + " is '" + value + "'; use a whole number, for example "
              + key.example(key.defaultValue() != null ? key.defaultValue() : "1") + ".");
    }
  }

  /** A duration such as 30m, 90s, 1h or 1800 (seconds). */
  public Duration duration(ConfigKey key) throws EbException {
    return Durations.parse(text(key), key.mention());
  }

  /** A comma-separated list, blanks dropped. */
  public List<String> list(ConfigKey key) throws EbException {
    String value = text(key);
    return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** A folder or file, relative to the project folder, or {@code fallback} when unset. */
  public Path path(ConfigKey key, Path fallback) throws EbException {
    String value = text(key);
    return value == null ? fallback : raw.project().baseDir().resolve(value).normalize();
  }

  /** One of {@code choices} (any case), returned as spelled there. */
  public String choice(ConfigKey key, List<String> choices) throws EbException {
    String value = text(key);
    if (value == null) {
      return null;
    }
    for (String choice : choices) {
      if (choice.equalsIgnoreCase(value)) {
        return choice;
      }
    }
    throw new EbException(key.mention() + " must be " + String.join(" or ", choices) + ", not '" + value + "'.");
  }

  // ---- the settings every goal shares ----

  public ProjectFacts project() {
    return raw.project();
  }

  public boolean skip() throws EbException {
    return flag(ConfigKey.SKIP);
  }

  public String application() throws EbException {
    return Names.application(firstSet(text(ConfigKey.APPLICATION_NAME), raw.project().artifactId()));
  }

  /** {@code eb.environmentName}, else {@code <application>-env} made valid; checked against EB's rule. */
  public String environment() throws EbException {
    String name = text(ConfigKey.ENVIRONMENT_NAME);
    return name != null ? Names.environment(name) : Names.defaultEnvironment(application());
  }

  /** {@code eb.platform}, or null when no layer sets it. */
  public String platform() throws EbException {
    return text(ConfigKey.PLATFORM);
  }

  public Duration timeout() throws EbException {
    return duration(ConfigKey.TIMEOUT);
  }

  public Duration healthGrace() throws EbException {
    return duration(ConfigKey.HEALTH_GRACE);
  }

  public Set<String> acceptedHealth() throws EbException {
    return AcceptedHealth.parse(text(ConfigKey.ACCEPTED_HEALTH));
  }

  /** How to reach AWS; settings.xml keys are read only when {@code eb.serverId} names a server. */
  public AwsSettings aws(String pluginVersion) throws EbException {
    String serverId = text(ConfigKey.SERVER_ID);
    return new AwsSettings(
        text(ConfigKey.REGION),
        text(ConfigKey.PROFILE),
        uri(ConfigKey.ENDPOINT),
        uri(ConfigKey.S3_ENDPOINT),
        serverId == null ? null : raw.serverCredentials(serverId),
        pluginVersion);
  }

  /** {@code eb.bucket}, or null for EB's own storage location. */
  public String bucket() throws EbException {
    return text(ConfigKey.BUCKET);
  }

  /**
   * The {@code .ebextensions} configuration: the target's merged over the POM's, with the shortcuts
   * that have properties resolved.
   */
  public ExtensionsConfig extensions() throws EbException {
    return Overrides.extensions(raw.pom().extensions(), targetLayer().extensions()).toBuilder()
        .instanceTypes(text(ConfigKey.INSTANCE_TYPES))
        .wsgiPath(text(ConfigKey.WSGI_PATH))
        .healthCheckPath(text(ConfigKey.HEALTH_CHECK_PATH))
        .securityGroups(text(ConfigKey.SECURITY_GROUPS))
        .keyName(text(ConfigKey.KEY_NAME))
        .ipv6(text(ConfigKey.IPV6) == null ? null : flag(ConfigKey.IPV6))
        .target(new TargetEnvironment(platform(), text(ConfigKey.ENVIRONMENT_TYPE), text(ConfigKey.LOAD_BALANCER_TYPE)))
        .build();
  }

  /** Creation-only options, the target's merged over the POM's. */
  public List<OptionSetting> creationOptionSettings() throws EbException {
    return Overrides.optionSettings(raw.pom().creationOptionSettings(), targetLayer().creationOptionSettings());
  }

  /** Tags of a new environment, the target's merged over the POM's. */
  public Map<String, String> tags() throws EbException {
    return Overrides.byName(raw.pom().tags(), targetLayer().tags());
  }

  /** The settings that scale an idle blue/green environment down, the target's merged over the POM's. */
  public List<OptionSetting> inactiveSettings() throws EbException {
    return Overrides.optionSettings(raw.pom().inactiveSettings(), targetLayer().inactiveSettings());
  }

  /** The smoke tests, the target's merged over the POM's by path. */
  public List<SmokeTest> smokeTests() throws EbException {
    return Overrides.smokeTests(raw.pom().smokeTests(), targetLayer().smokeTests());
  }

  public ValidationMode validation() throws EbException {
    try {
      return ValidationMode.parse(text(ConfigKey.VALIDATION));
    } catch (IllegalArgumentException e) {
      throw new EbException(
          ConfigKey.VALIDATION.mention() + " is '" + text(ConfigKey.VALIDATION) + "': use error (the default), warn or off, for example "
              + ConfigKey.VALIDATION.example("warn") + ".");
    }
  }

  public RawConfiguration raw() {
    return raw;
  }

  private URI uri(ConfigKey key) throws EbException {
    String value = text(key);
    if (value == null) {
      return null;
    }
    try {
      URI uri = new URI(value);
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new URISyntaxException(value, "needs a scheme and a host");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new EbException(key.mention() + " '" + value + "' is not a URL. Write it like http://127.0.0.1:4566.");
    }
  }

  /** The first value that is set, trimmed, or null. */
  public static String firstSet(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.trim();
      }
    }
    return null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
