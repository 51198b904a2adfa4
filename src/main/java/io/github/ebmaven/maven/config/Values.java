package io.github.ebmaven.maven.config;

import io.github.ebmaven.report.EbException;
import java.util.Arrays;
import java.util.List;

/**
 * How the typed elements' text becomes values: blank is unset, lists are comma-separated, and a
 * flag or number that is neither fails naming the element (Maven would silently read a misspelt
 * {@code ture} as false).
 */
final class Values {

  private Values() {}

  static String text(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  static List<String> list(String value) {
    return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  static Boolean flag(String value, String element) throws EbException {
    String text = text(value);
    if (text == null) {
      return null;
    }
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.valueOf(text);
    }
    throw new EbException(element + ": '" + text + "' is not true or false; write " + element + "true" + closing(element) + ".");
  }

  static Integer integer(String value, String element, String example) throws EbException {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      throw new EbException(element + ": '" + text + "' is not a whole number; write " + element + example + closing(element) + ".");
    }
  }

  /** The closing tag of the innermost element: {@code </publicIp>} for {@code <vpc><publicIp>}. */
  private static String closing(String element) {
    return "</" + element.substring(element.lastIndexOf('<') + 1);
  }
}
