package io.github.ebmaven.config;

import io.github.ebmaven.report.EbException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and writes the durations users type: {@code 30m}, {@code 90s}, {@code 1h}, {@code 1800} (seconds), ISO {@code PT30M}. */
public final class Durations {

  private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

  private Durations() {}

  public static Duration parse(String text, String origin) throws EbException {
    String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    Matcher m = SIMPLE.matcher(value);
    try {
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        Duration duration =
            switch (unit) {
              case "ms" -> Duration.ofMillis(n);
              case "m" -> Duration.ofMinutes(n);
              case "h" -> Duration.ofHours(n);
              default -> Duration.ofSeconds(n);
            };
        if (!duration.isZero()) {
          return duration;
        }
      } else if (value.startsWith("pt")) {
        Duration duration = Duration.parse(value.toUpperCase(Locale.ROOT));
        if (!duration.isNegative() && !duration.isZero()) {
          return duration;
        }
      }
    } catch (RuntimeException e) {
      // reported below
    }
    throw new EbException(
        origin + " '" + text + "' is not a duration. Write it like 30m, 90s, 1h or 1800 (seconds).");
  }

  public static String describe(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds % 3600 == 0 && seconds > 0) {
      return seconds / 3600 + " h";
    }
    if (seconds % 60 == 0 && seconds > 0) {
      return seconds / 60 + " min";
    }
    if (seconds >= 1) {
      return seconds + " s";
    }
    return duration.toMillis() + " ms";
  }
}
