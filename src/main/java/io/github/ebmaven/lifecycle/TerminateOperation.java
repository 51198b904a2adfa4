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

  /** Checks the environment exists before the user is asked to confirm. */
  public EnvironmentState target(String application, String environment) throws EbException {
    return eb.environments().require(application, environment);
  }

  public void terminate(TerminateRequest request) throws EbException {
    String app = request.application();
    String env = request.environment();
    EnvironmentState state = eb.environments().require(app, env);
    if (request.deleteApplication()) {
      List<String> others = eb.environments().names(app).stream().filter(n -> !n.equals(env)).toList();
      if (!others.isEmpty()) {
        throw new EbException(
            ConfigKey.DELETE_APPLICATION.example("true") + " would delete application " + app + ", which still has the environments "
                + String.join(", ", others) + ". Terminate them first, or drop " + ConfigKey.DELETE_APPLICATION.mention()
                + ". Nothing was changed.");
      }
    }
    services.changes()
        .apply(
            ChangeRequest.terminate(app, env, state.id(), services.deadline(request.timeout())),
            () -> {
              var requested = eb.environments().terminate(env);
              services.reporter().info("Terminating " + env + " (request " + requested.requestId() + ")");
              return requested;
            })
        .orFail("Terminating " + env + " failed:", "");
    services.reporter().info("Environment " + env + " is terminated");
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
