package io.github.ebmaven.maven;

import io.github.ebmaven.aws.AwsClients;
import io.github.ebmaven.deploy.EnvironmentServices;
import io.github.ebmaven.ops.StatusOperation;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** Shows the environment at a glance: status, health with causes, deployed version, platform, CNAME, URL, last update. */
@Mojo(name = "status", threadSafe = true)
public class StatusMojo extends AbstractEbMojo {

  @Inject
  public StatusMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "status";
  }

  @Override
  protected void run(Reporter reporter) throws EbException {
    String application = application();
    String environment = environment();
    try (AwsClients aws = awsClients()) {
      new StatusOperation(EnvironmentServices.of(beanstalk(aws), reporter)).status(application, environment);
    }
  }
}
