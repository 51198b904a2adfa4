package io.github.ebmaven.maven.config;

/**
 * One {@code <containerCommand>} of {@code <containerCommands>}: a {@code <command>} that may also
 * run on the leader instance only.
 */
public class ContainerCommandParameter extends CommandParameter {
  private Boolean leaderOnly;

  public ContainerCommandParameter() {}

  public Boolean getLeaderOnly() {
    return leaderOnly;
  }
}
