package io.github.ebmaven.maintenance;

import io.github.ebmaven.aws.AwsClients;
import io.github.ebmaven.aws.AwsSettings;
import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.deploy.EnvironmentWatcher;
import io.github.ebmaven.localaws.LocalAws;
import io.github.ebmaven.localaws.LocalAwsOptions;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** A local endpoint, the plugin's clients on it, and a reporter that records what the core prints. */
final class LocalEb implements AutoCloseable {

  final LocalAws aws;
  final AwsClients clients;
  final Beanstalk eb;
  final List<String> infos = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();
  final Reporter reporter =
      new Reporter() {
        @Override
        public void info(String message) {
          infos.add(message);
        }

        @Override
        public void warn(String message) {
          warnings.add(message);
        }

        @Override
        public void debug(String message) {}
      };

  LocalEb() throws EbException {
    aws = LocalAws.start(LocalAwsOptions.defaults());
    clients = AwsClients.create(new AwsSettings(aws.region(), null, aws.endpoint(), null,
        new AwsSettings.StaticKeys(aws.accessKey(), aws.secretKey(), null), "test"));
    eb = new Beanstalk(clients.elasticBeanstalk());
  }

  MaintenanceServices services() {
    return services(Clock.systemUTC());
  }

  MaintenanceServices services(Clock clock) {
    return new MaintenanceServices(eb, reporter, clock, EnvironmentWatcher.Sleeper.REAL);
  }

  String output() {
    return String.join("\n", infos) + "\n" + String.join("\n", warnings);
  }

  @Override
  public void close() {
    clients.close();
    aws.close();
  }
}
