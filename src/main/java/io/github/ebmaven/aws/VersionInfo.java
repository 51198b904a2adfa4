package io.github.ebmaven.aws;

/**
 * An application version.
 *
 * @param status UNPROCESSED, PROCESSING, PROCESSED, FAILED, BUILDING
 */
public record VersionInfo(
    String label, String bucket, String key, String status, String description, java.time.Instant created) {

  public boolean isFailed() {
    return "FAILED".equals(status);
  }

  public boolean isSettled() {
    return "PROCESSED".equals(status) || "FAILED".equals(status) || "UNPROCESSED".equals(status);
  }
}
