package io.github.ebmaven.ops;

import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.deploy.EnvironmentWatcher;
import io.github.ebmaven.report.Reporter;
import java.time.Clock;

/** What the operational goals work with: AWS, the user, and time (replaceable in tests). */
public record OpsServices(Beanstalk eb, Reporter reporter, Clock clock, EnvironmentWatcher.Sleeper sleeper) {

  /** Real time and real pauses. */
  public static OpsServices of(Beanstalk eb, Reporter reporter) {
    return new OpsServices(eb, reporter, Clock.systemUTC(), EnvironmentWatcher.Sleeper.REAL);
  }
}
