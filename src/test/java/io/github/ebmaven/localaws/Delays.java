package io.github.ebmaven.localaws;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How long Elastic Beanstalk's asynchronous operations take in the emulator.
 *
 * @param launch Launching to Ready
 * @param update Updating to Ready (deployments, configuration changes, restarts, rebuilds)
 * @param terminate Terminating to Terminated
 * @param processing Processing to Processed/Failed for application versions
 * @param healthRefresh how often health is refreshed (EB: every 10 seconds); health changes only then
 * @param eventSpacing the gap between the events of short operations (swaps, logs, tag updates)
 */
public record Delays(Duration launch, Duration update, Duration terminate, Duration processing, Duration healthRefresh,
    Duration eventSpacing) {
  private static final Duration MIN_REFRESH = Duration.ofMillis(20);
  private static final Duration EB_REFRESH = Duration.ofSeconds(10);

  public Delays {
    Objects.requireNonNull(launch, "launch");
    Objects.requireNonNull(update, "update");
    Objects.requireNonNull(terminate, "terminate");
    Objects.requireNonNull(processing, "processing");
    Objects.requireNonNull(healthRefresh, "healthRefresh");
    Objects.requireNonNull(eventSpacing, "eventSpacing");
    if (healthRefresh.compareTo(MIN_REFRESH) < 0) {
      throw new IllegalArgumentException("healthRefresh must be at least " + MIN_REFRESH.toMillis() + " ms, not "
          + healthRefresh.toMillis() + " ms");
    }
  }

  /** The operation durations alone: health refreshes every third of an update (at most EB's 10 s). */
  public Delays(Duration launch, Duration update, Duration terminate, Duration processing) {
    this(launch, update, terminate, processing, clamp(update.dividedBy(3), MIN_REFRESH, EB_REFRESH),
        clamp(min(launch, update).dividedBy(8), Duration.ofMillis(5), Duration.ofSeconds(5)));
  }

  /** The default for tests: an environment launches in about a second, health refreshes every 250 ms. */
  public static Delays fast() {
    return new Delays(Duration.ofMillis(1000), Duration.ofMillis(800), Duration.ofMillis(500), Duration.ofMillis(200),
        Duration.ofMillis(250), Duration.ofMillis(100));
  }

  /** Close to what EB takes, for demos: minutes to launch and terminate, health every 10 s. */
  public static Delays realistic() {
    return new Delays(Duration.ofMinutes(3), Duration.ofSeconds(45), Duration.ofMinutes(2), Duration.ofSeconds(5),
        EB_REFRESH, Duration.ofSeconds(5));
  }

  /** The same delay for every operation, health refresh and event gap. */
  public static Delays uniform(Duration delay) {
    return new Delays(delay, delay, delay, delay, delay.compareTo(MIN_REFRESH) < 0 ? MIN_REFRESH : delay, delay);
  }

  /** {@code fast} or {@code realistic}. */
  public static Delays named(String name) {
    switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "fast":
        return fast();
      case "realistic":
        return realistic();
      default:
        throw new IllegalArgumentException("eb.localaws.delays must be fast or realistic, not '" + name + "'");
    }
  }

  private static Duration clamp(Duration value, Duration low, Duration high) {
    return value.compareTo(low) < 0 ? low : value.compareTo(high) > 0 ? high : value;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
