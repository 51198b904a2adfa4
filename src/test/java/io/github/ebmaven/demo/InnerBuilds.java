package io.github.ebmaven.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the Maven builds of the demo's copy with the Maven Wrapper, streaming their output. What
 * they resolve with comes from the copy's {@code .mvn/maven.config}; only how much they print is
 * on their command line.
 */
final class InnerBuilds {

  private final Path wrapper;
  private final Path project;
  private final List<String> outputOptions;
  private final PrintStream out;

  InnerBuilds(Path wrapper, Path project, List<String> outputOptions, PrintStream out) {
    this.wrapper = wrapper;
    this.project = project;
    this.outputOptions = List.copyOf(outputOptions);
    this.out = out;
  }

  /**
   * Runs {@code goals} on the copy and waits.
   *
   * @return the build's exit code
   */
  int run(String... goals) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(wrapper.toString());
    command.addAll(outputOptions);
    command.add("-f");
    command.add(project.toString());
    command.addAll(List.of(goals));
    out.println("Running: " + String.join(" ", command));
    out.flush();
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).inheritIO();
    isolate(builder.environment());
    return builder.start().waitFor();
  }

  /**
   * The local endpoint's test keys, and nothing that would send the SDK elsewhere: no profile,
   * no session token, no instance metadata service.
   */
  static void isolate(Map<String, String> env) {
    env.putAll(NextCommands.CREDENTIALS);
    env.put("AWS_EC2_METADATA_DISABLED", "true");
    env.remove("AWS_PROFILE");
    env.remove("AWS_SESSION_TOKEN");
  }
}
