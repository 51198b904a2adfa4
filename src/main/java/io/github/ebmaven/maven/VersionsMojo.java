package io.github.ebmaven.maven;

import io.github.ebmaven.goals.EnvironmentGoals;
import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.report.EbException;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Lists the application's versions, newest first: label, creation time (UTC), processing status,
 * the environments running it, description and S3 source bundle.
 */
@Mojo(name = "versions", threadSafe = true)
public class VersionsMojo extends AbstractEbMojo {

  @Inject
  public VersionsMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "versions";
  }

  @Override
  protected void run(GoalContext context) throws EbException {
    new EnvironmentGoals(context).versions();
  }
}
