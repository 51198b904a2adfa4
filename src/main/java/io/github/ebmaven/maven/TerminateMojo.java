package io.github.ebmaven.maven;

import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.goals.LifecycleGoals;
import io.github.ebmaven.report.EbException;
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
  @Parameter(property = "eb.force")
  protected String force;

  /**
   * After terminating, delete the application with all its versions and their S3 bundles (refused
   * while it has other environments). Property {@code eb.deleteApplication}; default {@code false}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.deleteApplication")
  protected String deleteApplication;

  @Inject
  public TerminateMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "terminate";
  }

  @Override
  protected void run(GoalContext context) throws EbException {
    new LifecycleGoals(context).terminate();
  }
}
