package io.github.ebmaven.config;

import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Mention;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads {@code eb.since}: a duration back from now ({@code 1h}, {@code 30m}) or an ISO instant. */
public final class Since {

  private Since() {}

  /** Null or blank means no lower bound. */
  public static Instant parse(String text, Clock clock) throws EbException {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.trim();
    if (value.contains("-") && value.contains("T")) {
      try {
        return OffsetDateTime.parse(value).toInstant();
      } catch (DateTimeParseException e) {
        throw new EbException(
            Mention.property("eb.since") + " '" + text + "' is not an ISO instant. Write it like 2026-11-29T10:15:00Z, or a duration back"
                + " from now like 1h or 30m.");
      }
    }
    try {
      return clock.instant().minus(Durations.parse(value, Mention.property("eb.since")));
    } catch (EbException e) {
      throw new EbException(
          Mention.property("eb.since") + " '" + text + "' is neither a duration nor an instant. Write a duration back from now like 1h,"
              + " 30m or 90s, or an ISO instant like 2026-11-29T10:15:00Z.");
    }
  }
}
