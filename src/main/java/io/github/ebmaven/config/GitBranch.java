package io.github.ebmaven.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The git branch a build runs on: the one checked out, or, when HEAD is detached as CI systems
 * check commits out, the branch the CI system names in its environment.
 *
 * @param source how it was found: {@code git} or the variable's name
 */
record GitBranch(String name, String source) {

  /** Variables CI systems set to the branch they build (GitHub Actions, GitLab CI, Jenkins, Bitbucket, CircleCI). */
  private static final List<String> CI_VARIABLES =
      List.of("GITHUB_HEAD_REF", "GITHUB_REF_NAME", "CI_COMMIT_REF_NAME", "BRANCH_NAME", "BITBUCKET_BRANCH", "CIRCLE_BRANCH");

  /** The branch checked out in the repository holding {@code projectDir}, or null (no repository, detached HEAD). */
  static String checkedOut(Path projectDir) {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(projectDir.toFile());
    if (builder.getGitDir() == null) {
      return null;
    }
    try (var repository = builder.build()) {
      String branch = repository.getBranch();
      return branch == null || ObjectId.isId(branch) ? null : branch;
    } catch (IOException e) {
      return null;
    }
  }

  /** The branch checked out, else the one a CI variable names, else null. */
  static GitBranch current(Path projectDir, UnaryOperator<String> environment) {
    String branch = checkedOut(projectDir);
    if (branch != null) {
      return new GitBranch(branch, "git");
    }
    for (String variable : CI_VARIABLES) {
      String value = environment.apply(variable);
      if (value != null && !value.isBlank()) {
        return new GitBranch(value.trim(), variable);
      }
    }
    return null;
  }

  /** For messages: {@code git branch main}, or {@code branch main (GITHUB_REF_NAME, HEAD is detached)}. */
  String describe() {
    return "git".equals(source) ? "git branch " + name : "branch " + name + " (" + source + ", HEAD is detached)";
  }
}
