package io.github.ebmaven.aws;

/**
 * An application version.
 *
 * @param status Processed, Unprocessed, Failed, Processing or Building, as EB spells them
 */
public record VersionInfo(
    String label, String bucket, String key, String status, String description, java.time.Instant created) {

  public boolean isFailed() {
    return "Failed".equalsIgnoreCase(status);
  }

  public boolean isSettled() {
    return "Processed".equalsIgnoreCase(status) || "Failed".equalsIgnoreCase(status)
        || "Unprocessed".equalsIgnoreCase(status);
  }
}
