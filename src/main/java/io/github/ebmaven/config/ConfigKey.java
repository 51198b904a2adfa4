package io.github.ebmaven.config;

import io.github.ebmaven.report.Mention;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every setting the user can give as a single value, by its {@code eb.*} property and the name of
 * its POM element, with its default when one is fixed. Settings whose default depends on the
 * project (application name, folders) have none here: {@link Configuration} computes them. The
 * element is not always the property without its prefix: {@code eb.wait} is {@code
 * waitForResult}, and a property with a dot in its last part ({@code eb.ssh.print}) has an
 * element in camel case ({@code sshPrint}).
 */
public enum ConfigKey {
  APPLICATION_NAME("eb.applicationName", "applicationName", null),
  ENVIRONMENT_NAME("eb.environmentName", "environmentName", null),
  REGION("eb.region", "region", null),
  PROFILE("eb.profile", "profile", null),
  ENDPOINT("eb.endpoint", "endpoint", null),
  S3_ENDPOINT("eb.s3Endpoint", "s3Endpoint", null),
  BUCKET("eb.bucket", "bucket", null),
  SERVER_ID("eb.serverId", "serverId", null),
  PLATFORM("eb.platform", "platform", null),
  TIMEOUT("eb.timeout", "timeout", "30m"),
  SKIP("eb.skip", "skip", "false"),
  ACCEPTED_HEALTH("eb.acceptedHealth", "acceptedHealth", "Green"),
  HEALTH_GRACE("eb.healthGrace", "healthGrace", "2m"),
  INSTANCE_PROFILE("eb.instanceProfile", "instanceProfile", "aws-elasticbeanstalk-ec2-role"),
  SERVICE_ROLE("eb.serviceRole", "serviceRole", "aws-elasticbeanstalk-service-role"),

  BUNDLE_SOURCE("eb.bundleSource", "bundleSource", "auto"),
  BUNDLE_DIRECTORY("eb.bundleDirectory", "bundleDirectory", null),
  BUNDLE_FILES("eb.bundleFiles", "bundleFiles", null),
  VERSION_LABEL("eb.versionLabel", "versionLabel", null),
  OUTPUT_DIRECTORY("eb.outputDirectory", "outputDirectory", null),
  VALIDATION("eb.validation", "validation", "error"),
  INSTANCE_TYPES("eb.instanceTypes", "instanceTypes", null),
  WSGI_PATH("eb.wsgiPath", "wsgiPath", null),
  HEALTH_CHECK_PATH("eb.healthCheckPath", "healthCheckPath", null),
  SECURITY_GROUPS("eb.securityGroups", "securityGroups", null),
  KEY_NAME("eb.keyName", "keyName", null),
  IPV6("eb.ipv6", "ipv6", null),

  DEPLOY_VERSION("eb.deployVersion", "deployVersion", null),
  WAIT("eb.wait", "waitForResult", "true"),
  UPDATE_SETTINGS("eb.updateSettings", "updateSettings", "false"),

  CNAME_PREFIX("eb.cnamePrefix", "cnamePrefix", null),
  TIER("eb.tier", "tier", "WebServer"),
  ENVIRONMENT_TYPE("eb.environmentType", "environmentType", null),
  LOAD_BALANCER_TYPE("eb.loadBalancerType", "loadBalancerType", null),

  MAX_VERSIONS("eb.maxVersions", "maxVersions", null),
  MAX_AGE_DAYS("eb.maxAgeDays", "maxAgeDays", null),
  LIFECYCLE_SERVICE_ROLE("eb.lifecycleServiceRole", "lifecycleServiceRole", null),

  FORCE("eb.force", "force", "false"),
  DELETE_APPLICATION("eb.deleteApplication", "deleteApplication", "false"),
  KEEP_VERSIONS("eb.keepVersions", "keepVersions", "10"),
  OLDER_THAN_DAYS("eb.olderThanDays", "olderThanDays", null),
  DRY_RUN("eb.dryRun", "dryRun", "true"),
  DIFF("eb.diff", "diff", "false"),
  SECRET_PATTERN("eb.secretPattern", "secretPattern", null),
  SINCE("eb.since", "since", null),
  MAX_EVENTS("eb.maxEvents", "maxEvents", "50"),
  FOLLOW("eb.follow", "follow", "false"),
  LOGS("eb.logs", "logs", "tail"),
  LOGS_DIRECTORY("eb.logsDirectory", "logsDirectory", null),
  REVEAL("eb.reveal", "reveal", "false"),
  ENV("eb.env", "env", null),
  TARGET_ENVIRONMENT_NAME("eb.targetEnvironmentName", "targetEnvironmentName", null),

  TARGET("eb.target", "target", null),
  STRATEGY("eb.strategy", "strategy", "in-place"),
  ENVIRONMENT_PAIR("eb.environmentPair", "environmentPair", null),
  IDLE_CNAME_PREFIX("eb.idleCnamePrefix", "idleCnamePrefix", null),
  APP_ENDPOINT("eb.appEndpoint", "appEndpoint", "http://{cname}"),
  PROMOTE_FROM("eb.promoteFrom", "promoteFrom", null),
  OUTPUT("eb.output", "output", "text"),
  MAINTENANCE_MODE("eb.maintenance", "maintenanceMode", null),
  INSTANCE("eb.instance", "instance", null),
  SSH_PRINT("eb.ssh.print", "sshPrint", "false"),
  SSH_KEY("eb.ssh.key", "sshKey", null),
  SSH_USER("eb.ssh.user", "sshUser", "ec2-user"),
  SSH_BASTION("eb.ssh.bastion", "sshBastion", null);

  private static final Map<String, ConfigKey> BY_PROPERTY =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(ConfigKey::property, Function.identity()));
  private static final Map<String, ConfigKey> BY_ELEMENT =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(ConfigKey::element, Function.identity()));

  private final String property;
  private final String element;
  private final String defaultValue;

  ConfigKey(String property, String element, String defaultValue) {
    this.property = property;
    this.element = element;
    this.defaultValue = defaultValue;
  }

  /** The user property, such as {@code eb.timeout}. */
  public String property() {
    return property;
  }

  /** The POM element (and parameter name), such as {@code timeout}. */
  public String element() {
    return element;
  }

  /** The fixed default, or null when there is none or the project decides it. */
  public String defaultValue() {
    return defaultValue;
  }

  /** A marker that names this setting in a message ({@link Mention#setting}). */
  public String mention() {
    return Mention.setting(property);
  }

  /** A marker that suggests a value for this setting ({@link Mention#example}). */
  public String example(String value) {
    return Mention.example(property, value);
  }

  public static Optional<ConfigKey> byProperty(String property) {
    return Optional.ofNullable(BY_PROPERTY.get(property));
  }

  /** The setting whose POM element is {@code element}, such as {@code timeout}. */
  public static Optional<ConfigKey> byElement(String element) {
    return Optional.ofNullable(BY_ELEMENT.get(element));
  }
}
