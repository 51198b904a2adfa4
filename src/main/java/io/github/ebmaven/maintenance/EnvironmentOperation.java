package io.github.ebmaven.maintenance;

import io.github.ebmaven.deploy.EnvironmentServices;
import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.deploy.Deadline;
import io.github.ebmaven.deploy.DeploymentVerdict;
import io.github.ebmaven.deploy.EnvironmentWatcher;
import io.github.ebmaven.deploy.Environments;
import io.github.ebmaven.report.EbException;
import java.time.Duration;
import java.util.Set;

/**
 * {@code eb:abort}, {@code eb:restart} and {@code eb:rebuild}: one Elastic Beanstalk action on the
 * environment, then its events until it is Ready again.
 */
public final class EnvironmentOperation {

  /** The action and how it is worded. */
  public enum Action {
    /** AbortEnvironmentUpdate: cancels the update in progress. */
    ABORT("abort the update of", "Aborting the update of"),
    /** RestartAppServer: restarts the application server on every instance. */
    RESTART("restart the application server of", "Restarting the application server of"),
    /** RebuildEnvironment: deletes and recreates every AWS resource of the environment. */
    REBUILD("rebuild", "Rebuilding");

    private final String infinitive;
    private final String progressive;

    Action(String infinitive, String progressive) {
      this.infinitive = infinitive;
      this.progressive = progressive;
    }
  }

  public record ActionRequest(String application, String environment, Action action, Duration timeout) {}

  private final EnvironmentServices services;

  public EnvironmentOperation(EnvironmentServices services) {
    this.services = services;
  }

  /** The environment, checked to exist (before a confirmation prompt). */
  public EnvironmentState target(String application, String environment) throws EbException {
    return Environments.require(services.eb(), application, environment);
  }

  /**
   * Runs the action and waits until the environment is Ready.
   *
   * @return the environment when Ready again (or as it was, when there was no update to abort)
   */
  public EnvironmentState run(ActionRequest request) throws EbException {
    Deadline deadline = new Deadline(services.clock(), request.timeout());
    String app = request.application();
    EnvironmentState before = Environments.require(services.eb(), app, request.environment());
    Action action = request.action();
    if (action == Action.ABORT) {
      if (before.isReady()) {
        services.reporter().info(
            before.name() + " is Ready: no update in progress, nothing to abort (health " + health(before) + ", runs "
                + label(before) + ").");
        return before;
      }
    } else if (!before.isReady()) {
      throw new EbException(
          "Cannot " + action.infinitive + " " + before.name() + ": it is " + before.status() + ", not Ready. Wait"
              + " until its current operation ends" + ("Updating".equals(before.status()) ? ", or cancel it with mvn eb:abort" : "")
              + ", then run the goal again. Nothing was changed.");
    }
    Beanstalk.Requested requested =
        switch (action) {
          case ABORT -> services.eb().abortEnvironmentUpdate(before.name());
          case RESTART -> services.eb().restartAppServer(before.name());
          case REBUILD -> services.eb().rebuildEnvironment(before.name());
        };
    services.reporter().info(action.progressive + " " + before.name() + " (request " + requested.requestId() + ")");
    EnvironmentWatcher.Result result =
        services.watcher().watch(
            app, before.name(), null, action == Action.ABORT ? null : requested.requestId(), requested.at(),
            new DeploymentVerdict(DeploymentVerdict.Goal.SETTLE, null, Set.of()), deadline, null,
            "waiting for " + before.name() + " to be Ready");
    EnvironmentState after = result.finalState() != null ? result.finalState() : before;
    String summary =
        "Environment " + after.name() + " is " + after.status() + ", health " + health(after) + ", runs " + label(after)
            + (after.url() == null ? "" : ": " + after.url());
    if ("Red".equalsIgnoreCase(after.health())) {
      services.reporter().warn(summary);
    } else {
      services.reporter().info(summary);
    }
    return after;
  }

  private static String health(EnvironmentState state) {
    return state.health() + (state.healthStatus() == null ? "" : " (" + state.healthStatus() + ")");
  }

  private static String label(EnvironmentState state) {
    return state.versionLabel() == null ? "no version" : state.versionLabel();
  }
}
