package io.github.ebmaven.change;

import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.config.Durations;
import io.github.ebmaven.report.Mention;
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

  /** {@code pause}, or what is left of the budget when that is shorter. */
  public Duration cap(Duration pause) {
    Duration remaining = remaining();
    return pause.compareTo(remaining) < 0 ? pause : remaining;
  }

  /** Throws, naming what was being waited for and how to follow it, when the budget is spent. */
  public void check(String waitingFor, String howToFollow) throws TimedOutException {
    check(waitingFor, howToFollow, null);
  }

  /** As {@link #check(String, String)}, remembering where the watched environment stood. */
  void check(String waitingFor, String howToFollow, EnvironmentState lastState) throws TimedOutException {
    if (expired()) {
      throw new TimedOutException(
          "Timed out after " + Durations.describe(timeout) + " (eb.timeout) while " + waitingFor
              + ". " + howToFollow + " Raise it (for example " + Mention.example("eb.timeout", "45m")
              + ") if this is normal for your application.",
          lastState);
    }
  }
}
