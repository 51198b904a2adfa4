package io.github.ebmaven.goals;

import io.github.ebmaven.bundle.BundleResult;
import io.github.ebmaven.config.ConfigKey;
import io.github.ebmaven.config.Configuration;
import io.github.ebmaven.lifecycle.CreateOperation;
import io.github.ebmaven.lifecycle.CreationSettings;
import io.github.ebmaven.lifecycle.DeployOperation;
import io.github.ebmaven.lifecycle.DeployRequest;
import io.github.ebmaven.lifecycle.DeploymentRecord;
import io.github.ebmaven.lifecycle.InitOperation;
import io.github.ebmaven.lifecycle.TerminateOperation;
import io.github.ebmaven.report.EbException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

/**
 * The goals that take a project to an environment and away again: package, init, create, deploy,
 * terminate. Each reads its settings from the configuration, checks them before any AWS call, and
 * makes one call into the operation that does the work.
 */
public final class LifecycleGoals {

  private final GoalContext context;
  private final Configuration config;

  public LifecycleGoals(GoalContext context) {
    this.context = context;
    this.config = context.config();
  }

  /** {@code eb:package}: validates and builds the bundle; never contacts AWS. */
  public BundleResult packageBundle() throws EbException {
    return context.bundle();
  }

  /** {@code eb:init}: the application, its version lifecycle, the platform and the storage bucket. */
  public InitOperation.Initialized init() throws EbException {
    InitOperation.InitRequest request =
        new InitOperation.InitRequest(
            config.application(), config.platform(), config.integer(ConfigKey.MAX_VERSIONS),
            config.integer(ConfigKey.MAX_AGE_DAYS),
            Configuration.firstSet(config.text(ConfigKey.LIFECYCLE_SERVICE_ROLE), config.text(ConfigKey.SERVICE_ROLE)));
    return context.withAws(services -> {
      services.reporter().info("Region: " + services.eb().region());
      return new InitOperation(services).init(request);
    });
  }

  /** {@code eb:create}: a new environment with the project's version, Ready and healthy. */
  public DeploymentRecord create() throws EbException {
    String tier = config.choice(ConfigKey.TIER, List.of("WebServer", "Worker"));
    var health = config.acceptedHealth();
    var timeout = config.timeout();
    String platform = config.platform();
    if (platform == null) {
      throw new EbException(
          "eb:create needs a platform: set " + ConfigKey.PLATFORM.mention()
              + ", for example python-3.11 or corretto-17.");
    }
    String application = config.application();
    String environment = config.environment();
    String existing = config.text(ConfigKey.DEPLOY_VERSION);
    context.awsSettings();
    warnAboutBucket();
    BundleResult bundle = existing == null ? context.bundle() : null;
    CreationSettings creation =
        CreationSettings.of(
            config.text(ConfigKey.ENVIRONMENT_TYPE), config.text(ConfigKey.LOAD_BALANCER_TYPE),
            config.raw().creationOptionSettings(),
            bundle == null ? context.pomOptionSettings() : context.bundleOptionSettings(),
            config.text(ConfigKey.INSTANCE_PROFILE), config.text(ConfigKey.SERVICE_ROLE));
    CreateOperation.CreateRequest request =
        new CreateOperation.CreateRequest(
            application, environment, config.text(ConfigKey.CNAME_PREFIX), tier, platform, bundle, existing, creation,
            new TreeMap<>(config.raw().tags()), health, timeout, resultFile());
    return context.withAws(services -> new CreateOperation(services).create(request));
  }

  /** {@code eb:deploy}: the project's version on an existing environment, with EB's verdict. */
  public DeploymentRecord deploy() throws EbException {
    var health = config.acceptedHealth();
    var timeout = config.timeout();
    boolean waitForResult = config.flag(ConfigKey.WAIT);
    boolean updateSettings = config.flag(ConfigKey.UPDATE_SETTINGS);
    String existing = config.text(ConfigKey.DEPLOY_VERSION);
    context.awsSettings();
    warnAboutBucket();
    BundleResult bundle = existing == null ? context.bundle() : null;
    DeployRequest request =
        new DeployRequest(
            config.application(), config.environment(), bundle, existing, context.pomOptionSettings(), updateSettings,
            waitForResult, health, timeout, resultFile());
    return context.withAws(services -> new DeployOperation(services).deploy(request));
  }

  /** {@code eb:terminate}: the environment gone, after a typed confirmation; optionally the application too. */
  public void terminate() throws EbException {
    TerminateOperation.TerminateRequest request =
        new TerminateOperation.TerminateRequest(
            config.application(), config.environment(), config.flag(ConfigKey.DELETE_APPLICATION), config.timeout());
    context.withAws(services -> {
      TerminateOperation operation = new TerminateOperation(services);
      operation.target(request.application(), request.environment());
      context.confirmByName(
          "terminate", request.environment(),
          "Terminating " + request.environment() + " deletes its instances and any database it created.");
      operation.terminate(request);
      return null;
    });
  }

  /** Instances read bundles with their instance profile, whose EB policies grant only EB's own buckets. */
  private void warnAboutBucket() throws EbException {
    String bucket = config.bucket();
    if (bucket != null && !bucket.startsWith("elasticbeanstalk-")) {
      context.reporter().warn(
          ConfigKey.BUCKET.mention() + " " + bucket + " is not named elasticbeanstalk-*: the instances download bundles with"
              + " their instance profile, and the policy AWSElasticBeanstalkWebTier grants only arn:aws:s3:::elasticbeanstalk-*."
              + " Grant the instance profile s3:GetObject on " + bucket + ", or deployments fail on the instances.");
    }
  }

  /** {@code target/eb/deployment.json}. */
  public Path resultFile() throws EbException {
    return context.outputDirectory().resolve(DeploymentRecord.FILE_NAME);
  }
}
