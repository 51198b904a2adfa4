package io.github.ebmaven.change;

import java.time.Duration;

/**
 * How long to wait before the next poll while an environment changes. Elastic Beanstalk allows
 * about 2 describe calls per second per account, shared by every deploy in flight, so the plugin
 * spends its calls where they matter: few while the change is far from done (every 5 s), every
 * 0.5 s from 1 s before the time it is expected to end (learnt from the environment's previous
 * updates), and backing off when throttled. Without an expectation it polls 1 s after news and
 * slows to 3 s while nothing happens.
 */
final class PollSchedule {

  static final Duration FASTEST = Duration.ofMillis(500);
  static final Duration AFTER_NEWS = Duration.ofSeconds(1);
  static final Duration SLOWEST_UNINFORMED = Duration.ofSeconds(3);
  static final Duration SLOWEST_INFORMED = Duration.ofSeconds(5);
  static final Duration MOST_THROTTLED = Duration.ofSeconds(30);
  /** How early before the expected end the schedule turns fast. */
  static final Duration LEAD = Duration.ofSeconds(1);
  /** How long past the expected end it stays fast before giving up on the expectation. */
  static final Duration GRACE = Duration.ofSeconds(10);

  private final Duration expected;
  private Duration current = AFTER_NEWS;

  /** @param expected how long the change is expected to take, or null when unknown */
  PollSchedule(Duration expected) {
    this.expected = expected;
  }

  /**
   * The pause before the next poll.
   *
   * @param elapsed time since the change was requested
   * @param news whether the last poll brought new events or a new state
   * @param throttled whether the last poll was throttled
   */
  Duration next(Duration elapsed, boolean news, boolean throttled) {
    if (throttled) {
      current = min(current.multipliedBy(2), MOST_THROTTLED);
      return current;
    }
    if (expected != null && elapsed.compareTo(expected.plus(GRACE)) < 0) {
      Duration fastFrom = expected.minus(LEAD);
      if (elapsed.compareTo(fastFrom) >= 0) {
        current = FASTEST;
      } else {
        // News early in a change of known length ("update is starting") changes nothing: keep the pace.
        Duration untilFast = fastFrom.minus(elapsed);
        current = max(FASTEST, min(untilFast, SLOWEST_INFORMED));
      }
      return current;
    }
    current = news ? AFTER_NEWS : min(Duration.ofMillis((long) (current.toMillis() * 1.25)), SLOWEST_UNINFORMED);
    return current;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
