package io.github.ebmaven.maven;

import io.github.ebmaven.aws.AwsClients;
import io.github.ebmaven.ops.Browser;
import io.github.ebmaven.ops.OpenOperation;
import io.github.ebmaven.deploy.EnvironmentServices;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Prints the environment's URL and opens it in the desktop's browser when Maven runs interactively
 * on a desktop; never fails for want of a browser.
 */
@Mojo(name = "open", threadSafe = true)
public class OpenMojo extends AbstractEbMojo {

  @Inject
  public OpenMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "open";
  }

  @Override
  protected void run(Reporter reporter) throws EbException {
    String application = application();
    String environment = environment();
    boolean interactive = session.getRequest().isInteractiveMode() && System.console() != null;
    try (AwsClients aws = awsClients()) {
      new OpenOperation(EnvironmentServices.of(beanstalk(aws), reporter))
          .open(application, environment, Browser.desktop(interactive));
    }
  }
}
