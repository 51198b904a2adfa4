package io.github.ebmaven.demo;

import io.github.ebmaven.it.ItProjects;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.io.FileUtils;
import org.eclipse.jgit.api.Git;

/**
 * The demo's temporary copy of the sample: its own git repository, so the demo can commit a
 * second release without touching the checkout, and its own {@code .mvn/maven.config}, so every
 * build of the copy (the demo's and the commands it suggests) reaches the same endpoint with the
 * same Maven options.
 */
final class DemoProject {

  /** What earlier runs (of the demo, or of goals run in the sample itself) leave in the sample. */
  private static final List<String> SAMPLE_LEFTOVERS = List.of("target", ".elasticbeanstalk");

  /** The file release 2 changes. */
  static final String CHANGED_FILE = "static/css/site.css";

  private final Path sample;
  private final Path work;
  private final Path copy;

  DemoProject(Path sample, Path work) {
    this.sample = sample;
    this.work = work;
    this.copy = work.resolve(sample.getFileName());
  }

  Path dir() {
    return copy;
  }

  /**
   * Deletes the work folder of an earlier run and the sample's build output and EB CLI folder, so
   * a second run starts where the first did.
   *
   * @return what was deleted
   */
  List<Path> removeLeftovers() throws IOException {
    List<Path> removed = new ArrayList<>();
    List<Path> candidates = new ArrayList<>();
    candidates.add(work);
    SAMPLE_LEFTOVERS.forEach(name -> candidates.add(sample.resolve(name)));
    for (Path path : candidates) {
      if (Files.exists(path)) {
        FileUtils.forceDelete(path.toFile());
        removed.add(path);
      }
    }
    return removed;
  }

  /** Copies the sample without leftovers and commits it as release 1; returns the short commit id. */
  String createRelease1() throws IOException {
    File root = sample.toFile();
    FileUtils.copyDirectory(
        root, copy.toFile(), file -> !(file.getParentFile().equals(root) && SAMPLE_LEFTOVERS.contains(file.getName())));
    // Build output and the local Maven configuration are never committed, so never bundled.
    Files.writeString(copy.resolve(".gitignore"), "target/\n.mvn/\n");
    ItProjects.commitAll(copy.toFile(), "Release 1: the Django sample");
    return head();
  }

  /** Writes {@code .mvn/maven.config}, one argument a line as Maven 3.9 reads it. */
  Path writeMavenConfig(List<String> arguments) throws IOException {
    Path config = copy.resolve(".mvn/maven.config");
    Files.createDirectories(config.getParent());
    Files.writeString(config, String.join("\n", arguments) + "\n");
    return config;
  }

  /** Changes the stylesheet and commits it as release 2; returns the short commit id. */
  String createRelease2() throws IOException {
    Files.writeString(
        copy.resolve(CHANGED_FILE),
        "h1 { color: #1d6f42; } /* release 2 */\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    ItProjects.commitAll(copy.toFile(), "Release 2: a new heading colour");
    return head();
  }

  private String head() throws IOException {
    try (Git git = Git.open(copy.toFile())) {
      return git.getRepository().resolve("HEAD").abbreviate(7).name();
    }
  }
}
