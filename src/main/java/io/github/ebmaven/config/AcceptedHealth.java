package io.github.ebmaven.config;

import io.github.ebmaven.report.EbException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Reads {@code eb.acceptedHealth}: comma-separated health colours that count as healthy. */
public final class AcceptedHealth {

  private AcceptedHealth() {}

  /** Green, Yellow, Red, Grey (or Gray), any case; the result is spelled as EB spells them. */
  public static Set<String> parse(String text) throws EbException {
    Set<String> colours = new LinkedHashSet<>();
    for (String part : (text == null ? "Green" : text).split(",")) {
      String colour = part.strip();
      if (colour.isEmpty()) {
        continue;
      }
      colours.add(
          switch (colour.toLowerCase(Locale.ROOT)) {
            case "green" -> "Green";
            case "yellow" -> "Yellow";
            case "red" -> "Red";
            case "grey", "gray" -> "Grey";
            default -> throw new EbException(
                ConfigKey.ACCEPTED_HEALTH.mention() + " lists '" + colour + "'; use Green, Yellow, Red or Grey, comma-separated.");
          });
    }
    if (colours.isEmpty()) {
      throw new EbException(
          ConfigKey.ACCEPTED_HEALTH.mention() + " is empty; use for example Green or Green,Yellow.");
    }
    return colours;
  }
}
