package io.github.ebmaven.bundle;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The one modification time written for every entry, chosen the way maven-archiver chooses it:
 * {@code project.build.outputTimestamp} (ISO-8601 or epoch seconds), else {@code
 * SOURCE_DATE_EPOCH}, else the commit time in git modes, else a fixed date.
 */
public final class BundleTimestamp {

  /** Earliest time a zip (DOS) date can hold, with the two-second granularity rounded up. */
  static final Instant ZIP_MIN = Instant.parse("1980-01-01T00:00:02Z");

  /**
   * Latest time written without extra fields. The DOS format reaches 2107, but commons-compress
   * adds extended-timestamp extra fields to any entry whose (zone-shifted) time is past
   * 2097-11-30T00:00 local, so the range stops a day before, whatever the build machine's zone.
   */
  static final Instant ZIP_MAX = Instant.parse("2097-11-28T23:59:58Z");

  /** Used when no other source of time exists. */
  static final Instant FIXED = Instant.parse("1980-02-01T00:00:00Z");

  private BundleTimestamp() {}

  /**
   * Picks the entries' time.
   *
   * @param outputTimestamp the POM's {@code project.build.outputTimestamp}, may be null or blank
   * @param sourceDateEpoch the {@code SOURCE_DATE_EPOCH} environment variable, may be null
   * @param commitTime the bundled commit's time, or null
   */
  public static Instant choose(String outputTimestamp, String sourceDateEpoch, Instant commitTime)
      throws BundleException {
    Instant configured = parse(outputTimestamp, "project.build.outputTimestamp");
    if (configured == null) {
      configured = parse(sourceDateEpoch, "SOURCE_DATE_EPOCH");
    }
    if (configured != null) {
      return configured;
    }
    if (commitTime != null) {
      return commitTime.isBefore(ZIP_MIN) || commitTime.isAfter(ZIP_MAX) ? FIXED : commitTime;
    }
    return FIXED;
  }

  private static Instant parse(String value, String origin) throws BundleException {
    // maven-archiver treats a one-character value (often "a") as "not reproducible".
    if (value == null || value.trim().length() < 2) {
      return null;
    }
    String text = value.trim();
    Instant instant;
    try {
      instant =
          text.chars().allMatch(Character::isDigit)
              ? Instant.ofEpochSecond(Long.parseLong(text))
              : OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new BundleException(
          origin
              + " '"
              + text
              + "' is neither an ISO-8601 date-time with offset (2026-11-29T10:15:30Z) nor epoch"
              + " seconds. Fix the value.");
    }
    if (instant.isBefore(ZIP_MIN) || instant.isAfter(ZIP_MAX)) {
      throw new BundleException(
          origin
              + " '"
              + text
              + "' is outside the range a reproducible bundle can store ("
              + ZIP_MIN
              + " to "
              + ZIP_MAX
              + "). Use a date inside it.");
    }
    return instant;
  }
}
