package io.github.ebmaven.bundle;

import io.github.ebmaven.report.Mention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A built jar or war with the files EB reads beside it: {@code Procfile}, {@code .ebextensions/},
 * {@code .platform/} and any extra files the POM lists.
 */
final class ArtifactSource {

  /** Files and folders taken from the project folder when they exist. */
  private static final List<String> PLATFORM_FILES = List.of("Procfile", ".ebextensions", ".platform");

  private ArtifactSource() {}

  static CollectedSource collect(Path projectDir, Path artifact, List<String> extraFiles)
      throws BundleException {
    if (artifact == null || !Files.isRegularFile(artifact)) {
      throw new BundleException(
          "The artifact source needs the project's jar or war, but "
              + (artifact == null
                  ? "the build has not produced one"
                  : Files.isDirectory(artifact)
                      ? artifact + " is the folder of compiled classes: the build stopped before the package phase"
                      : artifact + " does not exist")
              + ". Run eb:package in the package phase after the jar/war is built (mvn package), or"
              + " set " + Mention.setting("eb.bundleSource") + " to git or directory.");
    }
    try {
      List<SourceEntry> entries = new ArrayList<>();
      entries.add(FileTreeWalker.entry(artifact.getFileName().toString(), artifact));
      for (String name : PLATFORM_FILES) {
        addIfPresent(projectDir, name, entries);
      }
      for (String extra : extraFiles) {
        String name = extra.replace('\\', '/');
        while (name.endsWith("/")) {
          name = name.substring(0, name.length() - 1);
        }
        EntryNames.checkName(name, "<bundleFiles>");
        if (!addIfPresent(projectDir, name, entries)) {
          throw new BundleException(
              "<bundleFiles> lists '"
                  + extra
                  + "', which does not exist in "
                  + projectDir
                  + ". Fix the path (relative to the project folder) or remove it.");
        }
      }
      return new CollectedSource(
          BundleSourceMode.ARTIFACT,
          "artifact " + artifact.getFileName() + " with platform files of " + projectDir,
          entries,
          null,
          null,
          List.of(),
          null);
    } catch (IOException e) {
      throw new BundleException("Cannot read " + artifact + ": " + e.getMessage(), e);
    }
  }

  private static boolean addIfPresent(Path projectDir, String name, List<SourceEntry> entries)
      throws IOException {
    Path path = projectDir.resolve(name);
    if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      entries.addAll(FileTreeWalker.walk(path, name + "/", folder -> false));
      return true;
    }
    if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      entries.add(FileTreeWalker.entry(name, path));
      return true;
    }
    return false;
  }
}
