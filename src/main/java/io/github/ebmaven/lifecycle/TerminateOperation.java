package io.github.ebmaven.lifecycle;

import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.aws.VersionInfo;
import io.github.ebmaven.change.ChangeRequest;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.config.ConfigKey;
import io.github.ebmaven.report.EbException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code eb:terminate}: terminates the environment and waits until it is gone; optionally then
 * deletes the application's versions, their S3 bundles, and the application.
 */
public final class TerminateOperation {

  public record TerminateRequest(String application, String environment, boolean deleteApplication, Duration timeout) {}

  private final Services services;
  private final Beanstalk eb;

  public TerminateOperation(Services services) {
    this.services = services;
    this.eb = services.eb();
  }

  /**
   * What {@code request} will do, checked before the user is asked to confirm: the environment's
   * state when it is live; empty when only the application is left to delete (the environment is
   * already gone and {@code eb.deleteApplication} is set on an application without environments).
   */
  public Optional<EnvironmentState> target(TerminateRequest request) throws EbException {
    String app = request.application();
    Optional<EnvironmentState> state = eb.environments().find(app, request.environment());
    if (!request.deleteApplication()) {
      return Optional.of(state.isPresent() ? state.get() : eb.environments().require(app, request.environment()));
    }
    List<String> others = eb.environments().names(app).stream().filter(n -> !n.equals(request.environment())).toList();
    if (!others.isEmpty()) {
      throw new EbException(
          ConfigKey.DELETE_APPLICATION.example("true") + " would delete application " + app + ", which still has the environments "
              + String.join(", ", others) + ". Terminate them first, or drop " + ConfigKey.DELETE_APPLICATION.mention()
              + ". Nothing was changed.");
    }
    if (state.isEmpty() && !eb.applications().exists(app)) {
      throw new EbException("Application " + app + " does not exist in " + eb.location() + ": there is nothing to terminate or delete."
          + " Check " + ConfigKey.APPLICATION_NAME.mention() + " and " + ConfigKey.REGION.mention() + ".");
    }
    return state;
  }

  /** Terminates the environment {@link #target} found, if any, then deletes the application when asked. */
  public void terminate(TerminateRequest request, Optional<EnvironmentState> target) throws EbException {
    String app = request.application();
    String env = request.environment();
    if (target.isPresent()) {
      services.changes()
          .apply(
              ChangeRequest.terminate(app, env, target.get().id(), services.deadline(request.timeout())),
              () -> {
                var requested = eb.environments().terminate(env);
                services.reporter().info("Terminating " + env + " (request " + requested.requestId() + ")");
                return requested;
              })
          .orFail("Terminating " + env + " failed:", "");
      services.reporter().info("Environment " + env + " is terminated");
    }
    if (request.deleteApplication()) {
      List<VersionInfo> versions = eb.applications().versions(app);
      for (VersionInfo version : versions) {
        eb.applications().deleteVersion(app, version.label(), true);
      }
      eb.applications().delete(app);
      services.reporter().info("Deleted application " + app + " with its " + versions.size() + " versions and their S3 bundles");
    }
  }
}
