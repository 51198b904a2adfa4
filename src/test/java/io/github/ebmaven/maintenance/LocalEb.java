package io.github.ebmaven.maintenance;

import io.github.ebmaven.deploy.EnvironmentServices;
import io.github.ebmaven.deploy.EnvironmentWatcher;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.testing.LocalAwsFixture;
import io.github.ebmaven.testing.RecordingReporter;
import java.time.Clock;
import java.util.List;

/** A local endpoint, the plugin's clients on it, and a reporter that records what the core prints. */
final class LocalEb extends LocalAwsFixture {

  final RecordingReporter reporter = new RecordingReporter();
  final List<String> infos = reporter.infos;
  final List<String> warnings = reporter.warnings;

  LocalEb() throws EbException {}

  EnvironmentServices services() {
    return services(Clock.systemUTC());
  }

  EnvironmentServices services(Clock clock) {
    return new EnvironmentServices(eb, reporter, clock, EnvironmentWatcher.Sleeper.REAL);
  }

  String output() {
    return reporter.all();
  }
}
