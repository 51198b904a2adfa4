package io.github.ebmaven.maven;

import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.goals.LifecycleGoals;
import io.github.ebmaven.report.EbException;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Prepares the application: creates it if missing, applies the version lifecycle policy, resolves
 * and prints the platform, and makes sure the storage bucket exists. Safe to run any number of
 * times.
 */
@Mojo(name = "init", threadSafe = true, requiresProject = true)
public class InitMojo extends AbstractEbMojo {

  /**
   * Keep at most this many application versions; older ones are deleted with their S3 bundles.
   * Property {@code eb.maxVersions}; default no limit.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.maxVersions")
  protected String maxVersions;

  /**
   * Delete application versions older than this many days, with their S3 bundles. Property {@code
   * eb.maxAgeDays}; default no limit.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.maxAgeDays")
  protected String maxAgeDays;

  /**
   * The IAM role (name or ARN) Elastic Beanstalk assumes to delete old versions. Property {@code
   * eb.lifecycleServiceRole}; default {@code serviceRole} ({@code aws-elasticbeanstalk-service-role}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.lifecycleServiceRole")
  protected String lifecycleServiceRole;

  @Inject
  public InitMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "init";
  }

  @Override
  protected void run(GoalContext context) throws EbException {
    new LifecycleGoals(context).init();
  }
}
