package io.github.ebmaven.maven;

import io.github.ebmaven.aws.AwsClients;
import io.github.ebmaven.ops.HealthOperation;
import io.github.ebmaven.deploy.EnvironmentServices;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Shows enhanced health: the environment's and each instance's status with causes, request counts,
 * latency percentiles and load, as a table.
 */
@Mojo(name = "health", threadSafe = true)
public class HealthMojo extends AbstractEbMojo {

  @Inject
  public HealthMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "health";
  }

  @Override
  protected void run(Reporter reporter) throws EbException {
    String application = application();
    String environment = environment();
    try (AwsClients aws = awsClients()) {
      new HealthOperation(EnvironmentServices.of(beanstalk(aws), reporter)).health(application, environment);
    }
  }
}
