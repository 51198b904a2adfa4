package io.github.ebmaven.maven;

import io.github.ebmaven.aws.AwsClients;
import io.github.ebmaven.ops.EnvChanges;
import io.github.ebmaven.ops.EnvironmentProperties;
import io.github.ebmaven.deploy.EnvironmentServices;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Sets or removes environment properties ({@code -Deb.env=NAME=value,OTHER=value}; {@code NAME=}
 * removes NAME) and waits, like a deploy, until the environment is Ready with accepted health.
 * Values are never printed: messages name the variables only.
 */
@Mojo(name = "setenv", threadSafe = true)
public class SetEnvMojo extends AbstractEbMojo {

  /**
   * The changes: comma-separated {@code NAME=value} to set, {@code NAME=} to remove (values cannot
   * contain commas). Property {@code eb.env}; required, no default.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.env")
  protected String env;

  /**
   * Health colours that count as success after the change, comma-separated: {@code Green},
   * {@code Yellow}, {@code Red}, {@code Grey}. Property {@code eb.acceptedHealth}; default {@code
   * Green}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.acceptedHealth", defaultValue = "Green")
  protected String acceptedHealth;

  @Inject
  public SetEnvMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "setenv";
  }

  @Override
  protected void run(Reporter reporter) throws EbException {
    EnvChanges changes = EnvChanges.parse(env);
    changes.set().values().forEach(masker()::register);
    var health = EnvironmentProperties.acceptedHealth(acceptedHealth);
    var budget = timeoutDuration();
    String application = application();
    String environment = environment();
    try (AwsClients aws = awsClients()) {
      new EnvironmentProperties(EnvironmentServices.of(beanstalk(aws), reporter))
          .set(new EnvironmentProperties.SetRequest(application, environment, changes, health, budget));
    }
  }
}
