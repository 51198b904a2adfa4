package io.github.ebmaven.maven;

import io.github.ebmaven.goals.EnvironmentGoals;
import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.report.EbException;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Prints the environment's effective option settings as YAML grouped by namespace, secret-looking
 * values masked; with {@code -Deb.diff} also lists the POM's option settings the environment does
 * not have as the POM sets them.
 */
@Mojo(name = "config", threadSafe = true)
public class ConfigMojo extends AbstractBundleMojo {

  /**
   * Compare the environment with the option settings of this POM (explicit settings, environment
   * variables and shortcuts). Property {@code eb.diff}; default {@code false}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.diff")
  protected String diff;

  /**
   * Regular expression, searched case-insensitively in option names, that marks values to mask.
   * Property {@code eb.secretPattern}; default names containing PASSWORD, PASSWD, SECRET, TOKEN,
   * KEY or CREDENTIAL.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.secretPattern")
  protected String secretPattern;

  @Inject
  public ConfigMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "config";
  }

  @Override
  protected void run(GoalContext context) throws EbException {
    new EnvironmentGoals(context).config();
  }
}
