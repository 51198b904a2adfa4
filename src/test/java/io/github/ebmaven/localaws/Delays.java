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
 */
public record Delays(Duration launch, Duration update, Duration terminate, Duration processing) {
  public Delays {
    Objects.requireNonNull(launch, "launch");
    Objects.requireNonNull(update, "update");
    Objects.requireNonNull(terminate, "terminate");
    Objects.requireNonNull(processing, "processing");
  }

  /** The default for tests: an environment launches in about a second. */
  public static Delays fast() {
    return new Delays(Duration.ofMillis(1000), Duration.ofMillis(800), Duration.ofMillis(500), Duration.ofMillis(200));
  }

  /** Close to what EB takes, for demos: minutes to launch and terminate. */
  public static Delays realistic() {
    return new Delays(Duration.ofMinutes(3), Duration.ofSeconds(45), Duration.ofMinutes(2), Duration.ofSeconds(5));
  }

  /** The same delay for every operation. */
  public static Delays uniform(Duration delay) {
    return new Delays(delay, delay, delay, delay);
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
}
