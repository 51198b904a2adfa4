package io.github.ebmaven.maven;

import io.github.ebmaven.goals.EnvironmentGoals;
import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.report.EbException;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Deletes and recreates every AWS resource of the environment (RebuildEnvironment: instances, load
 * balancer, Auto Scaling group) and follows its events until it is Ready again. Interactive runs ask
 * to type the environment name; batch runs refuse without {@code -Deb.force=true}.
 */
@Mojo(name = "rebuild", threadSafe = true)
public class RebuildMojo extends AbstractEbMojo {

  /**
   * Rebuild without asking (required in batch mode, {@code -B}). Property {@code eb.force}; default
   * {@code false}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.force")
  protected String force;

  @Inject
  public RebuildMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "rebuild";
  }

  @Override
  protected void run(GoalContext context) throws EbException {
    new EnvironmentGoals(context).rebuild();
  }
}
