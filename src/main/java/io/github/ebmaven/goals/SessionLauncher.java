package io.github.ebmaven.goals;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Runs an interactive program (ssh, the AWS CLI) attached to the user's terminal, and waits for it. */
@FunctionalInterface
public interface SessionLauncher {

  /**
   * @param environment variables added to the program's environment
   * @return the program's exit status
   * @throws IOException when the program cannot be started (not installed, not on the PATH)
   */
  int run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException;

  /** The real terminal: the program reads and writes the plugin's own standard streams. */
  SessionLauncher TERMINAL =
      (command, environment) -> {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(environment);
        return builder.start().waitFor();
      };
}
