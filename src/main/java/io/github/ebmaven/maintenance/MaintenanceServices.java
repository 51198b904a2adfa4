package io.github.ebmaven.maintenance;

import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.deploy.EnvironmentWatcher;
import io.github.ebmaven.report.Reporter;
import java.time.Clock;

/** What the operational goals work with: Elastic Beanstalk, the user, and time (replaceable in tests). */
public record MaintenanceServices(Beanstalk eb, Reporter reporter, Clock clock, EnvironmentWatcher.Sleeper sleeper) {

  EnvironmentWatcher watcher() {
    return new EnvironmentWatcher(eb, reporter, clock, sleeper);
  }

  void print(Table table) {
    table.lines().forEach(reporter::info);
  }
}
