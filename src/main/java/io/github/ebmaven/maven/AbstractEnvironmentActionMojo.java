package io.github.ebmaven.maven;

import io.github.ebmaven.aws.AwsClients;
import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.maintenance.EnvironmentOperation;
import io.github.ebmaven.deploy.EnvironmentServices;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** {@code eb:abort}, {@code eb:restart}, {@code eb:rebuild}: one action on the environment, then wait until Ready. */
public abstract class AbstractEnvironmentActionMojo extends AbstractEbMojo {

  protected AbstractEnvironmentActionMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  protected abstract EnvironmentOperation.Action action();

  /** Asks the user before the action, once the environment is known to exist; the default asks nothing. */
  protected void confirm(EnvironmentState environment) throws EbException {}

  @Override
  protected void run(Reporter reporter) throws EbException {
    String application = application();
    String environment = environment();
    var budget = timeoutDuration();
    try (AwsClients aws = awsClients()) {
      EnvironmentOperation operation =
          new EnvironmentOperation(
              EnvironmentServices.of(beanstalk(aws), reporter));
      confirm(operation.target(application, environment));
      operation.run(new EnvironmentOperation.ActionRequest(application, environment, action(), budget));
    }
  }
}
