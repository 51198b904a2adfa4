package io.github.ebmaven.maven;

import io.github.ebmaven.aws.AwsClients;
import io.github.ebmaven.aws.AwsSettings;
import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.deploy.Durations;
import io.github.ebmaven.deploy.EbCliConfig;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import io.github.ebmaven.report.SecretMasker;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * What every goal shares: the application and environment it works on, how to reach AWS, the skip
 * switch, secret masking, and one place that turns the core's exceptions into Maven's. Concrete
 * goals implement {@link #run(Reporter)} only. Values left unset fall back to the EB CLI's {@code
 * .elasticbeanstalk/config.yml} when the project has one.
 */
public abstract class AbstractEbMojo extends AbstractMojo {

  /**
   * Name of the Elastic Beanstalk application. Property {@code eb.applicationName}; default the
   * EB CLI's {@code application_name} when {@code .elasticbeanstalk/config.yml} exists, else the
   * project's artifactId.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.applicationName")
  protected String applicationName;

  /**
   * Name of the environment. Property {@code eb.environmentName}; default the EB CLI's {@code
   * branch-defaults} environment of the current git branch, else {@code <applicationName>-env}.
   * Ignored by {@code eb:package}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.environmentName")
  protected String environmentName;

  /**
   * AWS region, such as {@code eu-west-1}. Property {@code eb.region}; default the EB CLI's {@code
   * default_region}, else the SDK's chain ({@code AWS_REGION}, the profile's region). Ignored by
   * {@code eb:package}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.region")
  protected String region;

  /**
   * AWS profile of {@code ~/.aws/config} / {@code credentials} (SSO profiles included). Property
   * {@code eb.profile}; default {@code AWS_PROFILE}, else the EB CLI's {@code profile}, else the
   * default profile.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.profile")
  protected String profile;

  /**
   * Elastic Beanstalk endpoint URL, for a local endpoint or a proxy; S3 uses it too (path-style)
   * unless {@code s3Endpoint} is set. Property {@code eb.endpoint}; default AWS.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.endpoint")
  protected String endpoint;

  /**
   * S3 endpoint URL. Property {@code eb.s3Endpoint}; default {@code endpoint}, else AWS.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.s3Endpoint")
  protected String s3Endpoint;

  /**
   * The S3 bucket that receives source bundles, for accounts whose policies forbid EB's own
   * bucket or where CreateStorageLocation is not allowed. Property {@code eb.bucket}; default the
   * bucket Elastic Beanstalk creates per account and region ({@code
   * elasticbeanstalk-<region>-<account>}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.bucket")
  protected String bucket;

  /**
   * Id of a {@code <server>} in Maven's {@code settings.xml} whose username and password (Maven
   * encryption supported) are the AWS access key id and secret key; a {@code sessionToken} in its
   * {@code <configuration>} is used too. Property {@code eb.serverId}; default none (the SDK's
   * credentials chain).
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.serverId")
  protected String serverId;

  /**
   * The platform: a friendly name ({@code python-3.11}, {@code corretto-17}, {@code
   * tomcat-10-corretto-17}, {@code node.js-20}, {@code docker}; without a version, the newest
   * supported branch), a full solution stack name, or a platform ARN. Used by {@code eb:init} and
   * {@code eb:create}. Property {@code eb.platform}; default the EB CLI's {@code default_platform}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.platform")
  protected String platform;

  /**
   * Time budget of the whole goal, every phase included: {@code 30m}, {@code 90s}, {@code 1h} or
   * seconds. Property {@code eb.timeout}; default {@code 30m}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.timeout", defaultValue = "30m")
  protected String timeout;

  /**
   * Skips this goal. Property {@code eb.skip}; default {@code false}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.skip", defaultValue = "false")
  protected boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  protected MavenSession session;

  private final SettingsDecrypter settingsDecrypter;
  private final SecretMasker masker = new SecretMasker();
  private EbCliConfig ebCliConfig;

  protected AbstractEbMojo(SettingsDecrypter settingsDecrypter) {
    this.settingsDecrypter = settingsDecrypter;
  }

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping eb:" + goalName() + " (eb.skip=true)");
      return;
    }
    masker.register(System.getenv("AWS_SECRET_ACCESS_KEY"));
    masker.register(System.getenv("AWS_SESSION_TOKEN"));
    try {
      run(masker.wrap(new MavenReporter(getLog(), System.console() != null && session.getRequest().isInteractiveMode())));
    } catch (EbException e) {
      throw new MojoFailureException(masker.mask(e.getMessage()), e);
    } catch (RuntimeException e) {
      throw new MojoExecutionException(masker.mask("eb:" + goalName() + " failed unexpectedly: " + e), e);
    }
  }

  /** The goal's name without the prefix, for messages. */
  protected abstract String goalName();

  /** The goal's work: read parameters, build a core request, make one call into the core. */
  protected abstract void run(Reporter reporter) throws EbException, MojoFailureException;

  protected SecretMasker masker() {
    return masker;
  }

  protected EbCliConfig ebCli() throws EbException {
    if (ebCliConfig == null) {
      ebCliConfig = EbCliConfig.read(project.getBasedir().toPath());
    }
    return ebCliConfig;
  }

  protected String application() throws EbException {
    return firstSet(
        commandLine("eb.applicationName"), applicationName, ebCli().applicationName(), project.getArtifactId());
  }

  protected String environment() throws EbException {
    return firstSet(
        commandLine("eb.environmentName"), environmentName, ebCli().branchEnvironment(), application() + "-env");
  }

  /**
   * A {@code -D} property from the command line. Maven lets a POM value beat {@code -D}; for the
   * values that pick the target (application, environment, region, endpoints, platform) the command
   * line wins, so one POM can be aimed at staging or production from a pipeline.
   */
  private String commandLine(String property) {
    java.util.Properties userProperties = session == null ? null : session.getUserProperties();
    return userProperties == null ? null : userProperties.getProperty(property);
  }

  protected String platformSpec() throws EbException {
    return firstSet(commandLine("eb.platform"), platform, ebCli().platform());
  }

  protected Duration timeoutDuration() throws EbException {
    return Durations.parse(timeout, "<timeout> / -Deb.timeout");
  }

  /** SDK clients for this goal's region, credentials and endpoints. */
  protected AwsClients awsClients() throws EbException {
    String profileName =
        firstSet(commandLine("eb.profile"), profile, System.getenv("AWS_PROFILE"), ebCli().profile());
    AwsSettings settings =
        new AwsSettings(
            firstSet(commandLine("eb.region"), region, ebCli().region()),
            profileName,
            uri(firstSet(commandLine("eb.endpoint"), endpoint), "<endpoint> / -Deb.endpoint"),
            uri(firstSet(commandLine("eb.s3Endpoint"), s3Endpoint), "<s3Endpoint> / -Deb.s3Endpoint"),
            serverCredentials(),
            pluginVersion());
    return AwsClients.create(settings);
  }

  /**
   * Asks the user to type the environment's name before a destructive action; batch mode (or no
   * console) refuses unless {@code force}, changing nothing.
   *
   * @param verb what is about to happen, e.g. "terminate"
   * @param consequence why it matters, shown before the prompt
   */
  protected void confirmByName(String verb, String environment, boolean force, String consequence)
      throws EbException {
    if (force) {
      return;
    }
    java.io.Console console = System.console();
    if (!session.getRequest().isInteractiveMode() || console == null) {
      throw new EbException(
          "Refusing to " + verb + " " + environment + " in batch mode without confirmation. Add -Deb.force=true to "
              + verb + " it. Nothing was changed.");
    }
    String typed = console.readLine("%s Type its name to confirm: ", consequence);
    if (typed == null || !typed.trim().equals(environment)) {
      throw new EbException("Not confirmed: '" + environment + "' was not typed. Nothing was changed.");
    }
  }

  /** Elastic Beanstalk, as this goal's parameters aim it. */
  protected Beanstalk beanstalk(AwsClients aws) {
    return new Beanstalk(aws.elasticBeanstalk(), firstSet(commandLine("eb.bucket"), bucket));
  }

  private AwsSettings.StaticKeys serverCredentials() throws EbException {
    if (serverId == null || serverId.isBlank()) {
      return null;
    }
    Server server = session.getSettings().getServer(serverId);
    if (server == null) {
      throw new EbException(
          "No <server> with id '" + serverId + "' in Maven's settings.xml (-Deb.serverId). Add one whose"
              + " username is the AWS access key id and password the secret key.");
    }
    if (settingsDecrypter != null) {
      SettingsDecryptionResult decrypted = settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
      if (!decrypted.getProblems().isEmpty()) {
        throw new EbException(
            "Cannot decrypt the password of settings.xml server '" + serverId + "': "
                + decrypted.getProblems().get(0).getMessage() + ". Check ~/.m2/settings-security.xml.");
      }
      server = decrypted.getServer();
    }
    if (server.getUsername() == null || server.getPassword() == null) {
      throw new EbException(
          "settings.xml server '" + serverId + "' needs <username> (AWS access key id) and <password> (secret key).");
    }
    String sessionToken = null;
    if (server.getConfiguration() instanceof org.codehaus.plexus.util.xml.Xpp3Dom config
        && config.getChild("sessionToken") != null) {
      sessionToken = config.getChild("sessionToken").getValue();
    }
    masker.register(server.getPassword());
    masker.register(sessionToken);
    return new AwsSettings.StaticKeys(server.getUsername(), server.getPassword(), sessionToken);
  }

  private static URI uri(String value, String origin) throws EbException {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(value.trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new URISyntaxException(value, "needs a scheme and a host");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new EbException(origin + " '" + value + "' is not a URL. Write it like http://127.0.0.1:4566.");
    }
  }

  static String pluginVersion() {
    Properties properties = new Properties();
    try (InputStream in = AbstractEbMojo.class.getResourceAsStream("/io/github/ebmaven/plugin.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // The version only decorates the user agent.
    }
    return properties.getProperty("version", "unknown");
  }

  protected static String firstSet(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.trim();
      }
    }
    return null;
  }
}
