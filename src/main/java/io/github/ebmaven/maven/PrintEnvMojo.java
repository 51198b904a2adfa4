package io.github.ebmaven.maven;

import io.github.ebmaven.goals.EnvironmentGoals;
import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.report.EbException;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Prints the environment properties (namespace {@code aws:elasticbeanstalk:application:environment})
 * as the running environment has them; values of secret-looking names are masked unless {@code
 * -Deb.reveal=true}.
 */
@Mojo(name = "printenv", threadSafe = true)
public class PrintEnvMojo extends AbstractEbMojo {

  /**
   * Regular expression, searched case-insensitively in variable names, that marks values to mask.
   * Property {@code eb.secretPattern}; default names containing PASSWORD, PASSWD, SECRET, TOKEN,
   * KEY or CREDENTIAL.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.secretPattern")
  protected String secretPattern;

  /**
   * Print secret-looking values too. Property {@code eb.reveal}; default {@code false}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.reveal")
  protected String reveal;

  @Inject
  public PrintEnvMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "printenv";
  }

  @Override
  protected void run(GoalContext context) throws EbException {
    new EnvironmentGoals(context).printenv();
  }
}
