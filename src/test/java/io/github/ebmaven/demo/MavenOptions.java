package io.github.ebmaven.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The options of the Maven build that runs the demo, as the demo profile reads them from the
 * session ({@code ${settings.localRepository}}, {@code ${session.request.userSettingsFile}}, ...),
 * turned back into command-line options: those that decide how the inner builds resolve the plugin
 * and its dependencies (local repository, settings, toolchains, offline mode, transfer output),
 * which the later commands a user pastes need as well, and those that decide how much the demo's
 * own inner builds print ({@code -q}, {@code -X}, {@code -e}). MAVEN_OPTS and MAVEN_ARGS need no
 * forwarding: the inner builds inherit the environment.
 */
final class MavenOptions {

  /** Maven's {@code MavenExecutionRequest.LOGGING_LEVEL_DEBUG} ({@code -X}) and ERROR ({@code -q}). */
  private static final int DEBUG = 0;
  private static final int ERROR = 3;

  private final List<String> resolution;
  private final List<String> output;

  private MavenOptions(List<String> resolution, List<String> output) {
    this.resolution = List.copyOf(resolution);
    this.output = List.copyOf(output);
  }

  /**
   * Reads the demo profile's {@code --name=value} arguments. Files are passed on only when they
   * exist and are not where Maven looks by default, so the common case stays short.
   */
  static MavenOptions from(Map<String, String> args) {
    Path home = Paths.get(System.getProperty("user.home"), ".m2");
    String mavenHome = args.getOrDefault("maven-home", "");
    List<String> out = new ArrayList<>();
    String repository = args.get("local-repository");
    if (isSet(repository)) {
      out.add("-Dmaven.repo.local=" + repository);
    }
    addFile(out, "-s", args.get("settings"), home.resolve("settings.xml"));
    addFile(out, "-gs", args.get("global-settings"), Paths.get(mavenHome, "conf", "settings.xml"));
    addFile(out, "-t", args.get("toolchains"), home.resolve("toolchains.xml"));
    if ("true".equals(args.get("offline"))) {
      out.add("-o");
    }
    // -ntp (and -q) install Maven's QuietMavenTransferListener; the class name is all the session shows.
    if (args.getOrDefault("transfer-listener", "").startsWith("Quiet")) {
      out.add("-ntp");
    }
    List<String> output = new ArrayList<>();
    output.add("-B");
    String level = args.getOrDefault("logging-level", "");
    if (level.equals(String.valueOf(DEBUG))) {
      output.add("-X");
    } else if (level.matches("\\d+") && Integer.parseInt(level) >= ERROR) {
      output.add("-q");
    }
    if ("true".equals(args.get("show-errors"))) {
      output.add("-e");
    }
    return new MavenOptions(out, output);
  }

  private static void addFile(List<String> out, String option, String value, Path mavenDefault) {
    if (!isSet(value)) {
      return;
    }
    Path file = Paths.get(value).toAbsolutePath().normalize();
    if (Files.isRegularFile(file) && !file.equals(mavenDefault.toAbsolutePath().normalize())) {
      out.add(option);
      out.add(file.toString());
    }
  }

  /** A profile argument whose expression Maven could not evaluate stays {@code ${...}}. */
  private static boolean isSet(String value) {
    return value != null && !value.isBlank() && !value.startsWith("${");
  }

  /** How to resolve: one option or option value per element, as {@code .mvn/maven.config} takes them. */
  List<String> resolution() {
    return resolution;
  }

  /** How much to print: {@code -B} and the outer build's {@code -q}, {@code -X} or {@code -e}. */
  List<String> output() {
    return output;
  }
}
