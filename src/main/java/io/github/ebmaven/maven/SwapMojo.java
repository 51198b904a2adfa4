package io.github.ebmaven.maven;

import io.github.ebmaven.goals.EnvironmentGoals;
import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.report.EbException;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Swaps the CNAMEs (URLs) of {@code eb.environmentName} and {@code eb.targetEnvironmentName}, the
 * switch of a blue/green release. Both must be Ready with a health in {@code eb.acceptedHealth};
 * waits until both are Ready again and prints which environment now answers on which CNAME. With
 * {@code blue-green} or {@code blue-only} and no {@code eb.targetEnvironmentName}, finishes a
 * release: restores the idle environment's capacity if it was scaled down, smoke-tests it, swaps it
 * in and scales the old live one down.
 */
@Mojo(name = "swap", threadSafe = true)
public class SwapMojo extends AbstractReleaseMojo {

  /**
   * The environment to swap CNAMEs with (required, unless the strategy is {@code blue-green} or
   * {@code blue-only}: then the pair's idle environment). Property {@code eb.targetEnvironmentName};
   * default none.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.targetEnvironmentName")
  protected String targetEnvironmentName;

  @Inject
  public SwapMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "swap";
  }

  @Override
  protected void run(GoalContext context) throws EbException {
    new EnvironmentGoals(context).swap();
  }
}
