package io.github.ebmaven.deploy;

import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.report.Reporter;
import java.time.Clock;

/**
 * What the goals that read or change a running environment work with: Elastic Beanstalk, the
 * user, and time (replaceable in tests).
 */
public record EnvironmentServices(
    Beanstalk eb, Reporter reporter, Clock clock, EnvironmentWatcher.Sleeper sleeper) {

  /** Real time and real pauses. */
  public static EnvironmentServices of(Beanstalk eb, Reporter reporter) {
    return new EnvironmentServices(eb, reporter, Clock.systemUTC(), EnvironmentWatcher.Sleeper.REAL);
  }

  public EnvironmentWatcher watcher() {
    return new EnvironmentWatcher(eb, reporter, clock, sleeper);
  }
}
