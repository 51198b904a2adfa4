package io.github.ebmaven.deploy;

import io.github.ebmaven.aws.AwsCallException;
import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.aws.BundleStore;
import io.github.ebmaven.aws.EbEvent;
import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import io.github.ebmaven.report.SecretMasker;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code eb:deploy}: publish the version, wait out a busy environment, update it, and wait for
 * the verdict. The previous version keeps serving until EB switches; a failed deployment leaves
 * EB's own rollback in place and fails the build quoting EB.
 */
public final class DeployOperation {

  private static final int HISTORY_EVENTS = 200;

  private final Beanstalk eb;
  private final BundleStore store;
  private final Reporter reporter;
  private final SecretMasker masker;
  private final Clock clock;
  private final EnvironmentWatcher.Sleeper sleeper;

  public DeployOperation(
      Beanstalk eb,
      BundleStore store,
      Reporter reporter,
      SecretMasker masker,
      Clock clock,
      EnvironmentWatcher.Sleeper sleeper) {
    this.eb = eb;
    this.store = store;
    this.reporter = reporter;
    this.masker = masker;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  public DeploymentRecord deploy(DeployRequest request) throws EbException {
    Instant started = clock.instant();
    Deadline deadline = new Deadline(clock, request.timeout());
    String app = request.application();
    String env = request.environment();
    EnvironmentState before = Environments.require(eb, app, env);

    VersionPublisher publisher = new VersionPublisher(eb, store, reporter, clock, sleeper);
    String label;
    String sha256 = null;
    long uploaded = 0;
    boolean created = false;
    if (request.existingLabel() != null) {
      label = publisher.existing(app, request.existingLabel(), deadline).label();
      reporter.info("Deploying the existing version " + label + " (eb.deployVersion): nothing built or uploaded");
    } else {
      VersionPublisher.Published published = publisher.publish(app, request.bundle(), deadline);
      label = published.label();
      sha256 = request.bundle().manifest().sha256();
      uploaded = published.bytesUploaded();
      created = published.versionCreated();
    }

    if (!request.settings().isEmpty()) {
      List<String> problems = new ArrayList<>();
      for (String message : eb.validate(app, env, request.settings())) {
        if (message.startsWith("error")) {
          problems.add(message);
        } else {
          reporter.warn("Elastic Beanstalk: " + message);
        }
      }
      if (!problems.isEmpty()) {
        throw new EbException(
            "Elastic Beanstalk refuses the POM's option settings:\n  "
                + String.join("\n  ", problems)
                + "\nFix them in the POM; nothing was deployed.");
      }
    }

    if (label.equals(before.versionLabel())
        && before.isReady()
        && !request.applySettings()
        && request.acceptedHealth().stream().anyMatch(h -> h.equalsIgnoreCase(before.health()))) {
      reporter.info(env + " already runs " + label + " with health " + DeploymentVerdict.health(before) + ": nothing to deploy");
      DeploymentRecord record =
          record(request, label, sha256, uploaded, created, "SUCCEEDED", before, started, 0,
              List.of("already running " + label), List.of());
      write(request, record);
      return record;
    }
    settle(app, env, before, deadline);
    Beanstalk.Requested update = update(app, env, label, request, deadline);
    reporter.info("Deploying " + label + " to " + env + " (request " + update.requestId() + ")");
    if (!request.waitForResult()) {
      DeploymentRecord record =
          record(request, label, sha256, uploaded, created, "REQUESTED", null, started, 0, List.of(), List.of());
      write(request, record);
      reporter.info("Not waiting for the result (eb.wait=false)");
      return record;
    }

    Duration expected = ExpectedDuration.ofUpdates(eb.recentEvents(app, env, HISTORY_EVENTS));
    DeploymentVerdict verdict =
        new DeploymentVerdict(DeploymentVerdict.Goal.UPDATE, label, request.acceptedHealth());
    EnvironmentWatcher.Result result;
    try {
      result =
          new EnvironmentWatcher(eb, reporter, clock, sleeper)
              .watch(app, env, null, update.requestId(), update.at(), verdict, deadline, expected,
                  "waiting for " + env + " to run " + label);
    } catch (Deadline.DeployTimeoutException e) {
      write(request, record(request, label, sha256, uploaded, created, "TIMED_OUT", verdict.lastState(), started, 0,
          List.of(e.getMessage()), List.of()));
      throw e;
    }
    boolean succeeded = result.outcome() == DeploymentVerdict.Outcome.SUCCEEDED;
    DeploymentRecord record =
        record(request, label, sha256, uploaded, created, succeeded ? "SUCCEEDED" : "FAILED",
            result.finalState(), started, result.calls() + 1, result.reasons(), lines(result.events()));
    write(request, record);
    if (!succeeded) {
      throw new DeploymentFailedException(
          "Deploying " + label + " to " + env + " failed. " + String.join("\n", result.reasons())
              + "\nThe environment keeps serving what Elastic Beanstalk left in place"
              + (result.finalState() == null ? "" : " (" + result.finalState().versionLabel() + ")")
              + ". See " + request.resultFile() + ".");
    }
    reporter.info(
        "Deployed " + label + " to " + env + ": " + result.finalState().status() + ", health "
            + DeploymentVerdict.health(result.finalState())
            + (result.finalState().url() == null ? "" : ", " + result.finalState().url()));
    return record;
  }

  /** Waits until a busy environment is Ready, saying so. */
  private void settle(String app, String env, EnvironmentState state, Deadline deadline) throws EbException {
    if (state.isReady()) {
      return;
    }
    reporter.info(env + " is " + state.status() + " (another change is in progress): waiting until it is Ready");
    new EnvironmentWatcher(eb, reporter, clock, sleeper)
        .watch(app, env, null, null, clock.instant(),
            new DeploymentVerdict(DeploymentVerdict.Goal.SETTLE, null, java.util.Set.of()),
            deadline, null, "waiting for " + env + " to finish its current change");
  }

  private Beanstalk.Requested update(String app, String env, String label, DeployRequest request, Deadline deadline)
      throws EbException {
    List<io.github.ebmaven.aws.Setting> settings = request.applySettings() ? request.settings() : List.of();
    try {
      return eb.updateEnvironment(app, env, label, settings);
    } catch (AwsCallException e) {
      if (!e.isNotReady()) {
        throw e;
      }
      // Someone else started a change between our check and our update: wait it out once more.
      settle(app, env, Environments.require(eb, app, env), deadline);
      return eb.updateEnvironment(app, env, label, settings);
    }
  }

  private DeploymentRecord record(
      DeployRequest request, String label, String sha256, long uploaded, boolean created, String status,
      EnvironmentState state, Instant started, int calls, List<String> reasons, List<String> events) {
    return new DeploymentRecord(
        "deploy",
        request.application(),
        request.environment(),
        label,
        sha256,
        uploaded,
        created ? "CREATED" : "REUSED",
        status,
        state == null ? null : state.status(),
        state == null ? null : DeploymentVerdict.health(state),
        state == null ? null : state.url(),
        started.toString(),
        clock.instant().toString(),
        calls,
        reasons,
        events);
  }

  static List<String> lines(List<EbEvent> events) {
    return events.stream().map(EbEvent::line).toList();
  }

  private void write(DeployRequest request, DeploymentRecord record) throws EbException {
    try {
      record.write(request.resultFile(), masker);
    } catch (IOException e) {
      throw new EbException("Cannot write " + request.resultFile() + ": " + e.getMessage(), e);
    }
  }
}
