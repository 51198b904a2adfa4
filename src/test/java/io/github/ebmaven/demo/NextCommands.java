package io.github.ebmaven.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The goals a user tries after the demo, as shell lines to paste: run from the folder of the
 * Maven Wrapper, with the local endpoint's test keys, against the demo's copy (whose {@code
 * .mvn/maven.config} names the endpoint and the Maven options).
 */
final class NextCommands {

  /** One goal to try, with its options and what it shows. */
  record Command(String goal, String options, String shows) {}

  /** The local endpoint's credentials (see docs/local-aws.md). */
  static final Map<String, String> CREDENTIALS = Map.of("AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test");

  private final Path root;
  private final String mvnw;
  private final List<Command> commands;

  /**
   * @param wrapper the Maven Wrapper script the commands call
   * @param project the demo's copy
   */
  NextCommands(Path wrapper, Path project, String release1, String release2) {
    this.root = wrapper.getParent();
    this.mvnw = "./" + wrapper.getFileName() + " -B -f " + relative(root, project);
    this.commands =
        List.of(
            new Command("eb:status", "", "status, health and the running version, " + release2),
            new Command("eb:health", "", "enhanced health of the environment and its instance"),
            new Command("eb:events", "-Deb.since=1h", "the events of both releases"),
            new Command("eb:versions", "", release2 + " and " + release1 + ", and where each runs"),
            new Command("eb:logs", "", "the instance's tail logs"),
            new Command("eb:rollback", "", "back to " + release1 + ": another update, with its events"),
            new Command("eb:terminate", "-Deb.force=true", "terminates the environment"));
  }

  /** The line to paste for {@code command}. */
  String shell(Command command) {
    return mvnw + " " + command.goal() + (command.options().isEmpty() ? "" : " " + command.options());
  }

  private static String relative(Path root, Path project) {
    return project.startsWith(root) ? root.relativize(project).toString() : project.toString();
  }

  List<Command> commands() {
    return commands;
  }

  /** Prints the lines to paste, with what each shows as a shell comment. */
  void print(PrintStream out) {
    out.println("  cd " + root);
    StringBuilder export = new StringBuilder("  export");
    CREDENTIALS.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> export.append(' ').append(e.getKey()).append('=').append(e.getValue()));
    out.println(export);
    int width = commands.stream().mapToInt(c -> shell(c).length()).max().orElse(0);
    for (Command command : commands) {
      out.printf("  %-" + width + "s   # %s%n", shell(command), command.shows());
    }
  }

  /**
   * Runs the suggested goals as pasted lines would (the same {@code ./mvnw -B -f} prefix run by
   * {@code sh -c} in the wrapper's folder with the exported keys, the same goals and options, in
   * order), but in one build: one Maven start instead of one per goal keeps the demo's IT fast.
   *
   * @return the build's exit code
   */
  int runAll(PrintStream out) throws IOException, InterruptedException {
    StringBuilder line = new StringBuilder(mvnw);
    for (Command command : commands) {
      line.append(' ').append(command.goal());
    }
    commands.stream().map(Command::options).filter(o -> !o.isEmpty()).forEach(o -> line.append(' ').append(o));
    out.println("Trying them in one build: " + line);
    out.flush();
    ProcessBuilder builder = new ProcessBuilder("sh", "-c", line.toString()).directory(root.toFile()).inheritIO();
    builder.environment().putAll(CREDENTIALS);
    return builder.start().waitFor();
  }
}
