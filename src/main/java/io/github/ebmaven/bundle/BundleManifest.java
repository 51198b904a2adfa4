package io.github.ebmaven.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code target/eb/bundle.json}: what was bundled, for the user, for {@code eb:deploy}, and for
 * reusing the bundle when nothing changed.
 *
 * @param applicationName the EB application
 * @param versionLabel the label the bundle is deployed under
 * @param file the zip's file name, in the same folder
 * @param sha256 hex SHA-256 of the zip
 * @param size the zip's size in bytes
 * @param entryCount number of zip entries, folders included
 * @param sourceMode git, staged, directory or artifact
 * @param gitCommit the commit bundled (git) or the HEAD beside the index (staged), else null
 * @param dirty whether the work tree had changes that are not in the bundle
 * @param inputs a digest of everything the bundle's bytes depend on
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({
  "applicationName",
  "versionLabel",
  "file",
  "sha256",
  "size",
  "entryCount",
  "sourceMode",
  "gitCommit",
  "dirty",
  "inputs"
})
public record BundleManifest(
    String applicationName,
    String versionLabel,
    String file,
    String sha256,
    long size,
    int entryCount,
    String sourceMode,
    String gitCommit,
    boolean dirty,
    String inputs) {

  public static final String FILE_NAME = "bundle.json";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public void write(Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(FILE_NAME), JSON.writeValueAsString(this) + "\n");
  }

  /** The manifest in {@code folder}, or empty when there is none or it cannot be read. */
  public static Optional<BundleManifest> read(Path folder) {
    Path file = folder.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), BundleManifest.class));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The same bundle, seen from a work tree that is (or is no longer) dirty. */
  public BundleManifest withDirty(boolean nowDirty) {
    return new BundleManifest(
        applicationName, versionLabel, file, sha256, size, entryCount, sourceMode, gitCommit, nowDirty, inputs);
  }

  public Path zip(Path folder) {
    return folder.resolve(file);
  }
}
