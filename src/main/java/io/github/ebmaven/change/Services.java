package io.github.ebmaven.change;

import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.aws.BundleStore;
import io.github.ebmaven.report.Reporter;
import io.github.ebmaven.report.SecretMasker;
import java.time.Clock;

/**
 * What every core operation works with: Elastic Beanstalk, the bundle store, the user, the secrets
 * to mask, and time (clock and pauses, replaceable in tests).
 */
public record Services(
    Beanstalk eb, BundleStore store, Reporter reporter, SecretMasker masker, Clock clock, Sleeper sleeper) {

  /** The engine that applies changes to environments and waits for their verdict. */
  public ChangeEngine changes() {
    return new ChangeEngine(this);
  }

  /** A deadline of {@code timeout} from now on this clock. */
  public Deadline deadline(java.time.Duration timeout) {
    return new Deadline(clock, timeout);
  }
}
