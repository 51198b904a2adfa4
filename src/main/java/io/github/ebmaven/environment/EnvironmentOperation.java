package io.github.ebmaven.environment;

import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.aws.Environments;
import io.github.ebmaven.aws.Requested;
import io.github.ebmaven.change.ChangeRequest;
import io.github.ebmaven.change.ChangeResult;
import io.github.ebmaven.change.Deadline;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Formats;
import io.github.ebmaven.report.Mention;
import java.time.Duration;

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

  /** @param acceptedHealth health colours that count as healthy after a restart or rebuild */
  public record ActionRequest(
      String application, String environment, Action action, java.util.Set<String> acceptedHealth, Duration timeout) {}

  private final Services services;

  public EnvironmentOperation(Services services) {
    this.services = services;
  }

  /** The environment, checked to exist (before a confirmation prompt). */
  public EnvironmentState target(String application, String environment) throws EbException {
    return services.eb().environments().require(application, environment);
  }

  /**
   * Runs the action and waits until the environment is Ready.
   *
   * @return the environment when Ready again (or as it was, when there was no update to abort)
   */
  public EnvironmentState run(ActionRequest request) throws EbException {
    Deadline deadline = services.deadline(request.timeout());
    String app = request.application();
    EnvironmentState before = services.eb().environments().require(app, request.environment());
    Action action = request.action();
    if (action == Action.ABORT) {
      if (before.isReady()) {
        services.reporter().info(
            before.name() + " is Ready: no update in progress, nothing to abort (health " + Formats.health(before) + ", runs "
                + Formats.label(before) + ").");
        return before;
      }
    } else if (!before.isReady()) {
      throw new EbException(
          "Cannot " + action.infinitive + " " + before.name() + ": it is " + before.status() + ", not Ready. Wait"
              + " until its current operation ends" + ("Updating".equals(before.status()) ? ", or cancel it with " + Mention.goal("abort") : "")
              + ", then run the goal again. Nothing was changed.");
    }
    // An abort only has to bring the environment back; a restart or rebuild must leave it healthy
    // and running what it ran, as an update would.
    ChangeRequest change =
        action == Action.ABORT
            ? ChangeRequest.settle(app, before.name(), deadline).followingAllEvents()
            : ChangeRequest.update(app, before.name(), before.versionLabel(), request.acceptedHealth(), deadline)
                .waitingFor("waiting for " + before.name() + " to be Ready and healthy");
    ChangeResult result =
        services.changes()
            .watch(change, start(action, before.name()))
            .orFail(action.progressive + " " + before.name() + " failed.", "");
    EnvironmentState after = result.finalState() != null ? result.finalState() : before;
    String summary =
        "Environment " + after.name() + " is " + after.status() + ", health " + Formats.health(after) + ", runs "
            + Formats.label(after) + (after.url() == null ? "" : ": " + after.url());
    if ("Red".equalsIgnoreCase(after.health())) {
      services.reporter().warn(summary);
    } else {
      services.reporter().info(summary);
    }
    return after;
  }

  private Requested start(Action action, String environment) throws EbException {
    Environments environments = services.eb().environments();
    Requested requested =
        switch (action) {
          case ABORT -> environments.abortUpdate(environment);
          case RESTART -> environments.restartAppServer(environment);
          case REBUILD -> environments.rebuild(environment);
        };
    services.reporter().info(action.progressive + " " + environment + " (request " + requested.requestId() + ")");
    return requested;
  }
}
