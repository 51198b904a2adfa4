package io.github.ebmaven.maven;

import io.github.ebmaven.report.EbException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Reads {@code eb.acceptedHealth}: comma-separated health colours, for deploy, create and swap. */
final class HealthColours {

  private static final Set<String> COLOURS = Set.of("Green", "Yellow", "Red", "Grey");

  private HealthColours() {}

  static Set<String> parse(String acceptedHealth) throws EbException {
    Set<String> colours = new LinkedHashSet<>();
    for (String part : (acceptedHealth == null ? "Green" : acceptedHealth).split(",")) {
      String colour = part.trim();
      if (colour.isEmpty()) {
        continue;
      }
      String normalised = Character.toUpperCase(colour.charAt(0)) + colour.substring(1).toLowerCase(Locale.ROOT);
      if (!COLOURS.contains(normalised)) {
        throw new EbException(
            "<acceptedHealth> / -Deb.acceptedHealth lists '" + colour + "'; use Green, Yellow, Red or Grey, comma-separated.");
      }
      colours.add(normalised);
    }
    if (colours.isEmpty()) {
      throw new EbException("<acceptedHealth> / -Deb.acceptedHealth is empty; use for example Green or Green,Yellow.");
    }
    return colours;
  }
}
