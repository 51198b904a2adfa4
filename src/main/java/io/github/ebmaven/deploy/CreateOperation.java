package io.github.ebmaven.deploy;

import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.aws.BundleStore;
import io.github.ebmaven.aws.Setting;
import io.github.ebmaven.bundle.BundleResult;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import io.github.ebmaven.report.SecretMasker;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code eb:create}: a new environment running the project, waited on until it is Ready and healthy. */
public final class CreateOperation {

  /**
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

  private final Beanstalk eb;
  private final BundleStore store;
  private final Reporter reporter;
  private final SecretMasker masker;
  private final Clock clock;
  private final EnvironmentWatcher.Sleeper sleeper;

  public CreateOperation(
      Beanstalk eb, BundleStore store, Reporter reporter, SecretMasker masker, Clock clock,
      EnvironmentWatcher.Sleeper sleeper) {
    this.eb = eb;
    this.store = store;
    this.reporter = reporter;
    this.masker = masker;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  public DeploymentRecord create(CreateRequest request) throws EbException {
    Instant started = clock.instant();
    Deadline deadline = new Deadline(clock, request.timeout());
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
    reporter.info("Platform: " + platform.display());

    VersionPublisher publisher = new VersionPublisher(eb, store, reporter, clock, sleeper);
    String label;
    long uploaded = 0;
    boolean created = false;
    if (request.existingLabel() != null) {
      label = publisher.existing(app, request.existingLabel(), deadline).label();
    } else {
      VersionPublisher.Published published = publisher.publish(app, request.bundle(), deadline);
      label = published.label();
      uploaded = published.bytesUploaded();
      created = published.versionCreated();
    }

    Beanstalk.Requested requested =
        eb.createEnvironment(
            new Beanstalk.NewEnvironment(
                app, env, request.cnamePrefix(), request.tier(), platform.arn(), platform.solutionStack(),
                label, request.creationSettings(), request.tags()));
    reporter.info("Creating " + env + " with " + label + " (request " + requested.requestId() + ")");
    DeploymentVerdict verdict = new DeploymentVerdict(DeploymentVerdict.Goal.LAUNCH, label, request.acceptedHealth());
    EnvironmentWatcher.Result result;
    String sha256 = request.bundle() == null ? null : request.bundle().manifest().sha256();
    try {
      result =
          new EnvironmentWatcher(eb, reporter, clock, sleeper)
              .watch(app, env, requested.environmentId(), requested.requestId(), requested.at(), verdict, deadline,
                  null, "waiting for " + env + " to launch");
    } catch (Deadline.DeployTimeoutException e) {
      write(request, new DeploymentRecord("create", app, env, label, sha256, uploaded, created ? "CREATED" : "REUSED",
          "TIMED_OUT", null, null, null, started.toString(), clock.instant().toString(), 0, List.of(e.getMessage()), List.of()));
      throw e;
    }
    boolean succeeded = result.outcome() == DeploymentVerdict.Outcome.SUCCEEDED;
    var state = result.finalState();
    DeploymentRecord record =
        new DeploymentRecord("create", app, env, label, sha256, uploaded, created ? "CREATED" : "REUSED",
            succeeded ? "SUCCEEDED" : "FAILED",
            state == null ? null : state.status(),
            state == null ? null : DeploymentVerdict.health(state),
            state == null ? null : state.url(),
            started.toString(), clock.instant().toString(), result.calls(), result.reasons(),
            DeployOperation.lines(result.events()));
    write(request, record);
    if (!succeeded) {
      throw new DeploymentFailedException(
          "Creating " + env + " failed. " + String.join("\n", result.reasons()) + "\nSee " + request.resultFile() + ".");
    }
    reporter.info("Environment " + env + " is Ready, health " + DeploymentVerdict.health(state) + ": " + state.url());
    return record;
  }

  private void write(CreateRequest request, DeploymentRecord record) throws EbException {
    try {
      record.write(request.resultFile(), masker);
    } catch (IOException e) {
      throw new EbException("Cannot write " + request.resultFile() + ": " + e.getMessage(), e);
    }
  }
}
