package io.github.ebmaven.extensions;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An entry of {@code commands}: runs on the instance before the application is extracted.
 *
 * @param name the entry's key; EB runs entries in alphabetical order of these names
 * @param command the shell command
 * @param cwd working directory, or {@code null}
 * @param test a command that must succeed for this one to run, or {@code null}
 * @param ignoreErrors whether a failure is ignored, or {@code null} for EB's default
 * @param env extra environment variables, never {@code null}
 */
public record Command(
    String name, String command, String cwd, String test, Boolean ignoreErrors, Map<String, String> env) {

  public Command {
    env = env == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(env));
  }

  public Command(String name, String command) {
    this(name, command, null, null, null, null);
  }
}
