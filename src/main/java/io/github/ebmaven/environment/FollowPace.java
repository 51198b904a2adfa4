package io.github.ebmaven.environment;

import java.time.Duration;

/**
 * Pauses between polls while following an environment with no end in sight. Elastic Beanstalk
 * allows about 2 describe calls per second per account, shared with every deploy in flight, so a
 * follower never polls faster than a deploy's budget of one call every 2 seconds: quick after news,
 * slowing to 10 seconds while nothing happens, and backing off further when throttled.
 */
final class FollowPace {

  /** At most 0.5 calls per second. */
  static final Duration FASTEST = Duration.ofSeconds(2);
  static final Duration SLOWEST = Duration.ofSeconds(10);
  static final Duration MOST_THROTTLED = Duration.ofSeconds(60);

  private Duration current = FASTEST;

  /**
   * @param news whether the last poll brought something new
   * @param throttled whether the last poll was throttled
   */
  Duration next(boolean news, boolean throttled) {
    if (throttled) {
      current = min(current.multipliedBy(2), MOST_THROTTLED);
    } else if (news) {
      current = FASTEST;
    } else {
      current = max(FASTEST, min(Duration.ofMillis((long) (current.toMillis() * 1.5)), SLOWEST));
    }
    return current;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
