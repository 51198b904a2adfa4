package io.github.ebmaven.config;

import io.github.ebmaven.report.EbException;
import java.time.Duration;

/**
 * One HTTP check of a newly deployed environment ({@code <smokeTests><smokeTest>}): a GET of
 * {@code path} must answer {@code status} and, when given, a body that contains {@code contains}.
 *
 * @param timeout how long one request may take
 * @param retries how many more times a failed check is tried, with growing pauses
 */
public record SmokeTest(String path, int status, String contains, Duration timeout, int retries) {

  public static final int DEFAULT_STATUS = 200;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  public static final int DEFAULT_RETRIES = 3;

  /**
   * Checks what the user wrote; null parts take their defaults.
   *
   * @param where the element's place in the configuration, starting a message when a part is wrong
   */
  public static SmokeTest of(String path, Integer status, String contains, String timeout, Integer retries, String where)
      throws EbException {
    if (path == null || path.isBlank()) {
      throw new EbException(where + ": <path> is missing; set the path to request, for example /health.");
    }
    String trimmed = path.trim();
    if (!trimmed.startsWith("/") || trimmed.chars().anyMatch(Character::isWhitespace)) {
      throw new EbException(where + ": <path> '" + trimmed + "' must start with / and hold no spaces, for example /health.");
    }
    int expected = status == null ? DEFAULT_STATUS : status;
    if (expected < 100 || expected > 599) {
      throw new EbException(where + ": <status> " + expected + " is not an HTTP status; use 100 to 599, for example 200.");
    }
    int tries = retries == null ? DEFAULT_RETRIES : retries;
    if (tries < 0 || tries > 20) {
      throw new EbException(where + ": <retries> " + tries + " must be 0 to 20, for example 3.");
    }
    Duration limit = timeout == null || timeout.isBlank() ? DEFAULT_TIMEOUT : Durations.parse(timeout, where + ": <timeout>");
    return new SmokeTest(trimmed, expected, contains == null || contains.isEmpty() ? null : contains, limit, tries);
  }
}
