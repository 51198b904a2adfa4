package io.github.ebmaven.deploy;

import io.github.ebmaven.aws.AwsCallException;
import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.aws.EbEvent;
import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.aws.Setting;
import io.github.ebmaven.report.EbException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code eb:deploy}: publish the version, wait out a busy environment, update it, and wait for
 * the verdict. The previous version keeps serving until EB switches; a failed deployment leaves
 * EB's own rollback in place and fails the build quoting EB.
 */
public final class DeployOperation {

  private static final int HISTORY_EVENTS = 200;

  private final DeployServices services;
  private final Beanstalk eb;

  public DeployOperation(DeployServices services) {
    this.services = services;
    this.eb = services.eb();
  }

  public DeploymentRecord deploy(DeployRequest request) throws EbException {
    Instant started = services.clock().instant();
    Deadline deadline = new Deadline(services.clock(), request.timeout());
    String app = request.application();
    String env = request.environment();
    EnvironmentState before = Environments.require(eb, app, env);
    VersionPublisher.Published version =
        services.publisher().obtain(app, request.bundle(), request.existingLabel(), deadline);
    String label = version.label();
    Outcome outcome = new Outcome(request, version, started);

    validateSettings(app, env, request.settings());
    if (label.equals(before.versionLabel())
        && before.isReady()
        && !request.applySettings()
        && request.acceptedHealth().stream().anyMatch(h -> h.equalsIgnoreCase(before.health()))) {
      services.reporter().info(
          env + " already runs " + label + " with health " + DeploymentVerdict.health(before) + ": nothing to deploy");
      return outcome.write("SUCCEEDED", before, 0, List.of("already running " + label), List.of());
    }
    settle(app, env, before, deadline);
    Beanstalk.Requested update = update(app, env, label, request, deadline);
    services.reporter().info("Deploying " + label + " to " + env + " (request " + update.requestId() + ")");
    if (!request.waitForResult()) {
      services.reporter().info("Not waiting for the result (eb.wait=false)");
      return outcome.write("REQUESTED", null, 0, List.of(), List.of());
    }

    Duration expected = expectedDuration(app, env);
    DeploymentVerdict verdict = new DeploymentVerdict(DeploymentVerdict.Goal.UPDATE, label, request.acceptedHealth());
    EnvironmentWatcher.Result result;
    try {
      result =
          services.watcher().watch(app, env, null, update.requestId(), update.at(), verdict, deadline, expected,
              "waiting for " + env + " to run " + label);
    } catch (Deadline.DeployTimeoutException e) {
      outcome.write("TIMED_OUT", verdict.lastState(), 0, List.of(e.getMessage()), List.of());
      throw e;
    }
    boolean succeeded = result.outcome() == DeploymentVerdict.Outcome.SUCCEEDED;
    // The history read above is one more call made for this wait.
    outcome.write(succeeded ? "SUCCEEDED" : "FAILED", result.finalState(), result.calls() + 1, result.reasons(),
        lines(result.events()));
    if (!succeeded) {
      throw new DeploymentFailedException(
          "Deploying " + label + " to " + env + " failed. " + String.join("\n", result.reasons())
              + "\nThe environment keeps serving what Elastic Beanstalk left in place"
              + (result.finalState() == null ? "" : " (" + result.finalState().versionLabel() + ")")
              + ". See " + request.resultFile() + ".");
    }
    EnvironmentState last = result.finalState();
    services.reporter().info(
        "Deployed " + label + " to " + env + ": " + last.status() + ", health " + DeploymentVerdict.health(last)
            + (last.url() == null ? "" : ", " + last.url()));
    return outcome.record;
  }

  /** How long this environment's updates take, or null: the history only paces polling, so it may fail. */
  private Duration expectedDuration(String app, String env) {
    try {
      return ExpectedDuration.ofUpdates(eb.recentEvents(app, env, HISTORY_EVENTS));
    } catch (EbException e) {
      services.reporter().debug("No update history to pace polling: " + e.getMessage());
      return null;
    }
  }

  private void validateSettings(String app, String env, List<Setting> settings) throws EbException {
    if (settings.isEmpty()) {
      return;
    }
    List<String> problems = new ArrayList<>();
    for (String message : eb.validate(app, env, settings)) {
      if (message.startsWith("error")) {
        problems.add(message);
      } else {
        services.reporter().warn("Elastic Beanstalk: " + message);
      }
    }
    if (!problems.isEmpty()) {
      throw new EbException(
          "Elastic Beanstalk refuses the POM's option settings:\n  " + String.join("\n  ", problems)
              + "\nFix them in the POM; nothing was deployed.");
    }
  }

  /** Waits until a busy environment is Ready, saying so. */
  private void settle(String app, String env, EnvironmentState state, Deadline deadline) throws EbException {
    if (state.isReady()) {
      return;
    }
    services.reporter().info(env + " is " + state.status() + " (another change is in progress): waiting until it is Ready");
    services.watcher().watch(app, env, null, null, services.clock().instant(),
        new DeploymentVerdict(DeploymentVerdict.Goal.SETTLE, null, Set.of()),
        deadline, null, "waiting for " + env + " to finish its current change");
  }

  private Beanstalk.Requested update(String app, String env, String label, DeployRequest request, Deadline deadline)
      throws EbException {
    List<Setting> settings = request.applySettings() ? request.settings() : List.of();
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

  static List<String> lines(List<EbEvent> events) {
    return events.stream().map(EbEvent::line).toList();
  }

  /** Writes deployment.json for this deploy, whatever its end. */
  private final class Outcome {
    private final DeployRequest request;
    private final VersionPublisher.Published version;
    private final Instant started;
    private DeploymentRecord record;

    Outcome(DeployRequest request, VersionPublisher.Published version, Instant started) {
      this.request = request;
      this.version = version;
      this.started = started;
    }

    DeploymentRecord write(String status, EnvironmentState state, int calls, List<String> reasons, List<String> events)
        throws EbException {
      record =
          DeploymentRecord.of("deploy", request.application(), request.environment(), version,
              request.bundle() == null ? null : request.bundle().manifest().sha256(), status, state, started,
              services.clock().instant(), calls, reasons, events);
      record.write(request.resultFile(), services.masker());
      return record;
    }
  }
}
