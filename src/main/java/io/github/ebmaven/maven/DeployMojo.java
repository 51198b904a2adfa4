package io.github.ebmaven.maven;

import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.goals.LifecycleGoals;
import io.github.ebmaven.report.EbException;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Deploys the project to an existing environment: builds (or reuses) the bundle, uploads it unless
 * S3 already holds the same bytes, creates or reuses the application version, updates the
 * environment and waits for Elastic Beanstalk's verdict, writing {@code target/eb/deployment.json}.
 * With {@code blue-green}, deploys to the idle environment of the pair (creating it when missing),
 * runs the smoke tests there, swaps CNAMEs and scales the old live one down; {@code blue-only}
 * stops before the swap.
 */
@Mojo(name = "deploy", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public class DeployMojo extends AbstractReleaseMojo {

  /**
   * Wait for the deployment's outcome; {@code false} returns as soon as EB accepted the update.
   * Property {@code eb.wait}; default {@code true}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.wait")
  protected String waitForResult;

  /**
   * Also apply the POM's option settings to the environment through the API (they always ship in
   * the bundle's {@code .ebextensions}). Settings applied this way take precedence over {@code
   * .ebextensions} from then on, as EB documents. Property {@code eb.updateSettings}; default
   * {@code false}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.updateSettings")
  protected String updateSettings;

  /**
   * Deploys exactly the version another target environment runs, by its id in {@code
   * environments} (or an environment's name), building and uploading nothing: {@code
   * -Deb.target=production -Deb.promoteFrom=staging}. Property {@code eb.promoteFrom}; default none.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.promoteFrom")
  protected String promoteFrom;

  @Inject
  public DeployMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "deploy";
  }

  @Override
  protected void run(GoalContext context) throws EbException {
    new LifecycleGoals(context).deploy();
  }
}
