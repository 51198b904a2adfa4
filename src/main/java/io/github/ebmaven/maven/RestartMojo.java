package io.github.ebmaven.maven;

import io.github.ebmaven.goals.EnvironmentGoals;
import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.report.EbException;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Restarts the application server on every instance of the environment (RestartAppServer) and
 * follows its events until it is Ready again.
 */
@Mojo(name = "restart", threadSafe = true)
public class RestartMojo extends AbstractEbMojo {

  @Inject
  public RestartMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "restart";
  }

  @Override
  protected void run(GoalContext context) throws EbException {
    new EnvironmentGoals(context).restart();
  }
}
