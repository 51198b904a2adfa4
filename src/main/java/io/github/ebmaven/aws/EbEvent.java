package io.github.ebmaven.aws;

import io.github.ebmaven.report.Formats;
import java.time.Instant;

/** One Elastic Beanstalk event. */
public record EbEvent(
    Instant time, String severity, String message, String requestId, String environment, String versionLabel) {

  /** The line the EB CLI prints: {@code YYYY-MM-DD HH:MM:SS  SEVERITY  message} (UTC). */
  public String line() {
    return Formats.clock(time) + "  " + severity + "  " + message;
  }

  public boolean isError() {
    return "ERROR".equals(severity) || "FATAL".equals(severity);
  }
}
