package io.github.ebmaven.aws;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** One Elastic Beanstalk event. */
public record EbEvent(
    Instant time, String severity, String message, String requestId, String environment, String versionLabel) {

  private static final DateTimeFormatter LINE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  /** The line the EB CLI prints: {@code YYYY-MM-DD HH:MM:SS  SEVERITY  message} (UTC). */
  public String line() {
    return LINE_TIME.format(time) + "  " + severity + "  " + message;
  }

  public boolean isError() {
    return "ERROR".equals(severity) || "FATAL".equals(severity);
  }
}
