package io.github.ebmaven.maven;

import io.github.ebmaven.goals.EnvironmentGoals;
import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.report.EbException;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Shows enhanced health: the environment's and each instance's status with causes, request counts,
 * latency percentiles and load, as a table.
 */
@Mojo(name = "health", threadSafe = true)
public class HealthMojo extends AbstractEbMojo {

  @Inject
  public HealthMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "health";
  }

  @Override
  protected void run(GoalContext context) throws EbException {
    new EnvironmentGoals(context).health();
  }
}
