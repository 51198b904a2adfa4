package io.github.ebmaven.config;

import io.github.ebmaven.report.EbException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Picks the target environment: {@code -Deb.target} on the command line, else the first target
 * (in POM order) whose branches match the git branch, else the POM's {@code eb.target}, else none.
 * An id the POM does not declare fails listing the ones it does.
 */
final class TargetSelector {

  private TargetSelector() {}

  /** @param useCommandLine false for another target's configuration (promotion), where -D aims at the destination */
  static TargetSelection select(RawConfiguration raw, boolean useCommandLine) throws EbException {
    List<TargetDeclaration> targets = raw.targets();
    String fromCommandLine = useCommandLine ? blankToNull(raw.commandLine(ConfigKey.TARGET)) : null;
    if (fromCommandLine != null) {
      return known(targets, fromCommandLine, "selected by " + ConfigKey.TARGET.example(fromCommandLine));
    }
    if (targets.stream().anyMatch(t -> !t.branches().isEmpty())) {
      GitBranch branch = GitBranch.current(raw.project().baseDir(), raw::environmentVariable);
      if (branch != null) {
        for (TargetDeclaration target : targets) {
          for (String glob : target.branches()) {
            if (matches(target, glob, branch.name())) {
              return new TargetSelection(target.id(), branch.describe() + " matches its branches '" + glob + "'");
            }
          }
        }
      }
    }
    String fromPom = blankToNull(raw.pom().value(ConfigKey.TARGET));
    if (fromPom != null) {
      return known(targets, fromPom, ConfigKey.TARGET.mention() + " in the POM");
    }
    return TargetSelection.NONE;
  }

  /** The selection of {@code id}, which must be a declared target. */
  static TargetSelection known(List<TargetDeclaration> targets, String id, String reason) throws EbException {
    if (targets.stream().anyMatch(t -> t.id().equals(id))) {
      return new TargetSelection(id, reason);
    }
    if (targets.isEmpty()) {
      throw new EbException(
          ConfigKey.TARGET.mention() + " is '" + id + "', but the POM declares no target environments. Declare one with"
              + " id " + id + " in the plugin's environments, or drop " + ConfigKey.TARGET.mention() + ".");
    }
    String ids = targets.stream().map(TargetDeclaration::id).collect(Collectors.joining(", "));
    throw new EbException(
        ConfigKey.TARGET.mention() + " is '" + id + "', which is not a target environment of the POM; it declares " + ids
            + ". Use one of them, for example " + ConfigKey.TARGET.example(targets.get(0).id()) + ".");
  }

  private static boolean matches(TargetDeclaration target, String glob, String branch) throws EbException {
    PathMatcher matcher;
    try {
      matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    } catch (IllegalArgumentException e) {
      throw new EbException(
          "Target environment " + target.id() + ": the branch pattern '" + glob + "' is not a glob (" + e.getMessage()
              + "). Write a branch name or a glob such as release/*.");
    }
    Path path;
    try {
      path = Paths.get(branch);
    } catch (RuntimeException e) {
      return false;
    }
    return matcher.matches(path);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
