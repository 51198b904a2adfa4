package io.github.ebmaven.bundle;

import io.github.ebmaven.report.Mention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** A folder on disk, without version control, build output or EB CLI state. */
final class DirectorySource {

  /** Folders at the root of the bundle folder that never ship. */
  private static final Set<String> SKIPPED_AT_ROOT = Set.of("target", ".elasticbeanstalk");

  private DirectorySource() {}

  static CollectedSource collect(Path folder) throws BundleException {
    if (!Files.isDirectory(folder)) {
      throw new BundleException(
          "The bundle folder "
              + folder
              + " does not exist. Set " + Mention.setting("eb.bundleDirectory") + " to an existing folder.");
    }
    try {
      Path ebIgnoreFile = folder.resolve(EbIgnoreRules.FILE_NAME);
      EbIgnoreRules rules =
          Files.isRegularFile(ebIgnoreFile)
              ? EbIgnoreRules.parse(Files.readAllBytes(ebIgnoreFile))
              : EbIgnoreRules.NONE;
      List<SourceEntry> entries =
          FileTreeWalker.walk(
              folder,
              "",
              name ->
                  isGit(name)
                      || SKIPPED_AT_ROOT.contains(name)
                      || rules.ignoresFolder(name));
      // Git worktrees and submodules have a .git file (naming the repository's absolute path)
      // instead of a folder: it is version control too and never ships.
      entries.removeIf(entry -> isGit(entry.name()));
      return new CollectedSource(
          BundleSourceMode.DIRECTORY, "folder " + folder, entries, null, null, List.of(), null);
    } catch (IOException e) {
      throw new BundleException("Cannot read the bundle folder " + folder + ": " + e.getMessage(), e);
    }
  }

  private static boolean isGit(String name) {
    return name.equals(".git") || name.endsWith("/.git");
  }
}
