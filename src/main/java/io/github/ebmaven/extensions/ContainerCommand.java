package io.github.ebmaven.extensions;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An entry of {@code container_commands}: runs after the application is extracted, before it is
 * deployed.
 *
 * @param name the entry's key; EB runs entries in alphabetical order of these names
 * @param command the shell command
 * @param leaderOnly run on one instance only, or {@code null} for EB's default ({@code false})
 * @param cwd working directory, or {@code null}
 * @param test a command that must succeed for this one to run, or {@code null}
 * @param ignoreErrors whether a failure is ignored, or {@code null} for EB's default
 * @param env extra environment variables, never {@code null}
 */
public record ContainerCommand(
    String name,
    String command,
    Boolean leaderOnly,
    String cwd,
    String test,
    Boolean ignoreErrors,
    Map<String, String> env) {

  public ContainerCommand {
    env = env == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(env));
  }

  public ContainerCommand(String name, String command) {
    this(name, command, null, null, null, null, null);
  }
}
