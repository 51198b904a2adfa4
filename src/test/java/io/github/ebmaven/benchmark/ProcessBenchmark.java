package io.github.ebmaven.benchmark;

import io.github.ebmaven.localaws.Delays;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whole-process benchmarks of issue 16: every measured command is a fresh process, as users run
 * it, side by side with a peer measured in the same run on the same machine, against the local
 * endpoint started in this JVM. Prints each run, then a table of medians, ratios and the issue's
 * targets, with the machine and its load. Run it with {@code ./mvnw -B -o -Pbenchmark verify}
 * (README, "Benchmarks"); {@code -Dbench=fast,package} picks cases, {@code -Dbench.runs=5} the
 * number of measured runs of each.
 *
 * <p>Arguments: work folder, Maven home, the build's local repository, plugin version, cases
 * ({@code all} or a comma list of {@value #CASES}), runs, and optionally the AWS CLI.
 */
public final class ProcessBenchmark {

  static final String CASES = "floor,tiny,package,fast,realistic";

  private ProcessBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 6) {
      throw new IllegalArgumentException(
          "usage: ProcessBenchmark <work> <maven-home> <local-repository> <plugin-version> <cases> <runs> [aws]");
    }
    Path work = Paths.get(args[0]).toAbsolutePath();
    Path maven = Paths.get(args[1], "bin", "mvn");
    Path shared = Paths.get(args[2]);
    String version = args[3];
    Set<String> cases = cases(args[4]);
    int runs = Integer.parseInt(args[5].trim());
    Path aws = Paths.get(args.length > 6 ? args[6] : "/usr/bin/aws");
    Path privateRepository = work.resolve("m2");
    Path installed = privateRepository.resolve("io/github/ebmaven/eb-maven-plugin/" + version);
    if (!Files.isDirectory(installed)) {
      throw new IllegalStateException("The plugin under test is not in " + privateRepository
          + ": run the benchmark with ./mvnw -B -o -Pbenchmark verify, which installs it there first.");
    }
    if (!Files.isExecutable(aws)) {
      throw new IllegalStateException("The peer of the deploy cases runs the AWS CLI v2, which is not at " + aws
          + ": install it (Debian: apt-get install awscli) or name it with -Dbench.aws=/path/to/aws.");
    }
    if (runs < 1) {
      throw new IllegalArgumentException("bench.runs must be at least 1, not " + runs);
    }
    Files.createDirectories(work);
    MavenCommand commands = new MavenCommand(maven, privateRepository, shared, aws, work);
    System.exit(new ProcessBenchmark().run(work, commands, version, cases, runs) ? 0 : 1);
  }

  private boolean run(Path work, MavenCommand commands, String version, Set<String> cases, int runs) throws Exception {
    String loadBefore = Machine.loadAverage();
    System.out.println("process benchmark: " + String.join(", ", cases) + "; " + runs + " measured runs of each");
    System.out.println(Machine.describe(commands, work));
    System.out.println("load average at start: " + loadBefore);
    SmallProjects projects = new SmallProjects(commands, version);
    PackageCases packaging = new PackageCases(commands, projects, work, version, runs);
    DeployCases deploys = new DeployCases(commands, projects, work, runs);
    ResultTable table = new ResultTable();
    List<String> notes = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (String name : cases) {
      System.out.println("\n[" + name + "] load average " + Machine.loadAverage());
      try {
        switch (name) {
          case "floor" -> notes.add(packaging.floor());
          case "tiny" -> packaging.tiny(table);
          case "package" -> packaging.large(table);
          case "fast" -> deploys.run("fast", Delays.fast(), table);
          case "realistic" -> deploys.run("realistic", DeployCases.realistic(), table);
          default -> throw new IllegalStateException(name);
        }
      } catch (Exception | Error e) {
        failures.add(name + ": " + e);
        System.out.println("[" + name + "] FAILED: " + e);
        e.printStackTrace(System.out);
      }
    }
    System.out.println();
    System.out.println("Whole processes, medians of " + runs + " alternating runs each (logs in " + work.resolve("logs") + "):");
    table.print(System.out);
    notes.forEach(System.out::println);
    System.out.println(Machine.describe(commands, work));
    System.out.println("load average at start: " + loadBefore + "; at end: " + Machine.loadAverage());
    failures.forEach(f -> System.out.println("case failed, not measured: " + f));
    return failures.isEmpty();
  }

  private static Set<String> cases(String value) {
    List<String> known = List.of(CASES.split(","));
    Set<String> picked = new LinkedHashSet<>();
    String spec = value == null || value.isBlank() ? "all" : value.trim().toLowerCase(Locale.ROOT);
    for (String name : spec.split(",")) {
      String trimmed = name.trim();
      if (trimmed.equals("all")) {
        picked.addAll(known);
      } else if (known.contains(trimmed)) {
        picked.add(trimmed);
      } else {
        throw new IllegalArgumentException("-Dbench takes all or a comma list of " + CASES + ", not '" + trimmed + "'");
      }
    }
    // Always in the same order, whatever the order asked: the floor first, the longest last.
    List<String> ordered = new ArrayList<>(known);
    ordered.retainAll(picked);
    return new LinkedHashSet<>(ordered);
  }

  /** The machine the numbers belong to. */
  static final class Machine {
    private static String described;

    private Machine() {}

    static String loadAverage() {
      try {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
        return parts[0] + " " + parts[1] + " " + parts[2];
      } catch (IOException e) {
        return "unknown (" + e.getMessage() + ")";
      }
    }

    static String describe(MavenCommand commands, Path work) throws IOException, InterruptedException {
      if (described == null) {
        String maven = commands.mavenVersion(work).requireSuccess().lines().stream()
            .map(ChildProcess.Line::text)
            .filter(l -> l.startsWith("Apache Maven") || l.startsWith("Java version"))
            .map(l -> l.replaceAll(" \\(.*", "").replaceAll(", vendor.*", ""))
            .reduce((a, b) -> a + ", " + b).orElse("Maven ?");
        String aws = first(commands.run("aws --version", work, Duration.ofMinutes(1),
            List.of(commands.aws().toString(), "--version")));
        String git = first(commands.run("git --version", work, Duration.ofMinutes(1), List.of("git", "--version")));
        described = String.format(Locale.ROOT, "machine: %d cores (%s), %s RAM, %s; %s; %s",
            Runtime.getRuntime().availableProcessors(), cpu(), memory(), maven, aws.split(" ")[0], git);
      }
      return described;
    }

    private static String first(ChildProcess.Result result) {
      return result.lines().isEmpty() ? "?" : result.lines().get(0).text().trim();
    }

    private static String cpu() {
      try {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
            .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("cpu ?");
      } catch (IOException e) {
        return "cpu ?";
      }
    }

    private static String memory() {
      try {
        return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
            .map(l -> String.format(Locale.ROOT, "%.1f GiB",
                Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
            .findFirst().orElse("?");
      } catch (IOException e) {
        return "?";
      }
    }
  }
}
