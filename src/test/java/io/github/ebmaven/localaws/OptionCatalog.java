package io.github.ebmaven.localaws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The configuration options the emulator knows, with EB's defaults, value types and allowed values.
 * Options in a known {@code aws:} namespace must exist; the free-form namespaces
 * ({@code aws:elasticbeanstalk:application:environment}, {@code aws:elasticbeanstalk:customoption})
 * accept any name.
 */
final class OptionCatalog {
  static final String ENV_PROPERTIES = "aws:elasticbeanstalk:application:environment";
  static final String CUSTOM = "aws:elasticbeanstalk:customoption";
  /** Static file mappings: every option name is a URL path such as {@code /static}. */
  static final List<String> STATIC_FILES =
      List.of("aws:elasticbeanstalk:environment:proxy:staticfiles", "aws:elasticbeanstalk:container:python:staticfiles");

  /** One option: {@code platform} limits it to solution stacks containing that text (null: all). */
  record Option(String namespace, String name, String defaultValue, String valueType, String changeSeverity,
      Integer min, Integer max, List<String> values, String platform) {

    Map<String, Object> toXml() {
      return Xml.obj("Namespace", namespace, "Name", name, "DefaultValue", defaultValue, "ChangeSeverity",
          changeSeverity, "UserDefined", false, "ValueType", valueType, "ValueOptions", values.isEmpty() ? null : values,
          "MinValue", min, "MaxValue", max);
    }

    boolean appliesTo(String solutionStack) {
      return platform == null || (solutionStack != null && solutionStack.contains(platform));
    }
  }

  private final Map<OptionKey, Option> options = new LinkedHashMap<>();

  OptionCatalog() {
    scalar("aws:autoscaling:asg", "MinSize", "1", 0, 10000);
    scalar("aws:autoscaling:asg", "MaxSize", "4", 1, 10000);
    text("aws:autoscaling:asg", "Availability Zones", "Any");
    text("aws:autoscaling:launchconfiguration", "IamInstanceProfile", null);
    text("aws:autoscaling:launchconfiguration", "EC2KeyName", null);
    text("aws:autoscaling:launchconfiguration", "SecurityGroups", null);
    scalar("aws:autoscaling:launchconfiguration", "RootVolumeSize", null, 8, 16384);
    text("aws:ec2:instances", "InstanceTypes", "t3.micro, t3.small");
    choice("aws:ec2:instances", "EnableSpot", "false", "true", "false");
    choice("aws:elasticbeanstalk:environment", "EnvironmentType", "LoadBalanced", "SingleInstance", "LoadBalanced");
    choice("aws:elasticbeanstalk:environment", "LoadBalancerType", "application", "classic", "application", "network");
    text("aws:elasticbeanstalk:environment", "ServiceRole", "aws-elasticbeanstalk-service-role");
    choice("aws:elasticbeanstalk:healthreporting:system", "SystemType", "enhanced", "basic", "enhanced");
    choice("aws:elasticbeanstalk:command", "DeploymentPolicy", "AllAtOnce", "AllAtOnce", "Rolling",
        "RollingWithAdditionalBatch", "Immutable", "TrafficSplitting");
    choice("aws:elasticbeanstalk:command", "BatchSizeType", "Percentage", "Percentage", "Fixed");
    scalar("aws:elasticbeanstalk:command", "BatchSize", "100", 1, 10000);
    scalar("aws:elasticbeanstalk:command", "Timeout", "600", 1, 3600);
    choice("aws:elasticbeanstalk:command", "IgnoreHealthCheck", "false", "true", "false");
    text("aws:elasticbeanstalk:application", "Application Healthcheck URL", "");
    text("aws:elasticbeanstalk:environment:process:default", "HealthCheckPath", "/");
    scalar("aws:elasticbeanstalk:environment:process:default", "Port", "80", 1, 65535);
    choice("aws:elasticbeanstalk:environment:process:default", "Protocol", "HTTP", "HTTP", "HTTPS", "TCP");
    choice("aws:elasticbeanstalk:environment:proxy", "ProxyServer", "nginx", "nginx", "none");
    choice("aws:elasticbeanstalk:cloudwatch:logs", "StreamLogs", "false", "true", "false");
    scalar("aws:elasticbeanstalk:cloudwatch:logs", "RetentionInDays", "7", 1, 3653);
    choice("aws:elasticbeanstalk:cloudwatch:logs", "DeleteOnTerminate", "false", "true", "false");
    choice("aws:elasticbeanstalk:xray", "XRayEnabled", "false", "true", "false");
    choice("aws:elasticbeanstalk:managedactions", "ManagedActionsEnabled", "true", "true", "false");
    put(new Option("aws:elasticbeanstalk:container:python", "WSGIPath", "application", "Scalar", "RestartEnvironment",
        null, null, List.of(), "Python"));
    put(new Option("aws:elasticbeanstalk:container:python", "NumProcesses", "1", "Scalar", "RestartEnvironment",
        1, 10000, List.of(), "Python"));
    put(new Option("aws:elasticbeanstalk:container:python", "NumThreads", "15", "Scalar", "RestartEnvironment",
        1, 10000, List.of(), "Python"));
    put(new Option("aws:elasticbeanstalk:container:tomcat:jvmoptions", "Xmx", "256m", "Scalar", "RestartEnvironment",
        null, null, List.of(), "Tomcat"));
    put(new Option("aws:elasticbeanstalk:container:nodejs", "NodeCommand", "", "Scalar", "RestartEnvironment",
        null, null, List.of(), "Node.js"));
    VpcOptions.all().forEach(this::put);
    TypedOptions.all().forEach(this::put);
  }

  private void scalar(String ns, String name, String def, int min, int max) {
    put(new Option(ns, name, def, "Scalar", "RestartEnvironment", min, max, List.of(), null));
  }

  private void text(String ns, String name, String def) {
    put(new Option(ns, name, def, "Scalar", "NoInterruption", null, null, List.of(), null));
  }

  private void choice(String ns, String name, String def, String... values) {
    put(new Option(ns, name, def, "Scalar", "NoInterruption", null, null, List.of(values), null));
  }

  private void put(Option option) {
    options.put(OptionKey.of(option.namespace(), option.name()), option);
  }

  static boolean freeForm(String namespace) {
    return ENV_PROPERTIES.equals(namespace) || CUSTOM.equals(namespace);
  }

  boolean knowsNamespace(String namespace) {
    return freeForm(namespace) || STATIC_FILES.contains(namespace) || options.keySet().stream().anyMatch(k -> k.namespace().equals(namespace));
  }

  /** The options that apply to a solution stack, in catalog order. */
  List<Option> optionsFor(String solutionStack) {
    List<Option> out = new ArrayList<>();
    for (Option o : options.values()) {
      if (o.appliesTo(solutionStack)) {
        out.add(o);
      }
    }
    return out;
  }

  /** Default values for a solution stack. */
  Map<OptionKey, String> defaults(String solutionStack) {
    Map<OptionKey, String> out = new TreeMap<>();
    for (Option o : optionsFor(solutionStack)) {
      if (o.defaultValue() != null) {
        out.put(OptionKey.of(o.namespace(), o.name()), o.defaultValue());
      }
    }
    return out;
  }

  /**
   * Checks one setting as EB does.
   *
   * @return EB's message for an invalid setting, or null when the setting is valid
   */
  String problem(OptionKey key, String value, String solutionStack) {
    if (key.namespace() == null || key.optionName() == null) {
      return "Invalid option specification (Namespace: '" + key.namespace() + "', OptionName: '" + key.optionName()
          + "'): Namespace and OptionName are required.";
    }
    if (freeForm(key.namespace()) || key.resourceName() != null) {
      return null;
    }
    if (STATIC_FILES.contains(key.namespace())) {
      return key.optionName().startsWith("/")
          ? null
          : "Invalid option specification (Namespace: '" + key.namespace() + "', OptionName: '" + key.optionName()
              + "'): Static file paths must start with '/'.";
    }
    Option option = options.get(OptionKey.of(key.namespace(), key.optionName()));
    if (option == null || !option.appliesTo(solutionStack)) {
      return "Invalid option specification (Namespace: '" + key.namespace() + "', OptionName: '" + key.optionName()
          + "'): Unknown configuration setting.";
    }
    if (value == null) {
      return null;
    }
    if (!option.values().isEmpty() && !option.values().contains(value)) {
      return "Invalid option value: '" + value + "' (Namespace: '" + key.namespace() + "', OptionName: '"
          + key.optionName() + "'): Value is not one of the allowed values: " + option.values();
    }
    if (option.min() != null) {
      try {
        int n = Integer.parseInt(value.trim());
        if (n < option.min() || n > option.max()) {
          return "Invalid option value: '" + value + "' (Namespace: '" + key.namespace() + "', OptionName: '"
              + key.optionName() + "'): Value must be between " + option.min() + " and " + option.max() + ".";
        }
      } catch (NumberFormatException e) {
        return "Invalid option value: '" + value + "' (Namespace: '" + key.namespace() + "', OptionName: '"
            + key.optionName() + "'): Value does not satisfy regex: '^\\d+$'.";
      }
    }
    return null;
  }
}
