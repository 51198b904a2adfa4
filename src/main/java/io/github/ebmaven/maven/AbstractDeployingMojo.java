package io.github.ebmaven.maven;

import io.github.ebmaven.aws.AwsClients;
import io.github.ebmaven.aws.BundleStore;
import io.github.ebmaven.aws.Setting;
import io.github.ebmaven.deploy.DeployServices;
import io.github.ebmaven.deploy.EnvironmentWatcher;
import io.github.ebmaven.report.EbException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** What {@code eb:create} and {@code eb:deploy} share: the version to run and what counts as healthy. */
public abstract class AbstractDeployingMojo extends AbstractBundleMojo {

  /**
   * Health colours that count as a successful deployment, comma-separated: {@code Green}, {@code
   * Yellow}, {@code Red}, {@code Grey}. Property {@code eb.acceptedHealth}; default {@code Green}
   * (worker environments often need {@code Green,Yellow}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.acceptedHealth", defaultValue = "Green")
  protected String acceptedHealth;

  /**
   * Deploys this existing application version instead of building and uploading the project: the
   * way to promote the version staging runs to production. Property {@code eb.deployVersion};
   * default none.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.deployVersion")
  protected String deployVersion;

  protected AbstractDeployingMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  protected Set<String> acceptedHealthColours() throws EbException {
    return HealthColours.parse(acceptedHealth);
  }

  /** The POM's option settings in API form, for ValidateConfigurationSettings and updates. */
  protected List<Setting> pomSettings() throws MojoFailureException {
    return extensions(io.github.ebmaven.report.Reporter.SILENT).optionSettings().stream()
        .map(s -> new Setting(s.namespace(), s.optionName(), s.value(), s.resourceName()))
        .toList();
  }

  protected Path resultFile() {
    return outputDirectory.toPath().resolve(io.github.ebmaven.deploy.DeploymentRecord.FILE_NAME);
  }

  /** The core's view of AWS, the user and time for this goal. */
  protected DeployServices services(AwsClients aws, io.github.ebmaven.report.Reporter reporter) {
    return new DeployServices(
        beanstalk(aws),
        new BundleStore(aws.s3(), reporter),
        reporter,
        masker(),
        Clock.systemUTC(),
        EnvironmentWatcher.Sleeper.REAL);
  }
}
