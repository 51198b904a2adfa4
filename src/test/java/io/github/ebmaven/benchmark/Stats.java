package io.github.ebmaven.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Medians and the way the process benchmark writes seconds. */
final class Stats {
  private Stats() {}

  static double seconds(Instant from, Instant to) {
    return Duration.between(from, to).toNanos() / 1e9;
  }

  /** The median of the values that are not null (the mean of the middle two for an even count), or NaN. */
  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values.stream().filter(Objects::nonNull).toList());
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    sorted.sort(Comparator.naturalOrder());
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** {@code 12.34 s}, or {@code -} when there is no value. */
  static String s(double seconds) {
    return Double.isNaN(seconds) ? "-" : String.format(Locale.ROOT, "%.2f s", seconds);
  }

  /** {@code 0.61x}, or {@code -}. */
  static String x(double ratio) {
    return Double.isNaN(ratio) || Double.isInfinite(ratio) ? "-" : String.format(Locale.ROOT, "%.2fx", ratio);
  }
}
