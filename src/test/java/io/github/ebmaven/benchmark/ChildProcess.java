package io.github.ebmaven.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One whole process of a benchmark, timed from just before it is started to just after it has
 * exited, with a deadline after which it and every process it started are killed. Its output
 * (stdout and stderr) goes to a log file, each line stamped when it arrived, or with the time at
 * its start when Maven's logger wrote one there.
 */
final class ChildProcess {

  /** Every process still running, so that an interrupted benchmark leaves none behind. */
  private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(ChildProcess::kill), "benchmark-cleanup"));
  }

  /** A line of output and when it was written. */
  record Line(Instant time, String text) {}

  /** A finished process. */
  record Result(String name, Instant started, Instant ended, int exitCode, List<Line> lines, Path log) {

    double seconds() {
      return Stats.seconds(started, ended);
    }

    /** The first line that matches, or null. */
    Line first(Predicate<String> match) {
      return lines.stream().filter(l -> match.test(l.text())).findFirst().orElse(null);
    }

    boolean has(String text) {
      return first(l -> l.contains(text)) != null;
    }

    /** Fails with the log's tail unless the process exited 0. */
    Result requireSuccess() throws IOException {
      if (exitCode != 0) {
        List<String> all = Files.readAllLines(log);
        throw new IllegalStateException(
            name + " exited " + exitCode + "; the end of " + log + ":\n  "
                + String.join("\n  ", all.subList(Math.max(0, all.size() - 40), all.size())));
      }
      return this;
    }
  }

  private ChildProcess() {}

  /**
   * Runs {@code command} in {@code dir} with the environment of this process changed by {@code
   * environment} (a null value removes a variable).
   */
  static Result run(String name, Path dir, Map<String, String> environment, Duration timeout, Path log,
      List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    environment.forEach((key, value) -> {
      if (value == null) {
        builder.environment().remove(key);
      } else {
        builder.environment().put(key, value);
      }
    });
    Files.createDirectories(log.getParent());
    List<Line> lines = Collections.synchronizedList(new ArrayList<>());
    Instant started = Instant.now();
    Process process = builder.start();
    LIVE.add(process);
    try {
      process.getOutputStream().close();
      Thread reader = new Thread(() -> read(process, lines, log), "benchmark-output-" + name);
      reader.setDaemon(true);
      reader.start();
      boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      Instant ended = Instant.now();
      if (!finished) {
        kill(process);
        reader.join(5_000);
        throw new IllegalStateException(name + " did not finish within " + timeout.toSeconds() + " s and was killed; see " + log);
      }
      reader.join(10_000);
      return new Result(name, started, ended, process.exitValue(), List.copyOf(lines), log);
    } finally {
      kill(process);
      LIVE.remove(process);
    }
  }

  private static void read(Process process, List<Line> lines, Path log) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      String text;
      while ((text = in.readLine()) != null) {
        Instant arrived = Instant.now();
        lines.add(stamped(text, arrived));
        out.write(text);
        out.write('\n');
      }
    } catch (IOException e) {
      lines.add(new Line(Instant.now(), "(benchmark: reading the output failed: " + e + ")"));
    }
  }

  /**
   * Maven's lines start with the time its logger wrote them ({@link MavenCommand#TIME_FORMAT}):
   * that time, not when the line came through the pipe, and the line without it.
   */
  static Line stamped(String text, Instant arrived) {
    int space = text.indexOf(' ');
    if (space > 20 && Character.isDigit(text.charAt(0)) && text.charAt(4) == '-') {
      try {
        return new Line(OffsetDateTime.parse(text.substring(0, space)).toInstant(), text.substring(space + 1));
      } catch (DateTimeParseException e) {
        // Not a time: the line as it came.
      }
    }
    return new Line(arrived, text);
  }

  /** The process and everything it started (the AWS CLI under the peer script, Maven's JVM under its launcher). */
  private static void kill(Process process) {
    if (!process.isAlive()) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  /** Deletes a folder and everything in it, if it exists. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
