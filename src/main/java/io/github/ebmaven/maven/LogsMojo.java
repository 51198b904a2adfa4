package io.github.ebmaven.maven;

import io.github.ebmaven.goals.EnvironmentGoals;
import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.report.EbException;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Fetches the instances' logs through Elastic Beanstalk: the last lines of each instance's main
 * logs, printed per instance (default), or full bundles saved as {@code
 * target/eb/logs/ENVIRONMENT/INSTANCE.zip} ({@code -Deb.logs=bundle}).
 */
@Mojo(name = "logs", threadSafe = true)
public class LogsMojo extends AbstractEbMojo {

  /**
   * What to fetch: {@code tail} (the last lines, printed) or {@code bundle} (every log, saved as a
   * zip per instance). Property {@code eb.logs}; default {@code tail}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.logs")
  protected String logs;

  /**
   * Folder the bundles are saved in, one subfolder per environment. Property {@code
   * eb.logsDirectory}; default <code>${project.build.directory}/eb/logs</code>.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.logsDirectory")
  protected String logsDirectory;

  @Inject
  public LogsMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "logs";
  }

  @Override
  protected void run(GoalContext context) throws EbException {
    new EnvironmentGoals(context).logs();
  }
}
