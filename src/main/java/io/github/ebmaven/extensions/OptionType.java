package io.github.ebmaven.extensions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A value type EB documents for one option: {@link #check} returns the fix when a value does not
 * fit, worded for the end of a message.
 *
 * @param type string, boolean, integer, number (decimals allowed) or enum
 * @param min lowest allowed number, or {@code null}
 * @param max highest allowed number, or {@code null}
 * @param values the exact values of an enum
 * @param pattern a regular expression a string must match, or {@code null}
 */
record OptionType(String type, BigDecimal min, BigDecimal max, List<String> values, Pattern pattern) {

  static final OptionType STRING = new OptionType("string", null, null, List.of(), null);

  /** The catalog's pattern for paths that must be empty or start with a slash (PHP document_root). */
  private static final String LEADING_SLASH = "^(/.*)?$";

  Optional<String> check(String value) {
    switch (type) {
      case "boolean":
        return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
            ? Optional.empty()
            : Optional.of("use true or false.");
      case "integer":
      case "number":
        return checkNumber(value.trim());
      case "enum":
        if (values.contains(value)) {
          return Optional.empty();
        }
        for (String allowed : values) {
          if (allowed.equalsIgnoreCase(value)) {
            return Optional.of("values are case-sensitive, use '" + allowed + "'.");
          }
        }
        return Optional.of("use one of " + String.join(", ", new TreeSet<>(values)) + ".");
      default:
        if (pattern != null && !pattern.matcher(value).matches()) {
          return Optional.of(
              pattern.pattern().equals(LEADING_SLASH)
                  ? "start it with '/', for example '/" + value + "' (an empty value means the bundle's root)."
                  : "the value must match " + pattern.pattern() + ".");
        }
        return Optional.empty();
    }
  }

  private Optional<String> checkNumber(String value) {
    BigDecimal number;
    try {
      number = new BigDecimal(value);
    } catch (NumberFormatException e) {
      return Optional.of(expected());
    }
    boolean whole = number.stripTrailingZeros().scale() <= 0;
    if ((type.equals("integer") && !whole)
        || (min != null && number.compareTo(min) < 0)
        || (max != null && number.compareTo(max) > 0)) {
      return Optional.of(expected());
    }
    return Optional.empty();
  }

  private String expected() {
    String kind = type.equals("integer") ? "a whole number" : "a number";
    if (min != null && max != null) {
      return "use " + kind + " from " + min.toPlainString() + " to " + max.toPlainString() + ".";
    }
    if (min != null) {
      return "use " + kind + " of at least " + min.toPlainString() + ".";
    }
    return "use " + kind + (max != null ? " of at most " + max.toPlainString() : "") + ".";
  }
}
