package io.github.ebmaven.maven;

import io.github.ebmaven.config.Configuration;
import io.github.ebmaven.config.SmokeTest;
import io.github.ebmaven.extensions.ExtensionsConfig;
import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Mention;
import io.github.ebmaven.report.Reporter;
import io.github.ebmaven.report.SecretMasker;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.codehaus.plexus.configuration.PlexusConfiguration;

/**
 * What every goal shares: the application and environment it works on, how to reach AWS, its time
 * budget, the health that counts as success, and the skip switch. A goal's {@code execute} is
 * always the same: resolve the configuration (command line, then POM, then the EB CLI's {@code
 * .elasticbeanstalk/config.yml}, then defaults), skip if asked, make one call into the core, and
 * turn the core's exceptions into Maven's with the settings spelled as POM elements and {@code -D}
 * properties. Parameters are plain text: the core checks and converts them, so a bad value gets a
 * message that names it.
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
   * branch-defaults} environment of the current git branch, else the application name followed by
   * {@code -env}. Ignored by {@code eb:package}.
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
   * bucket Elastic Beanstalk creates per account and region, named elasticbeanstalk-REGION-ACCOUNT.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.bucket")
  protected String bucket;

  /**
   * Id of a server in Maven's {@code settings.xml} whose username and password (Maven encryption
   * supported) are the AWS access key id and secret key; a {@code sessionToken} in its
   * configuration is used too. Property {@code eb.serverId}; default none (the SDK's credentials
   * chain).
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.serverId")
  protected String serverId;

  /**
   * The platform: a friendly name ({@code python-3.11}, {@code corretto-17}, {@code
   * tomcat-10-corretto-17}, {@code node.js-20}, {@code docker}; without a version, the newest
   * supported branch), a full solution stack name, or a platform ARN. Used by {@code eb:init},
   * {@code eb:create} and, as a filter, {@code eb:platforms}. Property {@code eb.platform}; default
   * the EB CLI's {@code default_platform}.
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
  @Parameter(property = "eb.timeout")
  protected String timeout;

  /**
   * Health colours that count as success after a change, comma-separated: {@code Green}, {@code
   * Yellow}, {@code Red}, {@code Grey}; {@code eb:swap} requires them of both environments before
   * swapping. Property {@code eb.acceptedHealth}; default {@code Green} (worker environments often
   * need {@code Green,Yellow}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.acceptedHealth")
  protected String acceptedHealth;

  /**
   * After a change completes, how long to wait at most for Elastic Beanstalk's health checks to
   * judge the new version (within {@code timeout}): with enhanced health, until every instance
   * reports the version deployed and healthy in a health reading refreshed after the completion;
   * with basic health, one health refresh. Property {@code eb.healthGrace}; default {@code 2m}.
   *
   * @since 0.2.0
   */
  @Parameter(property = "eb.healthGrace")
  protected String healthGrace;

  /**
   * The EC2 instance profile (name or ARN) of new environments, set as {@code
   * aws:autoscaling:launchconfiguration IamInstanceProfile} unless the POM's option settings set
   * it; the default one is created when missing, as the EB CLI does. Property {@code
   * eb.instanceProfile}; default {@code aws-elasticbeanstalk-ec2-role}.
   *
   * @since 0.2.0
   */
  @Parameter(property = "eb.instanceProfile")
  protected String instanceProfile;

  /**
   * The service role (name or ARN) Elastic Beanstalk manages environments with (enhanced health,
   * managed updates, the version lifecycle of {@code eb:init}), set as {@code
   * aws:elasticbeanstalk:environment ServiceRole} unless the POM's option settings set it; the
   * default one is created when missing. Property {@code eb.serviceRole}; default {@code
   * aws-elasticbeanstalk-service-role}.
   *
   * @since 0.2.0
   */
  @Parameter(property = "eb.serviceRole")
  protected String serviceRole;

  /**
   * How the goal gives the answer asked for: {@code text} prints it in the build log (and, under
   * {@code mvn -q}, on standard output), {@code json} writes it as one JSON document on standard
   * output for scripts, secrets masked as in the text: {@code mvn -q eb:status -Deb.output=json}.
   * Goals with a JSON answer: {@code status}, {@code health}, {@code events}, {@code config},
   * {@code printenv}, {@code platforms}, {@code versions}, and {@code deploy} and {@code create}
   * (the deployment record). Property {@code eb.output}; default {@code text}.
   *
   * @since 0.2.0
   */
  @Parameter(property = "eb.output")
  protected String output;

  /**
   * Skips this goal. Property {@code eb.skip}; default {@code false}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.skip")
  protected String skip;

  /**
   * Target environments such as staging and production, in one POM. Each {@code environment}
   * element has an {@code id}, optionally {@code branches} (comma-separated git branches or globs,
   * such as {@code main} or {@code release/*}, that select it when {@code eb.target} is not given
   * on the command line), and any parameter of this plugin as an override of the common
   * configuration: values replace the common ones; option settings merge by namespace, option and
   * resource name, environment variables and tags by name, commands by name, smoke tests by path.
   * No property; default none.
   *
   * @since 0.1.0
   */
  @Parameter
  protected PlexusConfiguration environments;

  /**
   * The id of the target environment (one of {@code environments}) to work on. Property {@code
   * eb.target}; default the first environment whose {@code branches} match the git branch (on a
   * detached HEAD, the branch a CI variable such as {@code GITHUB_REF_NAME} names), else none (the
   * common configuration). A {@code target} element in the POM applies when no branch matches.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.target")
  protected String target;

  /**
   * How {@code eb:deploy} releases: {@code in-place} updates the environment, {@code blue-green}
   * deploys to the idle one of two environments, smoke-tests it and swaps CNAMEs, {@code blue-only}
   * stops before the swap ({@code eb:swap} finishes the release). With {@code blue-green} and
   * {@code blue-only} the other goals act on the live environment. Property {@code eb.strategy};
   * default {@code in-place}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.strategy")
  protected String strategy;

  /**
   * The two environments of a {@code blue-green} or {@code blue-only} target, comma-separated.
   * Property {@code eb.environmentPair}; default the environment name followed by {@code -a} and
   * by {@code -b} ({@code shop-env-a,shop-env-b}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.environmentPair")
  protected String environmentPair;

  /**
   * CNAME prefix: the environment answers at {@code PREFIX.REGION.elasticbeanstalk.com};
   * checked for availability before an environment is created. With {@code blue-green} it is the
   * live CNAME, held by whichever environment of the pair is live. Property {@code eb.cnamePrefix};
   * default EB's choice (required by {@code blue-green} and {@code blue-only}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.cnamePrefix")
  protected String cnamePrefix;

  /**
   * CNAME prefix of the idle environment of a {@code blue-green} pair, given when that environment
   * is created. Property {@code eb.idleCnamePrefix}; default the CNAME prefix followed by {@code
   * -idle}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.idleCnamePrefix")
  protected String idleCnamePrefix;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  protected MavenSession session;

  private final SettingsDecrypter settingsDecrypter;

  protected AbstractEbMojo(SettingsDecrypter settingsDecrypter) {
    this.settingsDecrypter = settingsDecrypter;
  }

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    SecretMasker masker = new SecretMasker();
    masker.register(System.getenv("AWS_SECRET_ACCESS_KEY"));
    masker.register(System.getenv("AWS_SESSION_TOKEN"));
    try {
      Configuration config = configuration();
      if (config.skip()) {
        getLog().info("Skipping eb:" + goalName() + " (eb.skip=true)");
        return;
      }
      Reporter reporter =
          masker.wrap(Mention.rendering(new MavenReporter(getLog(), MavenConsole.of(session).interactive()), MavenMentions.RENDERER));
      try (GoalContext context =
          GoalContext.forGoal(goalName(), config, reporter, masker, MavenConsole.of(session), BuildMemory.shown(session))) {
        context.announceTarget();
        run(context);
      }
    } catch (EbException e) {
      String message = masker.mask(e.message(MavenMentions.RENDERER));
      throw new MojoFailureException(message, new CoreFailure(message, e));
    } catch (RuntimeException e) {
      throw new MojoExecutionException(masker.mask("eb:" + goalName() + " failed unexpectedly: " + e), e);
    }
  }

  /**
   * The core's exception under the message Maven shows: Maven appends every cause's message it does
   * not already hold, and the core's own spells settings plainly ({@code eb.x} for {@code -Deb.x}).
   */
  private static final class CoreFailure extends Exception {
    private static final long serialVersionUID = 1L;

    CoreFailure(String message, EbException failure) {
      super(message, failure.getCause());
      setStackTrace(failure.getStackTrace());
    }
  }

  /** This goal's configuration, resolved from its parameters and the command line. */
  Configuration configuration() {
    return Configuration.resolve(new MojoRawConfiguration(this, session, settingsDecrypter));
  }

  /** A new instance of this goal with no parameter set, to hold a target environment's overrides. */
  AbstractEbMojo blankCopy() {
    try {
      for (var constructor : getClass().getConstructors()) {
        if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == SettingsDecrypter.class) {
          return (AbstractEbMojo) constructor.newInstance(settingsDecrypter);
        }
      }
      return getClass().getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot create " + getClass().getName() + " for a target environment", e);
    }
  }

  /** {@code <environments>}, as Maven configured it. */
  PlexusConfiguration environmentsConfig() {
    return environments;
  }

  /** {@code <inactiveSettings>}; only the release goals have them. */
  List<OptionSetting> inactiveSettingsConfig() throws EbException {
    return List.of();
  }

  /** {@code <smokeTests>}; only the release goals have them. */
  List<SmokeTest> smokeTestsConfig() throws EbException {
    return List.of();
  }

  /** The goal's name without the prefix, for messages. */
  protected abstract String goalName();

  /** The goal's one call into the core. */
  protected abstract void run(GoalContext context) throws EbException;

  /** The POM's .ebextensions configuration; goals that build no bundle have none. */
  ExtensionsConfig extensionsConfig() throws EbException {
    return ExtensionsConfig.EMPTY;
  }

  /** Creation-only option settings; only {@code eb:create} has them. */
  List<OptionSetting> creationOptionSettings() throws EbException {
    return List.of();
  }

  /** Tags of a new environment; only {@code eb:create} has them. */
  Map<String, String> tags() {
    return Map.of();
  }

  /** The reproducible-build timestamp; only the goals that build a bundle read it. */
  String outputTimestamp() {
    return null;
  }
}
