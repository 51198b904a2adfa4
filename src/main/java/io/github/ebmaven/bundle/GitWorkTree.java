package io.github.ebmaven.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where git's work trees are, found without JGit, as git finds them: a {@code .git} in the folder or a parent. */
final class GitWorkTree {

  private GitWorkTree() {}

  /** Whether {@code folder} lies inside a git work tree: a parent holds a repository folder or a {@code gitdir:} file. */
  static boolean contains(Path folder) {
    for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path git = dir.resolve(".git");
      // What git itself takes for a repository: HEAD, objects and refs.
      if (Files.isRegularFile(git.resolve("HEAD")) && Files.isDirectory(git.resolve("objects"))
          && Files.isDirectory(git.resolve("refs"))) {
        return true;
      }
      if (Files.isRegularFile(git) && startsWithGitdir(git)) {
        return true;
      }
    }
    return false;
  }

  /** A linked work tree or a submodule: {@code .git} is a file that names the repository. */
  private static boolean startsWithGitdir(Path file) {
    try {
      return Files.readString(file).startsWith("gitdir:");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** For the source's log line: {@code " of /repo"}, or {@code " of /repo (folder app/)"} for a project inside it. */
  static String describe(Path workTree, String prefix) {
    return " of " + workTree + (prefix.isEmpty() ? "" : " (folder " + prefix + "/)");
  }
}
