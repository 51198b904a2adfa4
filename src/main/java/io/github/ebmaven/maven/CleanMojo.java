package io.github.ebmaven.maven;

import io.github.ebmaven.goals.EnvironmentGoals;
import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.report.EbException;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Deletes old application versions with their S3 bundles. Always kept: the newest {@code
 * keepVersions} and every version an environment runs; with {@code olderThanDays}, only versions
 * older than that go. Prints the plan; deletes only with {@code -Deb.dryRun=false}.
 */
@Mojo(name = "clean", threadSafe = true)
public class CleanMojo extends AbstractEbMojo {

  /**
   * How many of the newest versions to keep, at least 1. Property {@code eb.keepVersions}; default
   * {@code 10}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.keepVersions")
  protected String keepVersions;

  /**
   * Delete only versions older than this many days (still keeping the newest {@code keepVersions}).
   * Property {@code eb.olderThanDays}; default none (age does not matter).
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.olderThanDays")
  protected String olderThanDays;

  /**
   * Print what would be deleted and change nothing; {@code false} deletes. Property {@code
   * eb.dryRun}; default {@code true}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.dryRun")
  protected String dryRun;

  @Inject
  public CleanMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "clean";
  }

  @Override
  protected void run(GoalContext context) throws EbException {
    new EnvironmentGoals(context).clean();
  }
}
