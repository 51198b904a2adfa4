package io.github.ebmaven.extensions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the POM says about {@code .ebextensions} and {@code .platform}: explicit option
 * settings, commands, files and resources, plus typed shortcuts for common options. Every part is
 * optional; {@link #EMPTY} has none. Immutable; build one with {@link #builder()}.
 */
public final class ExtensionsConfig {

  /** A configuration that sets nothing. */
  public static final ExtensionsConfig EMPTY = builder().build();

  private final List<OptionSetting> optionSettings;
  private final Map<String, String> environmentVariables;
  private final List<ContainerCommand> containerCommands;
  private final List<Command> commands;
  private final List<ExtensionFile> files;
  private final String resources;
  private final String instanceTypes;
  private final String wsgiPath;
  private final List<StaticFile> staticFiles;
  private final String healthCheckPath;
  private final AutoScalingHealthCheck autoScalingHealthCheck;
  private final String securityGroups;
  private final String keyName;
  private final Https https;
  private final Nginx nginx;
  private final Vpc vpc;
  private final Boolean ipv6;
  private final Waf waf;
  private final CloudWatch cloudWatch;
  private final Maintenance maintenance;
  private final TargetEnvironment target;

  private ExtensionsConfig(Builder builder) {
    optionSettings = List.copyOf(builder.optionSettings);
    environmentVariables = Collections.unmodifiableMap(new LinkedHashMap<>(builder.environmentVariables));
    containerCommands = List.copyOf(builder.containerCommands);
    commands = List.copyOf(builder.commands);
    files = List.copyOf(builder.files);
    resources = builder.resources;
    instanceTypes = builder.instanceTypes;
    wsgiPath = builder.wsgiPath;
    staticFiles = List.copyOf(builder.staticFiles);
    healthCheckPath = builder.healthCheckPath;
    autoScalingHealthCheck = builder.autoScalingHealthCheck;
    securityGroups = builder.securityGroups;
    keyName = builder.keyName;
    https = builder.https;
    nginx = builder.nginx;
    vpc = builder.vpc;
    ipv6 = builder.ipv6;
    waf = builder.waf;
    cloudWatch = builder.cloudWatch;
    maintenance = builder.maintenance;
    target = builder.target;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every part of this configuration, to change some of them. */
  public Builder toBuilder() {
    Builder builder = new Builder()
        .optionSettings(optionSettings)
        .environmentVariables(environmentVariables)
        .resources(resources)
        .instanceTypes(instanceTypes)
        .wsgiPath(wsgiPath)
        .healthCheckPath(healthCheckPath)
        .autoScalingHealthCheck(autoScalingHealthCheck)
        .securityGroups(securityGroups)
        .keyName(keyName)
        .https(https)
        .nginx(nginx)
        .vpc(vpc)
        .ipv6(ipv6)
        .waf(waf)
        .cloudWatch(cloudWatch)
        .maintenance(maintenance)
        .target(target);
    containerCommands.forEach(builder::containerCommand);
    commands.forEach(builder::command);
    files.forEach(builder::file);
    staticFiles.forEach(builder::staticFile);
    return builder;
  }

  /** Explicit {@code <optionSettings>}, in POM order. */
  public List<OptionSetting> optionSettings() {
    return optionSettings;
  }

  /** {@code <environmentVariables>}, in POM order. */
  public Map<String, String> environmentVariables() {
    return environmentVariables;
  }

  /** {@code <containerCommands>}, in the order they must run. */
  public List<ContainerCommand> containerCommands() {
    return containerCommands;
  }

  /** {@code <commands>}, in the order they must run. */
  public List<Command> commands() {
    return commands;
  }

  public List<ExtensionFile> files() {
    return files;
  }

  /** {@code <resources>}: YAML text of CloudFormation resources, keyed by logical name. */
  public Optional<String> resources() {
    return Optional.ofNullable(resources);
  }

  public Optional<String> instanceTypes() {
    return Optional.ofNullable(instanceTypes);
  }

  public Optional<String> wsgiPath() {
    return Optional.ofNullable(wsgiPath);
  }

  public List<StaticFile> staticFiles() {
    return staticFiles;
  }

  public Optional<String> healthCheckPath() {
    return Optional.ofNullable(healthCheckPath);
  }

  public Optional<AutoScalingHealthCheck> autoScalingHealthCheck() {
    return Optional.ofNullable(autoScalingHealthCheck);
  }

  public Optional<String> securityGroups() {
    return Optional.ofNullable(securityGroups);
  }

  public Optional<String> keyName() {
    return Optional.ofNullable(keyName);
  }

  public Optional<Https> https() {
    return Optional.ofNullable(https);
  }

  public Optional<Nginx> nginx() {
    return Optional.ofNullable(nginx);
  }

  public Optional<Vpc> vpc() {
    return Optional.ofNullable(vpc);
  }

  /** {@code <ipv6>}: true for a dual-stack load balancer, false for IPv4 only, empty to leave EB's default. */
  public Optional<Boolean> ipv6() {
    return Optional.ofNullable(ipv6);
  }

  public Optional<Waf> waf() {
    return Optional.ofNullable(waf);
  }

  public Optional<CloudWatch> cloudWatch() {
    return Optional.ofNullable(cloudWatch);
  }

  public Optional<Maintenance> maintenance() {
    return Optional.ofNullable(maintenance);
  }

  /** What is known of the target environment outside {@code .ebextensions}; never null. */
  public TargetEnvironment target() {
    return target;
  }

  /** Collects the parts; blank strings count as unset, so an empty POM element sets nothing. */
  public static final class Builder {
    private final List<OptionSetting> optionSettings = new ArrayList<>();
    private final Map<String, String> environmentVariables = new LinkedHashMap<>();
    private final List<ContainerCommand> containerCommands = new ArrayList<>();
    private final List<Command> commands = new ArrayList<>();
    private final List<ExtensionFile> files = new ArrayList<>();
    private String resources;
    private String instanceTypes;
    private String wsgiPath;
    private final List<StaticFile> staticFiles = new ArrayList<>();
    private String healthCheckPath;
    private AutoScalingHealthCheck autoScalingHealthCheck;
    private String securityGroups;
    private String keyName;
    private Https https;
    private Nginx nginx;
    private Vpc vpc;
    private Boolean ipv6;
    private Waf waf;
    private CloudWatch cloudWatch;
    private Maintenance maintenance;
    private TargetEnvironment target = TargetEnvironment.UNKNOWN;

    private Builder() {}

    public Builder optionSetting(OptionSetting setting) {
      optionSettings.add(setting);
      return this;
    }

    public Builder optionSettings(List<OptionSetting> settings) {
      optionSettings.addAll(settings);
      return this;
    }

    public Builder environmentVariable(String name, String value) {
      environmentVariables.put(name, value == null ? "" : value);
      return this;
    }

    public Builder environmentVariables(Map<String, String> variables) {
      variables.forEach(this::environmentVariable);
      return this;
    }

    public Builder containerCommand(ContainerCommand command) {
      containerCommands.add(command);
      return this;
    }

    public Builder command(Command command) {
      commands.add(command);
      return this;
    }

    public Builder file(ExtensionFile file) {
      files.add(file);
      return this;
    }

    public Builder resources(String yaml) {
      // POM indentation is common to every line; YAML only cares about relative indentation.
      resources = yaml == null || yaml.isBlank() ? null : yaml.stripIndent();
      return this;
    }

    public Builder instanceTypes(String value) {
      instanceTypes = blankToNull(value);
      return this;
    }

    public Builder wsgiPath(String value) {
      wsgiPath = blankToNull(value);
      return this;
    }

    public Builder staticFile(StaticFile staticFile) {
      staticFiles.add(staticFile);
      return this;
    }

    public Builder healthCheckPath(String value) {
      healthCheckPath = blankToNull(value);
      return this;
    }

    public Builder autoScalingHealthCheck(AutoScalingHealthCheck value) {
      autoScalingHealthCheck = value;
      return this;
    }

    public Builder securityGroups(String value) {
      securityGroups = blankToNull(value);
      return this;
    }

    public Builder keyName(String value) {
      keyName = blankToNull(value);
      return this;
    }

    public Builder https(Https value) {
      https = value;
      return this;
    }

    public Builder nginx(Nginx value) {
      nginx = value;
      return this;
    }

    public Builder vpc(Vpc value) {
      vpc = value;
      return this;
    }

    public Builder ipv6(Boolean value) {
      ipv6 = value;
      return this;
    }

    public Builder waf(Waf value) {
      waf = value;
      return this;
    }

    public Builder cloudWatch(CloudWatch value) {
      cloudWatch = value;
      return this;
    }

    public Builder maintenance(Maintenance value) {
      maintenance = value;
      return this;
    }

    public Builder target(TargetEnvironment value) {
      target = value == null ? TargetEnvironment.UNKNOWN : value;
      return this;
    }

    public ExtensionsConfig build() {
      return new ExtensionsConfig(this);
    }

    private static String blankToNull(String value) {
      return value == null || value.isBlank() ? null : value.trim();
    }
  }
}
