package io.github.ebmaven.maven.config;

import java.util.Map;

/** One {@code <command>} of {@code <commands>}. */
public class CommandParameter {
  private String name;
  private String command;
  private String cwd;
  private String test;
  private Boolean ignoreErrors;
  private Map<String, String> env;

  public CommandParameter() {}

  public String getName() {
    return name;
  }

  public String getCommand() {
    return command;
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
