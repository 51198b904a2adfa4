package io.github.ebmaven.config;

import java.util.List;

/**
 * A target environment the POM declares ({@code <environments><environment>}): its id, and the git
 * branches (globs such as {@code release/*}) that select it when nothing does on the command line.
 */
public record TargetDeclaration(String id, List<String> branches) {

  public TargetDeclaration {
    branches = List.copyOf(branches);
  }
}
