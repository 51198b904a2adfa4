package io.github.ebmaven.change;

import io.github.ebmaven.aws.AwsCallException;
import io.github.ebmaven.aws.EbEvent;
import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.aws.Requested;
import io.github.ebmaven.report.EbException;
import java.time.Duration;
import java.util.List;

/**
 * The one way the plugin changes an environment: start the change (after waiting out another one
 * in progress), then follow its events and states until Elastic Beanstalk's verdict. Create,
 * deploy, setenv, swap, restart, rebuild, abort and terminate all go through it, so the rules of
 * what counts as success live in one place ({@link ChangeVerdict}).
 */
public final class ChangeEngine {

  /** How many of the environment's events to read to learn how long its updates take. */
  private static final int HISTORY_EVENTS = 200;

  /** Starts a change: one Elastic Beanstalk call that returns what EB accepted. */
  @FunctionalInterface
  public interface Start {
    Requested start() throws EbException;
  }

  private final Services services;
  private final EnvironmentWatcher watcher;

  ChangeEngine(Services services) {
    this.services = services;
    this.watcher =
        new EnvironmentWatcher(services.eb(), services.reporter(), services.clock(), services.sleeper(), services.healthGrace());
  }

  /**
   * Waits until a busy environment is Ready, saying so; returns it as it is then.
   *
   * @param state the environment as just read
   */
  public EnvironmentState settle(String application, EnvironmentState state, Deadline deadline) throws EbException {
    if (state.isReady()) {
      return state;
    }
    services.reporter().info(
        state.name() + " is " + state.status() + " (another change is in progress): waiting until it is Ready");
    ChangeRequest request = ChangeRequest.settle(application, state.name(), deadline)
        .waitingFor("waiting for " + state.name() + " to finish its current change")
        .followingAllEvents();
    ChangeResult result = watcher.watch(request, new Requested(null, state.id(), services.clock().instant()), null);
    return result.finalState() != null ? result.finalState() : state;
  }

  /**
   * Starts the change and waits for its verdict. When EB refuses because another change started
   * in between ("... Must be Ready"), waits that one out and starts once more.
   */
  public ChangeResult apply(ChangeRequest request, Start start) throws EbException {
    Requested requested;
    try {
      requested = start.start();
    } catch (AwsCallException e) {
      if (!e.isNotReady()) {
        throw e;
      }
      settle(request.application(), services.eb().environments().require(request.application(), request.environment()),
          request.deadline());
      requested = start.start();
    }
    return watch(request, requested);
  }

  /** Waits for the verdict on a change EB already accepted. */
  public ChangeResult watch(ChangeRequest request, Requested requested) throws EbException {
    // A launch or a termination may end Terminated: read the environment by id then.
    boolean mayEndTerminated = request.kind() == ChangeKind.LAUNCH || request.kind() == ChangeKind.TERMINATE;
    ChangeRequest aimed = request.environmentId() == null && mayEndTerminated && requested.environmentId() != null
        ? request.withEnvironmentId(requested.environmentId())
        : request;
    if (aimed.kind() != ChangeKind.UPDATE) {
      return watcher.watch(aimed, requested, null);
    }
    // Updates are paced by how long the environment's previous updates took: one more call.
    ChangeResult result = watcher.watch(aimed, requested, expectedDuration(aimed));
    return new ChangeResult(result.requested(), result.outcome(), result.reasons(), result.finalState(), result.events(),
        result.calls() + 1, result.waited());
  }

  /** How long this environment's updates take, or null: the history only paces polling, so it may fail. */
  private Duration expectedDuration(ChangeRequest request) {
    try {
      List<EbEvent> history =
          services.eb().events().newest(request.application(), request.environment(), null, HISTORY_EVENTS);
      return ExpectedDuration.ofUpdates(history);
    } catch (EbException e) {
      services.reporter().debug("No update history to pace polling: " + e.getMessage());
      return null;
    }
  }
}
