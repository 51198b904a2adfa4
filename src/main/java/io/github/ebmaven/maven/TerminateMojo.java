package io.github.ebmaven.maven;

import io.github.ebmaven.aws.AwsClients;
import io.github.ebmaven.deploy.EnvironmentWatcher;
import io.github.ebmaven.deploy.TerminateOperation;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import java.time.Clock;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Terminates the environment and waits until it is gone; with {@code eb.deleteApplication} also
 * deletes the application, its versions and their S3 bundles. Interactive runs ask to type the
 * environment name; batch runs refuse without {@code -Deb.force=true}.
 */
@Mojo(name = "terminate", threadSafe = true)
public class TerminateMojo extends AbstractEbMojo {

  /**
   * Terminate without asking (required in batch mode, {@code -B}). Property {@code eb.force};
   * default {@code false}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.force", defaultValue = "false")
  protected boolean force;

  /**
   * After terminating, delete the application with all its versions and their S3 bundles (refused
   * while it has other environments). Property {@code eb.deleteApplication}; default {@code false}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.deleteApplication", defaultValue = "false")
  protected boolean deleteApplication;

  @Inject
  public TerminateMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "terminate";
  }

  @Override
  protected void run(Reporter reporter) throws EbException {
    String application = application();
    String environment = environment();
    var budget = timeoutDuration();
    try (AwsClients aws = awsClients()) {
      TerminateOperation operation =
          new TerminateOperation(beanstalk(aws), reporter, Clock.systemUTC(), EnvironmentWatcher.Sleeper.REAL);
      operation.target(application, environment);
      confirmByName(
          "terminate",
          environment,
          force,
          "Terminating " + environment + " deletes its instances and any database it created.");
      operation.terminate(
          new TerminateOperation.TerminateRequest(application, environment, deleteApplication, budget));
    }
  }
}
