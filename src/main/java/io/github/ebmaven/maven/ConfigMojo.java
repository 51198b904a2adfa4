package io.github.ebmaven.maven;

import io.github.ebmaven.aws.AwsClients;
import io.github.ebmaven.aws.Setting;
import io.github.ebmaven.ops.ConfigOperation;
import io.github.ebmaven.deploy.EnvironmentServices;
import io.github.ebmaven.ops.SecretPattern;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Prints the environment's effective option settings as YAML grouped by namespace, secret-looking
 * values masked; with {@code -Deb.diff} also lists the POM's option settings the environment does
 * not have as the POM sets them.
 */
@Mojo(name = "config", threadSafe = true)
public class ConfigMojo extends AbstractExtensionsMojo {

  /**
   * Compare the environment with the option settings of this POM (explicit settings, environment
   * variables and shortcuts). Property {@code eb.diff}; default {@code false}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.diff", defaultValue = "false")
  protected boolean diff;

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
  protected void run(Reporter reporter) throws EbException, MojoFailureException {
    SecretPattern secrets = SecretPattern.of(secretPattern);
    List<Setting> pom = null;
    if (diff) {
      var extensions = extensions(reporter);
      extensions.secretValues().forEach(masker()::register);
      pom = extensions.optionSettings().stream()
          .map(s -> new Setting(s.namespace(), s.optionName(), s.value(), s.resourceName()))
          .toList();
    }
    String application = application();
    String environment = environment();
    try (AwsClients aws = awsClients()) {
      new ConfigOperation(EnvironmentServices.of(beanstalk(aws), reporter))
          .config(new ConfigOperation.ConfigRequest(application, environment, pom, secrets));
    }
  }
}
