package io.github.ebmaven.extensions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes EB's run order match the POM's. EB runs {@code commands} and {@code container_commands}
 * in alphabetical order of their names, not in file order, so {@code migrate} written before
 * {@code collectstatic} would run after it. When the orders differ, every name gets a zero-padded
 * position prefix ({@code 01_migrate}, {@code 02_collectstatic}).
 */
final class CommandNaming {

  private CommandNaming() {}

  /** The names to render, in POM order: the same names when EB's order already agrees. */
  static List<String> inRunOrder(List<String> pomOrder) {
    if (isAscending(pomOrder)) {
      return pomOrder;
    }
    int width = Math.max(2, String.valueOf(pomOrder.size()).length());
    List<String> renamed = new ArrayList<>();
    for (int i = 0; i < pomOrder.size(); i++) {
      renamed.add(String.format("%0" + width + "d_%s", i + 1, pomOrder.get(i)));
    }
    return renamed;
  }

  /** A note for the user when names were changed, naming the POM element. */
  static Optional<String> note(String element, String key, List<String> pomOrder, List<String> rendered) {
    if (pomOrder.equals(rendered)) {
      return Optional.empty();
    }
    return Optional.of(
        element
            + ": EB runs "
            + key
            + " in alphabetical order of their names, not in POM order ("
            + String.join(", ", pomOrder)
            + "); renamed them "
            + String.join(", ", rendered)
            + " so they run in POM order.");
  }

  private static boolean isAscending(List<String> names) {
    for (int i = 1; i < names.size(); i++) {
      // EB sorts names as Python sorts strings: by code point, like String.compareTo for ASCII.
      if (names.get(i - 1).compareTo(names.get(i)) >= 0) {
        return false;
      }
    }
    return true;
  }
}
