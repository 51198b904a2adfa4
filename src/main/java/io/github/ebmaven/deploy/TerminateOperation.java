package io.github.ebmaven.deploy;

import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.aws.VersionInfo;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * {@code eb:terminate}: terminates the environment and waits until it is gone; optionally then
 * deletes the application's versions, their S3 bundles, and the application.
 */
public final class TerminateOperation {

  public record TerminateRequest(String application, String environment, boolean deleteApplication, Duration timeout) {}

  private final Beanstalk eb;
  private final Reporter reporter;
  private final Clock clock;
  private final EnvironmentWatcher.Sleeper sleeper;

  public TerminateOperation(Beanstalk eb, Reporter reporter, Clock clock, EnvironmentWatcher.Sleeper sleeper) {
    this.eb = eb;
    this.reporter = reporter;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Checks the environment exists before the user is asked to confirm. */
  public EnvironmentState target(String application, String environment) throws EbException {
    return Environments.require(eb, application, environment);
  }

  public void terminate(TerminateRequest request) throws EbException {
    Deadline deadline = new Deadline(clock, request.timeout());
    String app = request.application();
    EnvironmentState state = Environments.require(eb, app, request.environment());
    if (request.deleteApplication()) {
      List<String> others = eb.environmentNames(app).stream().filter(n -> !n.equals(request.environment())).toList();
      if (!others.isEmpty()) {
        throw new EbException(
            "-Deb.deleteApplication=true would delete application " + app + ", which still has the environments "
                + String.join(", ", others) + ". Terminate them first, or drop eb.deleteApplication. Nothing was changed.");
      }
    }
    Beanstalk.Requested requested = eb.terminateEnvironment(request.environment());
    reporter.info("Terminating " + request.environment() + " (request " + requested.requestId() + ")");
    EnvironmentWatcher.Result result =
        new EnvironmentWatcher(eb, reporter, clock, sleeper)
            .watch(app, request.environment(), state.id(), requested.requestId(), requested.at(),
                new DeploymentVerdict(DeploymentVerdict.Goal.TERMINATE, null, Set.of()), deadline, null,
                "waiting for " + request.environment() + " to terminate");
    if (result.outcome() != DeploymentVerdict.Outcome.SUCCEEDED) {
      throw new DeploymentFailedException(String.join("\n", result.reasons()));
    }
    reporter.info("Environment " + request.environment() + " is terminated");
    if (request.deleteApplication()) {
      List<VersionInfo> versions = eb.versions(app);
      for (VersionInfo version : versions) {
        eb.deleteVersion(app, version.label(), true);
      }
      eb.deleteApplication(app);
      reporter.info("Deleted application " + app + " with its " + versions.size() + " versions and their S3 bundles");
    }
  }
}
