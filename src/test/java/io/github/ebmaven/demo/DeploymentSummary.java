package io.github.ebmaven.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The fields of {@code target/eb/deployment.json} a user reads first, one a line. */
final class DeploymentSummary {

  private final JsonNode record;

  private DeploymentSummary(JsonNode record) {
    this.record = record;
  }

  /** Reads the file; null when the goal wrote none. */
  static DeploymentSummary read(Path file) throws IOException {
    return Files.isRegularFile(file) ? new DeploymentSummary(new ObjectMapper().readTree(file.toFile())) : null;
  }

  String versionLabel() {
    return record.path("versionLabel").asText();
  }

  void print(PrintStream out) {
    out.println("  goal          " + text("goal") + ", status " + text("status"));
    out.println("  versionLabel  " + text("versionLabel") + " (version " + text("version") + ", "
        + text("bytesUploaded") + " bytes uploaded)");
    out.println("  environment   " + text("environment") + ": " + text("environmentStatus") + ", health "
        + text("health"));
    out.println("  url           " + text("url"));
    out.println("  ebCalls       " + text("ebCalls"));
    out.println("  events        " + record.path("events").size() + ":");
    record.path("events").forEach(event -> out.println("                " + event.asText()));
    out.println("  took          " + text("startedAt") + " to " + text("endedAt"));
  }

  private String text(String field) {
    JsonNode node = record.path(field);
    return node.isMissingNode() || node.isNull() ? "-" : node.asText();
  }
}
