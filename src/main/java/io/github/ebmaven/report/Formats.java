package io.github.ebmaven.report;

import io.github.ebmaven.aws.EnvironmentState;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How every goal writes times, health, versions and numbers. */
public final class Formats {

  /** The EB CLI's clock format, always in UTC. */
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private Formats() {}

  /** {@code 2026-11-29 08:00:00 UTC}, or {@code -}. */
  public static String time(Instant instant) {
    return instant == null ? "-" : CLOCK.format(instant) + " UTC";
  }

  /** {@code 2026-11-29 08:00:00} (UTC, said once in a heading), as EB CLI event lines and table cells show it; null stays null. */
  public static String clock(Instant instant) {
    return instant == null ? null : CLOCK.format(instant);
  }

  /** The version an environment runs, or {@code no version}. */
  public static String label(EnvironmentState state) {
    return state.versionLabel() == null ? "no version" : state.versionLabel();
  }

  /** {@code Green (Ok)}, or the colour alone without enhanced health. */
  public static String health(String colour, String status) {
    String c = colour == null ? "-" : colour;
    return status == null || status.isBlank() ? c : c + " (" + status + ")";
  }

  public static String health(EnvironmentState state) {
    return health(state.health(), state.healthStatus());
  }

  public static String seconds(Double seconds) {
    return seconds == null ? "-" : String.format(Locale.ROOT, "%.3f s", seconds);
  }

  public static String number(Number n) {
    return n == null ? "-" : n.toString();
  }

  public static String decimal(Double d) {
    return d == null ? "-" : String.format(Locale.ROOT, "%.2f", d);
  }
}
