package io.github.ebmaven.extensions;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name a misspelt one was most likely meant to be, for "did you mean" hints. */
public final class Suggestions {

  private Suggestions() {}

  /** The closest candidate, if it is close enough to be a plausible typo. */
  public static Optional<String> closest(String typed, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String typedLower = typed.toLowerCase(Locale.ROOT);
    for (String candidate : new java.util.TreeSet<>(candidates)) {
      int distance = distance(typedLower, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    // A third of the length tolerates a swapped pair or a missing letter, not a different word.
    int tolerance = Math.max(2, typed.length() / 3);
    return bestDistance <= tolerance ? Optional.of(best) : Optional.empty();
  }

  /**
   * The candidate a name is almost surely a misspelling of: at most three edits away, and fewer
   * for short names, so that a different word is never taken for a typo.
   */
  static Optional<String> typo(String typed, Collection<String> candidates) {
    int tolerance = Math.min(3, Math.max(1, typed.length() / 4));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : new java.util.TreeSet<>(candidates)) {
      int distance = distance(typed.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    return bestDistance <= tolerance ? Optional.of(best) : Optional.empty();
  }

  /** " Did you mean 'x'?" or a fallback hint when nothing is close. */
  static String hint(String typed, Collection<String> candidates, String fallback) {
    return closest(typed, candidates).map(c -> " Did you mean '" + c + "'?").orElse(" " + fallback);
  }

  /** Optimal string alignment distance: edits, with a swap of neighbours counting as one. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
