package io.github.ebmaven.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
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

  // Jackson's streaming API, not its object mapper: eb:package of an unchanged project reads and
  // writes this file on every build, and the mapper's start-up costs it a tenth of a second.
  private static final JsonFactory JSON = new JsonFactory();

  public void write(Path folder) throws IOException {
    Files.createDirectories(folder);
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(text).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeStringField("applicationName", applicationName);
      json.writeStringField("versionLabel", versionLabel);
      json.writeStringField("file", file);
      json.writeStringField("sha256", sha256);
      json.writeNumberField("size", size);
      json.writeNumberField("entryCount", entryCount);
      json.writeStringField("sourceMode", sourceMode);
      json.writeStringField("gitCommit", gitCommit);
      json.writeBooleanField("dirty", dirty);
      json.writeStringField("inputs", inputs);
      json.writeEndObject();
    }
    Files.writeString(folder.resolve(FILE_NAME), text + "\n");
  }

  /** The manifest in {@code folder}, or empty when there is none or it cannot be read. */
  public static Optional<BundleManifest> read(Path folder) {
    Path file = folder.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (JsonParser json = JSON.createParser(file.toFile())) {
      Map<String, JsonToken> kinds = new HashMap<>();
      Map<String, String> values = new HashMap<>();
      if (json.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String name = json.currentName();
        JsonToken value = json.nextToken();
        if (value.isStructStart()) {
          json.skipChildren();
        } else {
          kinds.put(name, value);
          values.put(name, value == JsonToken.VALUE_NULL ? null : json.getText());
        }
      }
      if (kinds.get("size") != JsonToken.VALUE_NUMBER_INT || kinds.get("entryCount") != JsonToken.VALUE_NUMBER_INT) {
        return Optional.empty();
      }
      return Optional.of(new BundleManifest(
          values.get("applicationName"),
          values.get("versionLabel"),
          values.get("file"),
          values.get("sha256"),
          Long.parseLong(values.get("size")),
          Integer.parseInt(values.get("entryCount")),
          values.get("sourceMode"),
          values.get("gitCommit"),
          kinds.get("dirty") == JsonToken.VALUE_TRUE,
          values.get("inputs")));
    } catch (IOException | RuntimeException e) {
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
