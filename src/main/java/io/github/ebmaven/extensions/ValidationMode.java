package io.github.ebmaven.extensions;

import java.util.Locale;

/** How hard the plugin checks {@code .ebextensions} before any AWS call ({@code eb.validation}). */
public enum ValidationMode {
  /** Every problem fails the build. */
  ERROR,
  /** Problems are reported as warnings and the build goes on. */
  WARN,
  /** Hand-written files are not checked; contradictions with the POM still fail. */
  OFF;

  /**
   * Reads the value of {@code eb.validation}, ignoring case and surrounding blanks.
   *
   * @throws IllegalArgumentException naming {@code eb.validation} and the accepted values
   */
  public static ValidationMode parse(String value) {
    if (value != null) {
      String trimmed = value.trim().toUpperCase(Locale.ROOT);
      for (ValidationMode mode : values()) {
        if (mode.name().equals(trimmed)) {
          return mode;
        }
      }
    }
    throw new IllegalArgumentException(
        "Invalid eb.validation value '"
            + value
            + "': use error (the default), warn or off, for example -Deb.validation=warn");
  }
}
