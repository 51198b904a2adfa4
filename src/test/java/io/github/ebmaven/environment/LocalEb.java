package io.github.ebmaven.environment;

import io.github.ebmaven.change.Services;
import io.github.ebmaven.change.Sleeper;
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

  Services services() {
    return services(Clock.systemUTC());
  }

  Services services(Clock clock) {
    return services(reporter, clock, Sleeper.REAL);
  }

  String output() {
    return reporter.all();
  }
}
