package io.github.ebmaven.maven;

import io.github.ebmaven.aws.AwsClients;
import io.github.ebmaven.deploy.EnvironmentServices;
import io.github.ebmaven.maintenance.VersionsOperation;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Lists the application's versions, newest first: label, creation time (UTC), processing status,
 * the environments running it, description and S3 source bundle.
 */
@Mojo(name = "versions", threadSafe = true)
public class VersionsMojo extends AbstractEbMojo {

  @Inject
  public VersionsMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "versions";
  }

  @Override
  protected void run(Reporter reporter) throws EbException {
    String application = application();
    try (AwsClients aws = awsClients()) {
      new VersionsOperation(
              EnvironmentServices.of(beanstalk(aws), reporter))
          .list(application);
    }
  }
}
