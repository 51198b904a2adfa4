package io.github.ebmaven.deploy;

import io.github.ebmaven.report.EbException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The one time budget ({@code eb.timeout}) that bounds every phase of a goal, the first included. */
public final class Deadline {

  private final Clock clock;
  private final Duration timeout;
  private final Instant end;

  public Deadline(Clock clock, Duration timeout) {
    this.clock = clock;
    this.timeout = timeout;
    this.end = clock.instant().plus(timeout);
  }

  public Duration remaining() {
    Duration left = Duration.between(clock.instant(), end);
    return left.isNegative() ? Duration.ZERO : left;
  }

  public boolean expired() {
    return !clock.instant().isBefore(end);
  }

  public Duration timeout() {
    return timeout;
  }

  /** Throws, naming what was being waited for and how to follow it, when the budget is spent. */
  public void check(String waitingFor, String howToFollow) throws DeployTimeoutException {
    if (expired()) {
      throw new DeployTimeoutException(
          "Timed out after "
              + Durations.describe(timeout)
              + " (eb.timeout) while "
              + waitingFor
              + ". "
              + howToFollow
              + " Raise -Deb.timeout (for example -Deb.timeout=45m) if this is normal for your application.");
    }
  }

  /** The timeout ran out: the operation may still be going on in AWS. */
  public static final class DeployTimeoutException extends EbException {
    private static final long serialVersionUID = 1L;

    public DeployTimeoutException(String message) {
      super(message);
    }
  }
}
