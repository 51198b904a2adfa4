package io.github.ebmaven.aws;

/**
 * An application version.
 *
 * @param status as EB spells it: Unprocessed, Processing, Processed, Failed, Building
 */
public record VersionInfo(
    String label, String bucket, String key, String status, String description, java.time.Instant created) {

  public boolean isFailed() {
    return "Failed".equalsIgnoreCase(status);
  }

  public boolean isSettled() {
    return "Processed".equalsIgnoreCase(status) || isFailed() || "Unprocessed".equalsIgnoreCase(status);
  }
}
