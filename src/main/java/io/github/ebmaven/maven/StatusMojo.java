package io.github.ebmaven.maven;

import io.github.ebmaven.goals.EnvironmentGoals;
import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.report.EbException;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Shows the environment at a glance: status, health with causes, deployed version, platform, CNAME,
 * URL, last update.
 */
@Mojo(name = "status", threadSafe = true)
public class StatusMojo extends AbstractEbMojo {

  @Inject
  public StatusMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "status";
  }

  @Override
  protected void run(GoalContext context) throws EbException {
    new EnvironmentGoals(context).status();
  }
}
