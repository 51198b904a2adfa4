package io.github.ebmaven.maven.config;

import java.util.Map;

/** One {@code <containerCommand>} of {@code <containerCommands>}. */
public class ContainerCommandParameter {
  private String name;
  private String command;
  private Boolean leaderOnly;
  private String cwd;
  private String test;
  private Boolean ignoreErrors;
  private Map<String, String> env;

  public ContainerCommandParameter() {}

  public String getName() {
    return name;
  }

  public String getCommand() {
    return command;
  }

  public Boolean getLeaderOnly() {
    return leaderOnly;
  }

  public String getCwd() {
    return cwd;
  }

  public String getTest() {
    return test;
  }

  public Boolean getIgnoreErrors() {
    return ignoreErrors;
  }

  public Map<String, String> getEnv() {
    return env;
  }
}
