package io.github.ebmaven.extensions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the POM's explicit option settings, environment variables and typed shortcuts into one
 * list of option settings, each remembering the POM element it came from. Two elements that set
 * the same option to different values are a contradiction: the first one stays, the conflict is
 * reported.
 */
final class PomSettings {

  static final String PYTHON = "aws:elasticbeanstalk:container:python";
  static final String STATIC_FILES = "aws:elasticbeanstalk:environment:proxy:staticfiles";
  static final String DEFAULT_PROCESS = "aws:elasticbeanstalk:environment:process:default";
  static final String LAUNCH_CONFIGURATION = "aws:autoscaling:launchconfiguration";
  static final String HTTPS_LISTENER = "aws:elbv2:listener:443";
  static final String VPC = "aws:ec2:vpc";
  static final String ELBV2 = "aws:elbv2:loadbalancer";
  static final String ENVIRONMENT = "aws:elasticbeanstalk:environment";
  static final String PROXY = "aws:elasticbeanstalk:environment:proxy";
  static final String LOGS = "aws:elasticbeanstalk:cloudwatch:logs";
  static final String HEALTH_LOGS = "aws:elasticbeanstalk:cloudwatch:logs:health";

  private final Map<String, SourcedSetting> byKey = new LinkedHashMap<>();
  private final Set<String> bundleOnly = new HashSet<>();
  private final List<String> contradictions = new ArrayList<>();

  private PomSettings() {}

  static PomSettings of(ExtensionsConfig config) {
    PomSettings settings = new PomSettings();
    List<OptionSetting> explicit = config.optionSettings();
    for (int i = 0; i < explicit.size(); i++) {
      settings.add(explicit.get(i), "<optionSettings>/<optionSetting>[" + (i + 1) + "]");
    }
    config.environmentVariables()
        .forEach(
            (name, value) ->
                settings.add(
                    new OptionSetting(OptionCatalog.ENVIRONMENT_VARIABLES, name, value),
                    "<environmentVariables>/<" + name + ">"));
    config.instanceTypes().ifPresent(v -> settings.add(new OptionSetting("aws:ec2:instances", "InstanceTypes", v), "<instanceTypes>"));
    config.wsgiPath().ifPresent(v -> settings.add(new OptionSetting(PYTHON, "WSGIPath", v), "<wsgiPath>"));
    List<StaticFile> staticFiles = config.staticFiles();
    for (int i = 0; i < staticFiles.size(); i++) {
      StaticFile staticFile = staticFiles.get(i);
      if (staticFile.urlPath() != null && staticFile.directory() != null) {
        settings.add(
            new OptionSetting(STATIC_FILES, staticFile.urlPath(), staticFile.directory()),
            "<staticFiles>/<staticFile>[" + (i + 1) + "]");
      }
    }
    config.healthCheckPath()
        .ifPresent(v -> settings.add(new OptionSetting(DEFAULT_PROCESS, "HealthCheckPath", v), "<healthCheckPath>"));
    config.securityGroups()
        .ifPresent(v -> settings.add(new OptionSetting(LAUNCH_CONFIGURATION, "SecurityGroups", v), "<securityGroups>"));
    config.keyName().ifPresent(v -> settings.add(new OptionSetting(LAUNCH_CONFIGURATION, "EC2KeyName", v), "<keyName>"));
    config.https()
        .filter(https -> https.certificateArn() != null && !https.certificateArn().isBlank())
        .ifPresent(
            https -> {
              settings.add(new OptionSetting(HTTPS_LISTENER, "ListenerEnabled", "true"), "<https>");
              settings.add(new OptionSetting(HTTPS_LISTENER, "Protocol", "HTTPS"), "<https>");
              settings.add(new OptionSetting(HTTPS_LISTENER, "SSLCertificateArns", https.certificateArn().trim()), "<https>");
            });
    config.vpc().ifPresent(settings::addVpc);
    config.ipv6().ifPresent(v -> settings.add(new OptionSetting(ELBV2, "IpAddressType", v ? "dualstack" : "ipv4"), "<ipv6>"));
    // A web ACL protects application load balancers only; the type is fixed when the environment is created.
    config.waf().ifPresent(w -> settings.add(new OptionSetting(ENVIRONMENT, "LoadBalancerType", "application"), "<waf>"));
    config.cloudWatch().ifPresent(settings::addLogStreaming);
    config.maintenance()
        .ifPresent(
            m -> {
              // Bundle only: eb:maintenance switches it through the API, which takes precedence over
              // .ebextensions; sending the bundle's 'off' through the API would switch maintenance off.
              OptionSetting marker = new OptionSetting(OptionCatalog.ENVIRONMENT_VARIABLES, MaintenanceMode.PROPERTY, MaintenanceMode.OFF);
              settings.add(marker, "<maintenance>");
              settings.bundleOnly.add(marker.key());
            });
    return settings;
  }

  private void addVpc(Vpc vpc) {
    if (vpc.id() != null) {
      add(new OptionSetting(VPC, "VPCId", vpc.id()), "<vpc><id>");
    }
    vpc.associatePublicIp()
        .ifPresent(v -> add(new OptionSetting(VPC, "AssociatePublicIpAddress", String.valueOf(v)), vpc.publicIp() == null ? "<vpc>" : "<vpc><publicIp>"));
    if (vpc.elbScheme() != null) {
      add(new OptionSetting(VPC, "ELBScheme", vpc.elbScheme()), "<vpc><elbScheme>");
    }
    if (!vpc.elbSubnets().isEmpty()) {
      add(new OptionSetting(VPC, "ELBSubnets", String.join(",", vpc.elbSubnets())), "<vpc><elbSubnets>");
    }
    if (!vpc.subnets().isEmpty()) {
      add(new OptionSetting(VPC, "Subnets", String.join(",", vpc.subnets())), "<vpc><subnets>");
    }
  }

  private void addLogStreaming(CloudWatch cloudWatch) {
    if (cloudWatch.streamLogs() != null) {
      add(new OptionSetting(LOGS, "StreamLogs", cloudWatch.streamLogs().toString()), "<cloudWatch><streamLogs>");
    }
    if (cloudWatch.logRetentionDays() != null) {
      add(new OptionSetting(LOGS, "RetentionInDays", cloudWatch.logRetentionDays().toString()), "<cloudWatch><logRetentionDays>");
    }
    if (cloudWatch.deleteLogsOnTerminate() != null) {
      add(new OptionSetting(LOGS, "DeleteOnTerminate", cloudWatch.deleteLogsOnTerminate().toString()), "<cloudWatch><deleteLogsOnTerminate>");
    }
    if (cloudWatch.streamHealth() != null) {
      add(new OptionSetting(HEALTH_LOGS, "HealthStreamingEnabled", cloudWatch.streamHealth().toString()), "<cloudWatch><streamHealth>");
      if (Boolean.TRUE.equals(cloudWatch.streamHealth()) && cloudWatch.logRetentionDays() != null) {
        add(new OptionSetting(HEALTH_LOGS, "RetentionInDays", cloudWatch.logRetentionDays().toString()), "<cloudWatch><logRetentionDays>");
      }
      if (Boolean.TRUE.equals(cloudWatch.streamHealth()) && cloudWatch.deleteLogsOnTerminate() != null) {
        add(new OptionSetting(HEALTH_LOGS, "DeleteOnTerminate", cloudWatch.deleteLogsOnTerminate().toString()), "<cloudWatch><deleteLogsOnTerminate>");
      }
    }
  }

  private void add(OptionSetting setting, String source) {
    SourcedSetting earlier = byKey.get(setting.key());
    if (earlier == null) {
      byKey.put(setting.key(), new SourcedSetting(setting, source));
    } else if (!earlier.setting().value().equals(setting.value())) {
      contradictions.add(
          source
              + " sets "
              + setting.key()
              + " to "
              + Secrets.shown(setting)
              + " but "
              + earlier.source()
              + " sets it to "
              + Secrets.shown(earlier.setting())
              + ". Keep one of them: remove the option from "
              + (earlier.source().startsWith("<optionSettings>") ? earlier.source() : source)
              + ".");
    }
  }

  /** Every distinct setting, in POM order, with the element that set it. */
  List<SourcedSetting> sourced() {
    return List.copyOf(byKey.values());
  }

  /** The settings in API form: what ValidateConfigurationSettings and UpdateEnvironment may receive. */
  List<OptionSetting> settings() {
    return byKey.values().stream().map(SourcedSetting::setting).filter(s -> !bundleOnly.contains(s.key())).toList();
  }

  /** Every setting the generated {@code .ebextensions} file carries, bundle-only ones included. */
  List<OptionSetting> rendered() {
    return byKey.values().stream().map(SourcedSetting::setting).toList();
  }

  /** Pairs of POM elements that set one option to two values. */
  List<String> contradictions() {
    return contradictions;
  }
}
