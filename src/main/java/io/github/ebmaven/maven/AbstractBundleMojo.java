package io.github.ebmaven.maven;

import io.github.ebmaven.extensions.ExtensionsConfig;
import io.github.ebmaven.maven.config.AutoScalingHealthCheckParameter;
import io.github.ebmaven.maven.config.CloudWatchParameter;
import io.github.ebmaven.maven.config.CommandParameter;
import io.github.ebmaven.maven.config.ContainerCommandParameter;
import io.github.ebmaven.maven.config.FileParameter;
import io.github.ebmaven.maven.config.HttpsParameter;
import io.github.ebmaven.maven.config.MaintenanceParameter;
import io.github.ebmaven.maven.config.NginxParameter;
import io.github.ebmaven.maven.config.OptionSettingParameter;
import io.github.ebmaven.maven.config.StaticFileParameter;
import io.github.ebmaven.maven.config.VpcParameter;
import io.github.ebmaven.maven.config.WafParameter;
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
   * The application version label. Property {@code eb.versionLabel}; default the project version,
   * a hyphen and the 7-character commit id for the git source (such as {@code 1.0.0-1a2b3c4}), and
   * the project version, a hyphen and the first 10 hex digits of the bundle's sha256 for the
   * others.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.versionLabel")
  protected String versionLabel;

  /**
   * Folder of the bundle zip and {@code bundle.json}. Property {@code eb.outputDirectory}; default
   * <code>${project.build.directory}/eb</code>.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.outputDirectory")
  protected String outputDirectory;

  /**
   * The time written for every zip entry, as maven-archiver reads it: ISO-8601 with offset or
   * epoch seconds. No {@code eb.*} property: set Maven's {@code project.build.outputTimestamp}.
   * Default when that is unset: {@code SOURCE_DATE_EPOCH}, then the commit time (git sources),
   * then 1980-02-01T00:00:00Z.
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
   * Explicit option settings, each an {@code optionSetting} element with {@code namespace}, {@code
   * optionName}, {@code value} and, for scheduled actions, {@code resourceName}, rendered under
   * {@code option_settings}. No property; default none.
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
   * URL paths served by the proxy from bundle folders (each with a {@code urlPath} and a {@code
   * directory}), rendered in namespace {@code aws:elasticbeanstalk:environment:proxy:staticfiles}.
   * No property; default none.
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
   * How the Auto Scaling group judges instances ({@code type} EC2 or ELB, {@code gracePeriod} in
   * seconds), rendered as {@code HealthCheckType} and {@code
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
   * HTTPS on an application load balancer ({@code certificateArn}, {@code redirectHttp}),
   * rendered as namespace {@code aws:elbv2:listener:443} plus, with redirectHttp, a port 80
   * listener resource that redirects to HTTPS. No property; default none.
   *
   * @since 0.1.0
   */
  @Parameter
  protected HttpsParameter https;

  /**
   * nginx settings ({@code gzip}), rendered as a snippet in {@code .platform/nginx/conf.d/}. No
   * property; default none.
   *
   * @since 0.1.0
   */
  @Parameter
  protected NginxParameter nginx;

  /**
   * A custom VPC ({@code id}, and comma-separated subnet ids in {@code subnets} for the instances
   * and {@code elbSubnets} for the load balancer, {@code publicIp} true or false, {@code elbScheme}
   * public or internal), rendered in namespace {@code aws:ec2:vpc}. Without {@code publicIp},
   * instances get no public address when their subnets differ from the load
   * balancer's or the load balancer is internal, and get one when both share the subnets. EB takes
   * the VPC only when the environment is created. No property; default none (the default VPC).
   *
   * @since 0.1.0
   */
  @Parameter
  protected VpcParameter vpc;

  /**
   * {@code true} for a dual-stack (IPv4 and IPv6) load balancer, {@code false} for IPv4 only,
   * rendered as {@code aws:elbv2:loadbalancer IpAddressType}; application and network load
   * balancers only, and the VPC's subnets need IPv6 blocks. Property {@code eb.ipv6}; default none
   * (EB's IPv4).
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.ipv6")
  protected String ipv6;

  /**
   * AWS WAF on the application load balancer: {@code webAclArn} attaches an existing regional web
   * ACL, {@code managedRules} (comma-separated AWS managed rule group names, such as {@code
   * AWSManagedRulesCommonRuleSet}) creates one; rendered as {@code AWS::WAFv2::WebACL} and {@code
   * AWS::WAFv2::WebACLAssociation} resources, with {@code aws:elasticbeanstalk:environment
   * LoadBalancerType} application. No property; default none.
   *
   * @since 0.1.0
   */
  @Parameter
  protected WafParameter waf;

  /**
   * CloudWatch: {@code metrics} ({@code memory}, {@code disk}) published by the CloudWatch agent,
   * {@code memoryAlarmPercent} and {@code alarmTopicArn} for an alarm, {@code streamLogs}, {@code
   * logRetentionDays}, {@code deleteLogsOnTerminate} and {@code streamHealth} for EB's log
   * streaming. The instance profile needs the CloudWatchAgentServerPolicy policy for the
   * metrics. No property; default none.
   *
   * @since 0.1.0
   */
  @Parameter
  protected CloudWatchParameter cloudWatch;

  /**
   * Ships a maintenance page that {@code eb:maintenance} switches on and off without a deployment
   * ({@code page} an HTML file of the project, default the plugin's; {@code retryAfter} seconds,
   * default 600; {@code allowedIps} addresses or CIDR blocks that still reach the
   * application). Needs the nginx proxy of Amazon Linux 2 and 2023 platforms. No property; default
   * none.
   *
   * @since 0.1.0
   */
  @Parameter
  protected MaintenanceParameter maintenance;

  /**
   * {@code LoadBalanced} or {@code SingleInstance} (option {@code aws:elasticbeanstalk:environment
   * EnvironmentType}), sent by {@code eb:create}; the other bundle goals use it to check {@code
   * waf}, {@code ipv6} and {@code vpc}. Property {@code eb.environmentType}; default EB's
   * ({@code LoadBalanced}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.environmentType")
  protected String environmentType;

  /**
   * {@code application}, {@code network} or {@code classic} (option {@code
   * aws:elasticbeanstalk:environment LoadBalancerType}, settable only at creation), sent by {@code
   * eb:create}; the other bundle goals use it to check {@code waf} and {@code ipv6}. Property
   * {@code eb.loadBalancerType}; default EB's (the API's is classic; {@code waf} asks for
   * application).
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.loadBalancerType")
  protected String loadBalancerType;

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
    return ExtensionsParameters.of(this);
  }

  static <T> List<T> listOrEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
