package io.github.ebmaven.maven;

import io.github.ebmaven.goals.EnvironmentGoals;
import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.report.EbException;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Prints the environment's URL and opens it in the desktop's browser when Maven runs interactively
 * on a desktop; never fails for want of a browser.
 */
@Mojo(name = "open", threadSafe = true)
public class OpenMojo extends AbstractEbMojo {

  @Inject
  public OpenMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "open";
  }

  @Override
  protected void run(GoalContext context) throws EbException {
    new EnvironmentGoals(context).open();
  }
}
