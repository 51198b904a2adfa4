package io.github.ebmaven.maven;

import io.github.ebmaven.extensions.AutoScalingHealthCheck;
import io.github.ebmaven.extensions.Command;
import io.github.ebmaven.extensions.ContainerCommand;
import io.github.ebmaven.extensions.ExtensionFile;
import io.github.ebmaven.extensions.ExtensionsConfig;
import io.github.ebmaven.extensions.Https;
import io.github.ebmaven.extensions.Nginx;
import io.github.ebmaven.extensions.StaticFile;
import io.github.ebmaven.maven.config.AutoScalingHealthCheckParameter;
import io.github.ebmaven.maven.config.CommandParameter;
import io.github.ebmaven.maven.config.ContainerCommandParameter;
import io.github.ebmaven.maven.config.FileParameter;
import io.github.ebmaven.maven.config.HttpsParameter;
import io.github.ebmaven.maven.config.NginxParameter;
import io.github.ebmaven.maven.config.OptionSettingParameter;
import io.github.ebmaven.maven.config.StaticFileParameter;
import io.github.ebmaven.report.EbException;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * What decides the source bundle, shared by the goals that build one ({@code eb:package}, {@code
 * eb:create}, {@code eb:deploy}) and by {@code eb:config}, which compares the POM's settings with
 * an environment: where the files come from, the label, and the POM configuration that becomes
 * {@code .ebextensions} and {@code .platform} files (see {@code docs/ebextensions.md}).
 */
public abstract class AbstractBundleMojo extends AbstractEbMojo {

  protected AbstractBundleMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  /**
   * Where the bundle's files come from: {@code git} (the files committed at HEAD under the project
   * folder), {@code staged} (the git index), {@code directory} (a folder on disk, see {@code
   * bundleDirectory}), {@code artifact} (the built jar/war plus Procfile, .ebextensions, .platform
   * and {@code bundleFiles}) or {@code auto}: artifact for jar and war packaging, git inside a git
   * work tree, directory otherwise. Property {@code eb.bundleSource}; default {@code auto}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.bundleSource")
  protected String bundleSource;

  /**
   * The folder bundled by the {@code directory} source; {@code .git}, {@code target} and {@code
   * .elasticbeanstalk} are always left out. Property {@code eb.bundleDirectory}; default the
   * project's base directory.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.bundleDirectory")
  protected String bundleDirectory;

  /**
   * Extra files or folders (relative to the project folder) added next to the artifact by the
   * {@code artifact} source, for example {@code nginx.conf}. Property {@code eb.bundleFiles}
   * (comma-separated); default none.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.bundleFiles")
  protected List<String> bundleFiles;

  /**
   * The application version label. Property {@code eb.versionLabel}; default {@code
   * <project.version>-<7-character commit id>} for the git source and {@code
   * <project.version>-<first 10 hex digits of the bundle's sha256>} for the others.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.versionLabel")
  protected String versionLabel;

  /**
   * Folder of the bundle zip and {@code bundle.json}. Property {@code eb.outputDirectory}; default
   * {@code ${project.build.directory}/eb}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.outputDirectory")
  protected String outputDirectory;

  /**
   * The time written for every zip entry, as maven-archiver reads it: ISO-8601 with offset or
   * epoch seconds. No {@code eb.*} property: set Maven's {@code project.build.outputTimestamp}.
   * When unset, {@code SOURCE_DATE_EPOCH}, then the commit time (git sources), then
   * 1980-02-01T00:00:00Z.
   *
   * @since 0.1.0
   */
  @Parameter(defaultValue = "${project.build.outputTimestamp}")
  protected String outputTimestamp;

  /**
   * Deploys this existing application version instead of building and uploading the project: the
   * way to promote the version staging runs to production; for {@code eb:rollback}, the version to
   * roll back to. Property {@code eb.deployVersion}; default none ({@code eb:rollback}: the version
   * the idle environment of a pair runs when it predates the live one, else the newest version
   * created before the one running). Used by {@code eb:create}, {@code eb:deploy} and {@code
   * eb:rollback}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.deployVersion")
  protected String deployVersion;

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
  @Parameter(property = "eb.validation")
  protected String validation;

  @Override
  String outputTimestamp() {
    return outputTimestamp;
  }

  /**
   * The structured .ebextensions parameters as a core configuration; the shortcuts that have a
   * property ({@code instanceTypes}, {@code wsgiPath}, ...) are resolved by the core with the
   * command line's precedence.
   */
  @Override
  ExtensionsConfig extensionsConfig() throws EbException {
    ExtensionsConfig.Builder builder = ExtensionsConfig.builder()
        .optionSettings(OptionSettingParameter.all(optionSettings, "<optionSettings>"));
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
    return builder.resources(resources).build();
  }

  static String required(String value, String where, String element, String example) throws EbException {
    if (value == null || value.isBlank()) {
      throw new EbException(where + ": <" + element + "> is missing; set it, " + example + ".");
    }
    return value.trim();
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  static <T> List<T> listOrEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
