package io.github.ebmaven.change;

import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.aws.BundleStore;
import io.github.ebmaven.aws.CallCounter;
import io.github.ebmaven.aws.Identity;
import io.github.ebmaven.report.Reporter;
import io.github.ebmaven.report.SecretMasker;
import java.time.Clock;
import java.time.Duration;

/**
 * What every core operation works with: Elastic Beanstalk, the bundle store, IAM and STS, the user,
 * the secrets to mask, time (clock and pauses, replaceable in tests), and how long health may take
 * to judge a change after EB completed it ({@code eb.healthGrace}), and the count of the requests
 * the goal sent to AWS.
 */
public record Services(
    Beanstalk eb,
    BundleStore store,
    Identity identity,
    Reporter reporter,
    SecretMasker masker,
    Clock clock,
    Sleeper sleeper,
    Duration healthGrace,
    CallCounter calls) {

  /** The default {@code eb.healthGrace}. */
  public static final Duration HEALTH_GRACE = Duration.ofMinutes(2);

  /** The engine that applies changes to environments and waits for their verdict. */
  public ChangeEngine changes() {
    return new ChangeEngine(this);
  }

  /** A deadline of {@code timeout} from now on this clock. */
  public Deadline deadline(Duration timeout) {
    return new Deadline(clock, timeout);
  }
}
