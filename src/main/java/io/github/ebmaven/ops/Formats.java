package io.github.ebmaven.ops;

import io.github.ebmaven.aws.EnvironmentState;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the operational goals write times, health and numbers. */
final class Formats {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private Formats() {}

  static String time(Instant instant) {
    return instant == null ? "-" : TIME.format(instant);
  }

  /** {@code Green (Ok)}, or the colour alone without enhanced health. */
  static String health(String colour, String status) {
    String c = colour == null ? "-" : colour;
    return status == null || status.isBlank() ? c : c + " (" + status + ")";
  }

  static String health(EnvironmentState state) {
    return health(state.health(), state.healthStatus());
  }

  static String seconds(Double seconds) {
    return seconds == null ? "-" : String.format(Locale.ROOT, "%.3f s", seconds);
  }

  static String number(Number n) {
    return n == null ? "-" : n.toString();
  }

  static String decimal(Double d) {
    return d == null ? "-" : String.format(Locale.ROOT, "%.2f", d);
  }
}
