package io.github.ebmaven.goals;

import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.bundle.BundleResult;
import io.github.ebmaven.bundle.BundleSourceMode;
import io.github.ebmaven.config.ConfigKey;
import io.github.ebmaven.config.Configuration;
import io.github.ebmaven.lifecycle.CreateOperation;
import io.github.ebmaven.lifecycle.DeploymentRecord;
import io.github.ebmaven.lifecycle.InitOperation;
import io.github.ebmaven.lifecycle.TerminateOperation;
import io.github.ebmaven.platform.PlatformResolver;
import io.github.ebmaven.release.EnvironmentPair;
import io.github.ebmaven.release.ReleaseOperation;
import io.github.ebmaven.release.ReleaseRequest;
import io.github.ebmaven.release.RollbackOperation;
import io.github.ebmaven.release.SmokeTester;
import io.github.ebmaven.report.EbException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The goals that take a project to an environment and away again: check, package, init, create,
 * deploy, rollback, terminate. Each reads its settings from the configuration, checks them before any AWS call, and
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

  /**
   * {@code eb:check}, in the validate phase: fails before any other plugin's work when {@code goal}
   * (a bundle goal the build reaches without the package phase, or null) would bundle the jar or
   * war the build never makes.
   *
   * @param tasks the build's goals and phases as typed, for the message
   */
  public void checkArtifactBuilt(String goal, String tasks) throws EbException {
    String packaging = config.project().packaging();
    if (goal == null || config.text(ConfigKey.DEPLOY_VERSION) != null || config.text(ConfigKey.PROMOTE_FROM) != null
        || !BundleSourceMode.parse(config.text(ConfigKey.BUNDLE_SOURCE)).takesArtifact(packaging)) {
      return;
    }
    throw new EbException(
        "eb:" + goal + " bundles the project's " + packaging + ", but the build '" + tasks + "' runs it before the"
            + " package phase, which builds the " + packaging + ". Run mvn package eb:" + goal + ", or set "
            + ConfigKey.BUNDLE_SOURCE.mention() + " to git or directory to bundle the project's files instead.");
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

  /**
   * {@code eb:create}: a new environment with the project's version, Ready and healthy, then its
   * smoke tests; for a {@code blue-green} or {@code blue-only} target, the pair's first environment
   * on the live CNAME.
   */
  public DeploymentRecord create() throws EbException {
    Releases releases = new Releases(context);
    var health = config.acceptedHealth();
    var timeout = config.timeout();
    ReleaseRequest.Launch launch = releases.launch(List.of());
    if (launch.platform() == null) {
      throw new EbException(
          "eb:create needs a platform: set " + ConfigKey.PLATFORM.mention()
              + ", for example python-3.11 or corretto-17.");
    }
    EnvironmentPair pair = releases.pair();
    SmokeTester.Checks checks = releases.checks();
    String application = config.application();
    String environment = pair == null ? config.environment() : pair.first();
    String cnamePrefix = pair == null ? config.text(ConfigKey.CNAME_PREFIX) : pair.liveCnamePrefix();
    String existing = config.text(ConfigKey.DEPLOY_VERSION);
    context.openAwsEarly();
    warnAboutBucket();
    String platform = launch.platform();
    return context.withAws(services -> {
      // A mistyped platform is a one-call check: made before the bundle is built and uploaded.
      PlatformResolver.resolve(services.eb().platforms(), platform);
      BundleResult bundle = existing == null ? context.bundle() : null;
      ReleaseRequest.Launch built = releases.launch(bundle == null ? context.pomOptionSettings() : context.bundleOptionSettings());
      CreateOperation.CreateRequest request =
          new CreateOperation.CreateRequest(
              application, environment, cnamePrefix, built.tier(), built.platform(), bundle, existing, built.creationSettings(),
              built.tags(), health, timeout, resultFile());
      DeploymentRecord record = new ReleaseOperation(services).create(request, pair, checks);
      context.answers().deployment(record);
      return record;
    });
  }

  /**
   * {@code eb:deploy}: the project's version (or the one {@code eb.promoteFrom} runs) released by the
   * target's strategy, with EB's verdict and the smoke tests.
   */
  public DeploymentRecord deploy() throws EbException {
    Releases releases = new Releases(context);
    String existing = config.text(ConfigKey.DEPLOY_VERSION);
    ReleaseRequest.Source source = releases.promoteFrom();
    if (existing != null && source != null) {
      throw new EbException(
          ConfigKey.DEPLOY_VERSION.mention() + " and " + ConfigKey.PROMOTE_FROM.mention() + " both choose the version to"
              + " deploy; give one of them.");
    }
    context.openAwsEarly();
    warnAboutBucket();
    ReleaseRequest request =
        releases.request(() -> existing == null && source == null ? context.bundle() : null, existing, source);
    return context.withAws(services -> {
      DeploymentRecord record = new ReleaseOperation(services).deploy(request);
      context.answers().deployment(record);
      return record;
    });
  }

  /** {@code eb:rollback}: the previous version back, by a swap when the idle environment still runs it. */
  public List<EnvironmentState> rollback() throws EbException {
    ReleaseRequest request = new Releases(context).request(() -> null, null, null);
    String explicit = config.text(ConfigKey.DEPLOY_VERSION);
    return context.withAws(services -> new RollbackOperation(services).rollback(request, explicit));
  }

  /**
   * {@code eb:terminate}: the environment gone, after a typed confirmation; optionally the
   * application too, also when its last environment is already gone.
   */
  public void terminate() throws EbException {
    TerminateOperation.TerminateRequest request =
        new TerminateOperation.TerminateRequest(
            config.application(), config.environment(), config.flag(ConfigKey.DELETE_APPLICATION), config.timeout());
    context.withAws(services -> {
      TerminateOperation operation = new TerminateOperation(services);
      Optional<EnvironmentState> target = operation.target(request);
      if (target.isPresent()) {
        context.confirmByName(
            "terminate", request.environment(),
            "Terminating " + request.environment() + " deletes its instances and any database it created"
                + (request.deleteApplication() ? ", then application " + request.application() + " with its versions." : "."));
      } else {
        context.confirmByName(
            "delete application", request.application(),
            "Environment " + request.environment() + " is already gone. Deleting application " + request.application()
                + " deletes its versions and their bundles in S3.");
      }
      operation.terminate(request, target);
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
