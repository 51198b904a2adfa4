package io.github.ebmaven.goals;

import io.github.ebmaven.aws.AwsClients;
import io.github.ebmaven.aws.AwsSettings;
import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.aws.BundleStore;
import io.github.ebmaven.aws.ClientsInBackground;
import io.github.ebmaven.aws.Ec2Instances;
import io.github.ebmaven.aws.Identity;
import io.github.ebmaven.aws.ManagedInstances;
import io.github.ebmaven.bundle.BundleBuilder;
import io.github.ebmaven.bundle.BundleRequest;
import io.github.ebmaven.bundle.BundleResult;
import io.github.ebmaven.bundle.BundleSourceMode;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.change.Sleeper;
import io.github.ebmaven.config.ConfigKey;
import io.github.ebmaven.config.Configuration;
import io.github.ebmaven.config.ProjectFacts;
import io.github.ebmaven.environment.SshOperation;
import io.github.ebmaven.extensions.EbExtensions;
import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.OncePerBuild;
import io.github.ebmaven.report.Reporter;
import io.github.ebmaven.report.SecretMasker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import io.github.ebmaven.aws.AwsCallException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every goal runs with: its resolved configuration, the user (reporter and console), the
 * secrets to mask, and the way to AWS. Goals open AWS clients only when they need them, so
 * offline goals never create one.
 */
public final class GoalContext implements AutoCloseable {

  /** Work done with AWS clients open. */
  @FunctionalInterface
  public interface WithAws<T> {
    T run(Services services) throws EbException;
  }

  private final Configuration config;
  private final Reporter reporter;
  private final SecretMasker masker;
  private final Console console;
  private AwsSettings awsSettings;
  private ClientsInBackground early;
  private List<OptionSetting> bundleOptionSettings = List.of();

  private final Answers answers;
  /** Shows a line once per build: the goals of one build share what they already showed. */
  private final Reporter once;

  /** A context of its own build, whose answers are text ({@code eb.output} is not read). */
  public GoalContext(Configuration config, Reporter reporter, SecretMasker masker, Console console) {
    this(config, masker, console, Answers.text(reporter), ConcurrentHashMap.newKeySet());
  }

  private GoalContext(Configuration config, SecretMasker masker, Console console, Answers answers, Set<String> shownThisBuild) {
    this.config = config;
    this.answers = answers;
    this.reporter = OncePerBuild.warnings(answers.reporter(), shownThisBuild);
    this.once = OncePerBuild.everything(answers.reporter(), shownThisBuild);
    this.masker = masker;
    this.console = console;
  }

  /**
   * The context of {@code goal}, its answer given as {@code eb.output} asks (checked here, before
   * any call), sharing {@code shownThisBuild} with the other goals of the build.
   */
  public static GoalContext forGoal(
      String goal, Configuration config, Reporter reporter, SecretMasker masker, Console console, Set<String> shownThisBuild)
      throws EbException {
    return new GoalContext(config, masker, console, Answers.of(goal, config.text(ConfigKey.OUTPUT), reporter), shownThisBuild);
  }

  /** How the goal gives its answer ({@code eb.output}). */
  Answers answers() {
    return answers;
  }

  public Configuration config() {
    return config;
  }

  public Reporter reporter() {
    return reporter;
  }

  public Console console() {
    return console;
  }

  /** Says which target environment the build works on and why, when the POM declares any. */
  public void announceTarget() throws EbException {
    if (!config.targetIds().isEmpty()) {
      once.info(config.target().describe());
    }
  }

  /** Masks {@code value} in every message from now on. */
  public void registerSecret(String value) {
    masker.register(value);
  }

  /**
   * How this goal reaches AWS, checked (endpoints, settings.xml server) without a call: goals that
   * build a bundle first ask for it before building, so a bad value fails before any work.
   */
  public AwsSettings awsSettings() throws EbException {
    if (awsSettings == null) {
      awsSettings = config.aws(pluginVersion());
      if (awsSettings.credentials() != null) {
        masker.register(awsSettings.credentials().secretAccessKey());
        masker.register(awsSettings.credentials().sessionToken());
      }
    }
    return awsSettings;
  }

  /** Work done with AWS clients open that also reads the environment's instances (EC2, Systems Manager). */
  @FunctionalInterface
  public interface WithInstances<T> {
    T run(Services services, Ec2Instances ec2, ManagedInstances ssm, SshOperation.AwsCli cli) throws EbException;
  }

  /**
   * Starts opening the AWS clients now, on another thread, for the next {@link #withAws}: goals
   * that build a bundle first call it before building, so the SDK starts while the bundle is made.
   */
  public void openAwsEarly() throws EbException {
    if (early == null) {
      early = ClientsInBackground.start(awsSettings());
    }
  }

  /** Opens the clients this configuration aims at (or takes those opened early), runs {@code work}, and closes them. */
  public <T> T withAws(WithAws<T> work) throws EbException {
    try (AwsClients aws = openClients()) {
      Services services = services(aws);
      return reachable(services, () -> work.run(services));
    }
  }

  /**
   * Like {@link #withAws}, with EC2 and Systems Manager too, and how the user's AWS CLI reaches
   * the same account (region, profile, endpoint, settings.xml keys as environment variables).
   */
  public <T> T withInstances(WithInstances<T> work) throws EbException {
    AwsSettings settings = awsSettings();
    try (AwsClients aws = AwsClients.create(settings)) {
      Map<String, String> environment = new LinkedHashMap<>();
      if (settings.credentials() != null) {
        environment.put("AWS_ACCESS_KEY_ID", settings.credentials().accessKeyId());
        environment.put("AWS_SECRET_ACCESS_KEY", settings.credentials().secretAccessKey());
        if (settings.credentials().sessionToken() != null) {
          environment.put("AWS_SESSION_TOKEN", settings.credentials().sessionToken());
        }
      }
      SshOperation.AwsCli cli = new SshOperation.AwsCli(
          aws.region(), settings.profile(), settings.endpoint() == null ? null : settings.endpoint().toString(), environment);
      Services services = services(aws);
      return reachable(
          services, () -> work.run(services, new Ec2Instances(aws.ec2()), new ManagedInstances(aws.ssm()), cli));
    }
  }

  private AwsClients openClients() throws EbException {
    if (early == null) {
      return AwsClients.create(awsSettings());
    }
    ClientsInBackground opened = early;
    early = null;
    return opened.take();
  }

  /** Closes clients opened early that no call took, when the goal ends before it needed them. */
  @Override
  public void close() {
    if (early != null) {
      early.close();
      early = null;
    }
  }

  private Services services(AwsClients aws) throws EbException {
    return new Services(
        new Beanstalk(aws.elasticBeanstalk(), config.bucket()), new BundleStore(aws.s3(), reporter),
        new Identity(aws::iam, aws::sts, aws.partition()), reporter, masker, Clock.systemUTC(), Sleeper.REAL,
        config.healthGrace(), aws.calls());
  }

  /** Runs {@code work}, turning "AWS cannot be reached at all" into a message that names the setting to check. */
  private static <T> T reachable(Services services, Work<T> work) throws EbException {
    try {
      return work.run();
    } catch (AwsCallException e) {
      if (!e.isUnreachable()) {
        throw e;
      }
      throw new EbException(
          "Cannot reach AWS at " + services.eb().location() + ": " + e.getMessage() + ". Check "
              + ConfigKey.ENDPOINT.mention() + " (or, without it, " + ConfigKey.REGION.mention()
              + " and the network path to the region's endpoint), then run the goal again.",
          e);
    }
  }

  private interface Work<T> {
    T run() throws EbException;
  }

  /**
   * Validates the .ebextensions configuration and builds the bundle with the generated files, or
   * reuses the previous one when its inputs did not change. Never contacts AWS.
   */
  public BundleResult bundle() throws EbException {
    EbExtensions generated = extensions(once);
    generated.secretValues().forEach(masker::register);
    ProjectFacts project = config.project();
    BundleRequest request =
        BundleRequest.builder()
            .projectDir(project.baseDir())
            .outputDir(outputDirectory())
            .applicationName(config.application())
            .projectVersion(project.version())
            .packaging(project.packaging())
            .mode(BundleSourceMode.parse(config.text(ConfigKey.BUNDLE_SOURCE)))
            .bundleDirectory(config.path(ConfigKey.BUNDLE_DIRECTORY, project.baseDir()))
            .artifact(project.artifact())
            .extraFiles(config.list(ConfigKey.BUNDLE_FILES))
            .versionLabel(config.text(ConfigKey.VERSION_LABEL))
            .outputTimestamp(project.outputTimestamp())
            .sourceDateEpoch(config.raw().environmentVariable("SOURCE_DATE_EPOCH"))
            .generatedContent(generated)
            .build();
    BundleResult bundle = new BundleBuilder(once).build(request);
    bundleOptionSettings = generated.bundleOptionSettings();
    return bundle;
  }

  /** The option settings the last bundle built carries (POM and hand-written {@code .ebextensions}). */
  public List<OptionSetting> bundleOptionSettings() {
    return bundleOptionSettings;
  }

  /** The POM's option settings in API form, for ValidateConfigurationSettings, updates and comparisons. */
  public List<OptionSetting> pomOptionSettings() throws EbException {
    EbExtensions extensions = extensions(Reporter.SILENT);
    extensions.secretValues().forEach(masker::register);
    return extensions.optionSettings();
  }

  private EbExtensions extensions(Reporter to) throws EbException {
    return new EbExtensions(config.extensions(), config.validation(), to);
  }

  /** Where the bundle and the result files go ({@code eb.outputDirectory}). */
  public Path outputDirectory() throws EbException {
    return config.path(ConfigKey.OUTPUT_DIRECTORY, config.project().buildDir().resolve("eb"));
  }

  /**
   * Asks the user to type the environment's name before a destructive action; without a console
   * it refuses unless {@code eb.force}, changing nothing.
   *
   * @param verb what is about to happen, e.g. "terminate"
   * @param consequence why it matters, shown before the prompt
   */
  public void confirmByName(String verb, String environment, String consequence) throws EbException {
    if (config.flag(ConfigKey.FORCE)) {
      return;
    }
    if (!console.interactive()) {
      throw new EbException(
          "Refusing to " + verb + " " + environment + " without confirmation: " + console.whyNotInteractive() + ". Add "
              + ConfigKey.FORCE.example("true") + " to " + verb + " it. Nothing was changed.");
    }
    String typed = console.readLine(consequence + " Type its name to confirm: ");
    if (typed == null || !typed.trim().equals(environment)) {
      throw new EbException("Not confirmed: '" + environment + "' was not typed. Nothing was changed.");
    }
  }

  /** The plugin's version, for the user agent. */
  static String pluginVersion() {
    Properties properties = new Properties();
    try (InputStream in = GoalContext.class.getResourceAsStream("/io/github/ebmaven/plugin.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // The version only decorates the user agent.
    }
    return properties.getProperty("version", "unknown");
  }
}
