package io.github.ebmaven.maven;

import io.github.ebmaven.aws.AwsClients;
import io.github.ebmaven.bundle.BundleResult;
import io.github.ebmaven.deploy.DeployOperation;
import io.github.ebmaven.deploy.DeployRequest;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Deploys the project to an existing environment: builds (or reuses) the bundle, uploads it unless
 * S3 already holds the same bytes, creates or reuses the application version, updates the
 * environment and waits for Elastic Beanstalk's verdict, writing {@code target/eb/deployment.json}.
 */
@Mojo(name = "deploy", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public class DeployMojo extends AbstractDeployingMojo {

  /**
   * Wait for the deployment's outcome; {@code false} returns as soon as EB accepted the update.
   * Property {@code eb.wait}; default {@code true}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.wait", defaultValue = "true")
  protected boolean waitForResult;

  /**
   * Also apply the POM's option settings to the environment through the API (they always ship in
   * the bundle's {@code .ebextensions}). Settings applied this way take precedence over {@code
   * .ebextensions} from then on, as EB documents. Property {@code eb.updateSettings}; default
   * {@code false}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.updateSettings", defaultValue = "false")
  protected boolean updateSettings;

  @Inject
  public DeployMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "deploy";
  }

  @Override
  protected void run(Reporter reporter) throws EbException, MojoFailureException {
    var health = acceptedHealthColours();
    var budget = timeoutDuration();
    String existing = firstSet(deployVersion);
    BundleResult bundle = existing == null ? buildBundle(reporter) : null;
    DeployRequest request =
        new DeployRequest(
            application(),
            environment(),
            bundle,
            existing,
            pomSettings(),
            updateSettings,
            waitForResult,
            health,
            budget,
            resultFile());
    try (AwsClients aws = awsClients()) {
      new DeployOperation(services(aws, reporter)).deploy(request);
    }
  }
}
