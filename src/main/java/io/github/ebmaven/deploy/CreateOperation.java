package io.github.ebmaven.deploy;

import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.aws.Setting;
import io.github.ebmaven.bundle.BundleResult;
import io.github.ebmaven.report.EbException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code eb:create}: a new environment running the project, waited on until it is Ready and healthy. */
public final class CreateOperation {

  /**
   * @param bundle the bundle to run, or null when {@code existingLabel} names a version
   * @param creationSettings options EB only takes at creation (environment type, load balancer
   *     type, VPC); the rest of the configuration ships in the bundle's {@code .ebextensions}
   */
  public record CreateRequest(
      String application,
      String environment,
      String cnamePrefix,
      String tier,
      String platform,
      BundleResult bundle,
      String existingLabel,
      List<Setting> creationSettings,
      Map<String, String> tags,
      Set<String> acceptedHealth,
      Duration timeout,
      Path resultFile) {}

  private final DeployServices services;
  private final Beanstalk eb;

  public CreateOperation(DeployServices services) {
    this.services = services;
    this.eb = services.eb();
  }

  public DeploymentRecord create(CreateRequest request) throws EbException {
    Instant started = services.clock().instant();
    Deadline deadline = new Deadline(services.clock(), request.timeout());
    String app = request.application();
    String env = request.environment();
    if (eb.environment(app, env).isPresent()) {
      throw new EbException(
          "Environment " + env + " already exists in " + app
              + ". Deploy to it with mvn eb:deploy, or choose another -Deb.environmentName.");
    }
    if (!eb.applicationExists(app)) {
      throw new EbException("Application " + app + " does not exist. Run mvn eb:init first.");
    }
    if (request.cnamePrefix() != null && !eb.cnameAvailable(request.cnamePrefix())) {
      throw new EbException(
          "The CNAME prefix '" + request.cnamePrefix() + "' is taken. Choose another <cnamePrefix> / -Deb.cnamePrefix.");
    }
    PlatformResolver.Resolved platform = PlatformResolver.resolve(eb, request.platform());
    services.reporter().info("Platform: " + platform.display());
    VersionPublisher.Published version =
        services.publisher().obtain(app, request.bundle(), request.existingLabel(), deadline);
    String label = version.label();
    String sha256 = request.bundle() == null ? null : request.bundle().manifest().sha256();

    Beanstalk.Requested requested =
        eb.createEnvironment(
            new Beanstalk.NewEnvironment(
                app, env, request.cnamePrefix(), request.tier(), platform.arn(), platform.solutionStack(),
                label, request.creationSettings(), request.tags()));
    services.reporter().info("Creating " + env + " with " + label + " (request " + requested.requestId() + ")");
    DeploymentVerdict verdict = new DeploymentVerdict(DeploymentVerdict.Goal.LAUNCH, label, request.acceptedHealth());
    EnvironmentWatcher.Result result;
    try {
      result =
          services.watcher().watch(app, env, requested.environmentId(), requested.requestId(), requested.at(), verdict,
              deadline, null, "waiting for " + env + " to launch");
    } catch (Deadline.DeployTimeoutException e) {
      record(request, version, sha256, "TIMED_OUT", verdict.lastState(), started, 0, List.of(e.getMessage()), List.of());
      throw e;
    }
    boolean succeeded = result.outcome() == DeploymentVerdict.Outcome.SUCCEEDED;
    EnvironmentState state = result.finalState();
    DeploymentRecord record =
        record(request, version, sha256, succeeded ? "SUCCEEDED" : "FAILED", state, started, result.calls(),
            result.reasons(), DeployOperation.lines(result.events()));
    if (!succeeded) {
      throw new DeploymentFailedException(
          "Creating " + env + " failed. " + String.join("\n", result.reasons()) + "\nSee " + request.resultFile() + ".");
    }
    services.reporter().info("Environment " + env + " is Ready, health " + DeploymentVerdict.health(state) + ": " + state.url());
    return record;
  }

  private DeploymentRecord record(
      CreateRequest request, VersionPublisher.Published version, String sha256, String status, EnvironmentState state,
      Instant started, int calls, List<String> reasons, List<String> events) throws EbException {
    DeploymentRecord record =
        DeploymentRecord.of("create", request.application(), request.environment(), version, sha256, status, state,
            started, services.clock().instant(), calls, reasons, events);
    record.write(request.resultFile(), services.masker());
    return record;
  }
}
