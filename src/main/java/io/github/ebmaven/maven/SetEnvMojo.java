package io.github.ebmaven.maven;

import io.github.ebmaven.goals.EnvironmentGoals;
import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.report.EbException;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Sets or removes environment properties ({@code -Deb.env=NAME=value,OTHER=value}; {@code NAME=}
 * removes NAME) and waits, like a deploy, until the environment is Ready with accepted health.
 * Values are never printed: messages name the variables only.
 */
@Mojo(name = "setenv", threadSafe = true)
public class SetEnvMojo extends AbstractEbMojo {

  /**
   * The changes: comma-separated {@code NAME=value} to set, {@code NAME=} to remove (values cannot
   * contain commas). Property {@code eb.env}; required, no default.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.env")
  protected String env;

  @Inject
  public SetEnvMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "setenv";
  }

  @Override
  protected void run(GoalContext context) throws EbException {
    new EnvironmentGoals(context).setenv();
  }
}
