package io.github.ebmaven.maven;

import io.github.ebmaven.extensions.AutoScalingHealthCheck;
import io.github.ebmaven.extensions.Command;
import io.github.ebmaven.extensions.ContainerCommand;
import io.github.ebmaven.extensions.EbExtensions;
import io.github.ebmaven.extensions.ExtensionFile;
import io.github.ebmaven.extensions.ExtensionsConfig;
import io.github.ebmaven.extensions.Https;
import io.github.ebmaven.extensions.Nginx;
import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.extensions.StaticFile;
import io.github.ebmaven.extensions.ValidationMode;
import io.github.ebmaven.maven.config.AutoScalingHealthCheckParameter;
import io.github.ebmaven.maven.config.CommandParameter;
import io.github.ebmaven.maven.config.ContainerCommandParameter;
import io.github.ebmaven.maven.config.FileParameter;
import io.github.ebmaven.maven.config.HttpsParameter;
import io.github.ebmaven.maven.config.NginxParameter;
import io.github.ebmaven.maven.config.OptionSettingParameter;
import io.github.ebmaven.maven.config.StaticFileParameter;
import io.github.ebmaven.report.Reporter;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The POM configuration that becomes {@code .ebextensions} and {@code .platform} files, shared
 * by the goals that build or deploy a bundle. See {@code docs/ebextensions.md}.
 */
public abstract class AbstractExtensionsMojo extends AbstractEbMojo {

  protected AbstractExtensionsMojo(org.apache.maven.settings.crypto.SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  /**
   * Explicit option settings, each rendered under {@code option_settings} as {@code
   * <namespace>/<optionName>/<value>} (and {@code <resourceName>} for scheduled actions). No
   * property; default none.
   *
   * @since 0.1.0
   */
  @Parameter
  protected List<OptionSettingParameter> optionSettings;

  /**
   * Environment properties, rendered in namespace {@code aws:elasticbeanstalk:application:environment}.
   * Values end up in plain text in the bundle: names that look secret get a warning. No property;
   * default none.
   *
   * @since 0.1.0
   */
  @Parameter
  protected Map<String, String> environmentVariables;

  /**
   * Commands run after the application is extracted, rendered as {@code container_commands}, in
   * POM order (renamed with position prefixes when EB's alphabetical order would differ). No
   * property; default none.
   *
   * @since 0.1.0
   */
  @Parameter
  protected List<ContainerCommandParameter> containerCommands;

  /**
   * Commands run before the application is extracted, rendered as {@code commands}, in POM order.
   * No property; default none.
   *
   * @since 0.1.0
   */
  @Parameter
  protected List<CommandParameter> commands;

  /**
   * Files written on the instances, rendered as {@code files}. No property; default none.
   *
   * @since 0.1.0
   */
  @Parameter
  protected List<FileParameter> files;

  /**
   * CloudFormation resources as YAML text (the content of {@code Resources}, keyed by logical
   * name), rendered under {@code Resources}. No property; default none.
   *
   * @since 0.1.0
   */
  @Parameter
  protected String resources;

  /**
   * Comma-separated EC2 instance types, rendered as {@code aws:ec2:instances InstanceTypes}.
   * Property {@code eb.instanceTypes}; default none (EB's choice).
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.instanceTypes")
  protected String instanceTypes;

  /**
   * The WSGI application of a Python app, such as {@code testapp.wsgi:application}, rendered as
   * {@code aws:elasticbeanstalk:container:python WSGIPath}; the module must be in the bundle.
   * Property {@code eb.wsgiPath}; default none (the platform's {@code application}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.wsgiPath")
  protected String wsgiPath;

  /**
   * URL paths served by the proxy from bundle folders ({@code <urlPath>}, {@code <directory>}),
   * rendered in namespace {@code aws:elasticbeanstalk:environment:proxy:staticfiles}. No
   * property; default none.
   *
   * @since 0.1.0
   */
  @Parameter
  protected List<StaticFileParameter> staticFiles;

  /**
   * Path the load balancer checks, rendered as {@code
   * aws:elasticbeanstalk:environment:process:default HealthCheckPath}. Property {@code
   * eb.healthCheckPath}; default none ({@code /}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.healthCheckPath")
  protected String healthCheckPath;

  /**
   * How the Auto Scaling group judges instances ({@code <type>} EC2 or ELB, {@code
   * <gracePeriod>} seconds), rendered as {@code HealthCheckType} and {@code
   * HealthCheckGracePeriod} of the {@code AWSEBAutoScalingGroup} resource. No property; default
   * none (EC2 checks only).
   *
   * @since 0.1.0
   */
  @Parameter
  protected AutoScalingHealthCheckParameter autoScalingHealthCheck;

  /**
   * Comma-separated security groups for the instances, rendered as {@code
   * aws:autoscaling:launchconfiguration SecurityGroups}. Property {@code eb.securityGroups};
   * default none.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.securityGroups")
  protected String securityGroups;

  /**
   * EC2 key pair for SSH access, rendered as {@code aws:autoscaling:launchconfiguration
   * EC2KeyName}. Property {@code eb.keyName}; default none.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.keyName")
  protected String keyName;

  /**
   * HTTPS on an application load balancer ({@code <certificateArn>}, {@code <redirectHttp>}),
   * rendered as namespace {@code aws:elbv2:listener:443} plus, with redirectHttp, a port 80
   * listener resource that redirects to HTTPS. No property; default none.
   *
   * @since 0.1.0
   */
  @Parameter
  protected HttpsParameter https;

  /**
   * nginx settings ({@code <gzip>}), rendered as a snippet in {@code .platform/nginx/conf.d/}. No
   * property; default none.
   *
   * @since 0.1.0
   */
  @Parameter
  protected NginxParameter nginx;

  /**
   * What validation problems do: {@code error} fails the build, {@code warn} logs them, {@code
   * off} skips checking hand-written files (contradictions with the POM still fail). Property
   * {@code eb.validation}; default {@code error}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.validation", defaultValue = "error")
  protected String validation;

  /**
   * Builds the core façade from this goal's parameters.
   *
   * @throws MojoFailureException naming the POM element when a value cannot be used
   */
  protected EbExtensions extensions(Reporter reporter) throws MojoFailureException {
    ValidationMode mode;
    try {
      mode = ValidationMode.parse(validation == null ? "error" : validation);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
    return new EbExtensions(extensionsConfig(), mode, reporter);
  }

  /** The parameters as a core configuration; exposed to subclasses that also deploy settings. */
  protected ExtensionsConfig extensionsConfig() throws MojoFailureException {
    ExtensionsConfig.Builder builder = ExtensionsConfig.builder();
    List<OptionSettingParameter> settings = listOrEmpty(optionSettings);
    for (int i = 0; i < settings.size(); i++) {
      OptionSettingParameter setting = settings.get(i);
      String where = "<optionSettings>/<optionSetting>[" + (i + 1) + "]";
      builder.optionSetting(
          new OptionSetting(
              required(setting.getNamespace(), where, "namespace", "for example aws:ec2:instances"),
              required(setting.getOptionName(), where, "optionName", "for example InstanceTypes"),
              setting.getValue() == null ? "" : setting.getValue().trim(),
              blankToNull(setting.getResourceName())));
    }
    if (environmentVariables != null) {
      for (Map.Entry<String, String> variable : environmentVariables.entrySet()) {
        builder.environmentVariable(variable.getKey(), variable.getValue());
      }
    }
    for (ContainerCommandParameter command : listOrEmpty(containerCommands)) {
      builder.containerCommand(
          new ContainerCommand(
              blankToNull(command.getName()), command.getCommand(), command.getLeaderOnly(), blankToNull(command.getCwd()),
              blankToNull(command.getTest()), command.getIgnoreErrors(), command.getEnv()));
    }
    for (CommandParameter command : listOrEmpty(commands)) {
      builder.command(
          new Command(
              blankToNull(command.getName()), command.getCommand(), blankToNull(command.getCwd()), blankToNull(command.getTest()),
              command.getIgnoreErrors(), command.getEnv()));
    }
    for (FileParameter file : listOrEmpty(files)) {
      builder.file(
          new ExtensionFile(
              blankToNull(file.getPath()), file.getContent(), blankToNull(file.getMode()), blankToNull(file.getOwner()),
              blankToNull(file.getGroup())));
    }
    for (StaticFileParameter staticFile : listOrEmpty(staticFiles)) {
      builder.staticFile(new StaticFile(blankToNull(staticFile.getUrlPath()), blankToNull(staticFile.getDirectory())));
    }
    if (autoScalingHealthCheck != null) {
      builder.autoScalingHealthCheck(
          new AutoScalingHealthCheck(blankToNull(autoScalingHealthCheck.getType()), autoScalingHealthCheck.getGracePeriod()));
    }
    if (https != null) {
      builder.https(
          new Https(
              required(https.getCertificateArn(), "<https>", "certificateArn", "the ARN of an ACM certificate"),
              https.isRedirectHttp()));
    }
    if (nginx != null) {
      builder.nginx(new Nginx(nginx.getGzip()));
    }
    return builder
        .resources(resources)
        .instanceTypes(instanceTypes)
        .wsgiPath(wsgiPath)
        .healthCheckPath(healthCheckPath)
        .securityGroups(securityGroups)
        .keyName(keyName)
        .build();
  }

  private static String required(String value, String where, String element, String example) throws MojoFailureException {
    if (value == null || value.isBlank()) {
      throw new MojoFailureException(where + ": <" + element + "> is missing; set it, " + example + ".");
    }
    return value.trim();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static <T> List<T> listOrEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
