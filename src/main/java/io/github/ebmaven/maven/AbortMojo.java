package io.github.ebmaven.maven;

import io.github.ebmaven.goals.EnvironmentGoals;
import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.report.EbException;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Cancels the environment's update in progress (AbortEnvironmentUpdate) and follows its events
 * until it is Ready with its previous configuration. Does nothing when the environment is Ready.
 */
@Mojo(name = "abort", threadSafe = true)
public class AbortMojo extends AbstractEbMojo {

  @Inject
  public AbortMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "abort";
  }

  @Override
  protected void run(GoalContext context) throws EbException {
    new EnvironmentGoals(context).abort();
  }
}
