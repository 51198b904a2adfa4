package io.github.ebmaven.lifecycle;

import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.aws.Environments;
import io.github.ebmaven.bundle.BundleResult;
import io.github.ebmaven.change.ChangeRequest;
import io.github.ebmaven.change.ChangeResult;
import io.github.ebmaven.change.Deadline;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.change.TimedOutException;
import io.github.ebmaven.config.ConfigKey;
import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.platform.PlatformResolver;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Formats;
import io.github.ebmaven.report.Mention;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code eb:create}: a new environment running the project, waited on until it is Ready and healthy. */
public final class CreateOperation {

  /**
   * @param bundle the bundle to run, or null when {@code existingLabel} names a version
   * @param tier {@code WebServer} or {@code Worker}
   * @param creation options EB only takes at creation (environment type, load balancer type, VPC,
   *     roles, launch template, enhanced health); the rest ships in the bundle's {@code .ebextensions}
   */
  public record CreateRequest(
      String application,
      String environment,
      String cnamePrefix,
      String tier,
      String platform,
      BundleResult bundle,
      String existingLabel,
      CreationSettings creation,
      Map<String, String> tags,
      Set<String> acceptedHealth,
      Duration timeout,
      Path resultFile) {}

  private final Services services;
  private final Beanstalk eb;

  public CreateOperation(Services services) {
    this.services = services;
    this.eb = services.eb();
  }

  public DeploymentRecord create(CreateRequest request) throws EbException {
    Deadline deadline = services.deadline(request.timeout());
    String app = request.application();
    String env = request.environment();
    if (eb.environments().find(app, env).isPresent()) {
      throw new EbException(
          "Environment " + env + " already exists in " + app + ". Deploy to it with " + Mention.goal("deploy")
              + ", or choose another " + ConfigKey.ENVIRONMENT_NAME.mention() + ".");
    }
    if (!eb.applications().exists(app)) {
      throw new EbException("Application " + app + " does not exist. Run " + Mention.goal("init") + " first.");
    }
    if (request.cnamePrefix() != null && !eb.environments().cnameAvailable(request.cnamePrefix())) {
      throw new EbException(
          "The CNAME prefix '" + request.cnamePrefix() + "' is taken. Choose another " + ConfigKey.CNAME_PREFIX.mention() + ".");
    }
    Optional<String> owner = eb.environments().applicationOf(env);
    if (owner.isPresent()) {
      throw new EbException(
          "The environment name " + env + " is taken in " + eb.location() + " by application " + owner.get()
              + ": names are unique per region across applications. Choose another "
              + ConfigKey.ENVIRONMENT_NAME.mention() + ". Nothing was created.");
    }
    PlatformResolver.Resolved platform = PlatformResolver.resolve(eb.platforms(), request.platform());
    services.reporter().info("Platform: " + platform.display());
    CreationSettings creation = request.creation();
    new Roles(services.identity(), services.reporter()).ensure(creation.instanceProfile(), creation.serviceRole());
    if (!creation.launchTemplate()) {
      services.reporter().warn(
          "The settings of " + env + " make Elastic Beanstalk use an Auto Scaling launch configuration, which AWS"
              + " accounts opened since 1 October 2024 cannot create: the launch then fails. Keep RootVolumeType=gp3 or"
              + " DisableIMDSv1=true (the plugin's defaults) unless this account is older.");
    }
    DeploymentRecorder recorder = DeploymentRecorder.start(services, "create", app, env, request.bundle(), request.resultFile());
    VersionPublisher.Published version =
        new VersionPublisher(services).obtain(app, request.bundle(), request.existingLabel(), deadline);
    recorder.version(version);
    String label = version.label();
    ChangeResult result;
    try {
      result = services.changes().apply(
          ChangeRequest.launch(app, env, label, request.acceptedHealth(), deadline),
          () -> {
            var requested = eb.environments().create(
                new Environments.NewEnvironment(
                    app, env, request.cnamePrefix(), request.tier(), platform.arn(), platform.solutionStack(),
                    label, creation.settings(), request.tags()));
            services.reporter().info("Creating " + env + " with " + label + " (request " + requested.requestId() + ")");
            return requested;
          });
    } catch (TimedOutException e) {
      recorder.write("TIMED_OUT", e.lastState(), List.of(e.getMessage()), List.of());
      throw e;
    }
    DeploymentRecord record = recorder.write(result.succeeded() ? "SUCCEEDED" : "FAILED", result);
    result.orFail("Creating " + env + " failed.", "See " + request.resultFile() + ".");
    EnvironmentState state = result.finalState();
    services.reporter().info("Environment " + env + " is Ready, health " + Formats.health(state) + ": " + state.url());
    return record;
  }
}
