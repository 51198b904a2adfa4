package io.github.ebmaven.release;

import java.util.Arrays;
import java.util.List;

/** How a release reaches users ({@code eb.strategy}). */
public enum Strategy {
  /** Update the one environment: it serves the new version as soon as EB switches it. */
  IN_PLACE("in-place"),
  /** Deploy to the idle environment of a pair, smoke-test it, swap CNAMEs, scale the old live one down. */
  BLUE_GREEN("blue-green"),
  /** As blue-green, stopping before the swap: a person approves, then {@code eb:swap} finishes. */
  BLUE_ONLY("blue-only");

  private final String spelling;

  Strategy(String spelling) {
    this.spelling = spelling;
  }

  /** As the user writes it: {@code in-place}, {@code blue-green}, {@code blue-only}. */
  public String spelling() {
    return spelling;
  }

  /** Whether the target is a pair of environments. */
  public boolean paired() {
    return this != IN_PLACE;
  }

  public static List<String> spellings() {
    return Arrays.stream(values()).map(Strategy::spelling).toList();
  }

  /** The strategy spelled {@code text} (as {@code Configuration.choice} returns it). */
  public static Strategy of(String text) {
    return Arrays.stream(values()).filter(s -> s.spelling.equals(text)).findFirst().orElse(IN_PLACE);
  }
}
