package io.github.ebmaven.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code mvn eb:package} as whole processes: cold (no {@code target/eb}: nothing to reuse) and warm
 * (run again, nothing changed) on {@link PackagingBenchmark}'s 20,000-file repository against
 * {@code git archive --format=zip HEAD}; warm on a tiny project against {@code mvn validate} of
 * the same project; and the floor every Maven command pays (the JVM and Maven starting).
 */
final class PackageCases {

  private static final Duration TIMEOUT = Duration.ofMinutes(10);

  private final MavenCommand commands;
  private final SmallProjects projects;
  private final Path work;
  private final String pluginVersion;
  private final int runs;

  PackageCases(MavenCommand commands, SmallProjects projects, Path work, String pluginVersion, int runs) {
    this.commands = commands;
    this.projects = projects;
    this.work = work;
    this.pluginVersion = pluginVersion;
    this.runs = runs;
  }

  /** Cold and warm {@code eb:package} against {@code git archive}, alternating: archive, cold, warm. */
  void large(ResultTable table) throws Exception {
    Path repo = PackagingBenchmark.generatedRepository(work, pluginVersion);
    SmallProjects.stopMavenHere(repo);
    Path zip = work.resolve("git-archive.zip");
    List<String> archive = List.of("git", "archive", "--format=zip", "-o", zip.toString(), "HEAD");
    System.out.printf(Locale.ROOT, "%npackaging the generated repository %s%n", repo);
    // Unmeasured: fills the file cache for both.
    commands.run("git archive", repo, TIMEOUT, archive).requireSuccess();
    packageIn(repo, true);

    List<Double> git = new ArrayList<>();
    List<ChildProcess.Result> cold = new ArrayList<>();
    List<ChildProcess.Result> warm = new ArrayList<>();
    for (int round = 1; round <= runs; round++) {
      Files.deleteIfExists(zip);
      git.add(commands.run("git archive", repo, TIMEOUT, archive).requireSuccess().seconds());
      cold.add(packageIn(repo, true));
      warm.add(packageIn(repo, false));
      System.out.printf(Locale.ROOT, "  #%d git archive %s, eb:package cold %s, warm %s (zip %.1f MB)%n", round,
          Stats.s(git.get(round - 1)), Stats.s(cold.get(round - 1).seconds()), Stats.s(warm.get(round - 1).seconds()),
          Files.size(zip) / 1024.0 / 1024.0);
    }
    timeline("cold, 20,000 files", cold);
    timeline("warm, 20,000 files", warm);
    String peer = "`git archive --format=zip HEAD`";
    table.add("`eb:package` cold, 20,000 files", peer, Stats.median(git), seconds(cold), ResultTable.Target.ratio(0.8));
    table.add("`eb:package` warm, 20,000 files", peer, Stats.median(git), seconds(warm), ResultTable.Target.ratio(0.3));
  }

  /** Warm {@code eb:package} of a tiny project against {@code mvn validate} of it, alternating. */
  void tiny(ResultTable table) throws Exception {
    Path project = projects.webApplication(work.resolve("tiny"), "tiny", null);
    System.out.printf(Locale.ROOT, "%ntiny project %s%n", project);
    packageIn(project, true);
    List<Double> validate = new ArrayList<>();
    List<ChildProcess.Result> warm = new ArrayList<>();
    for (int round = 1; round <= runs; round++) {
      validate.add(commands.mvn("mvn validate", project, TIMEOUT, "validate").requireSuccess().seconds());
      warm.add(packageIn(project, false));
      System.out.printf(Locale.ROOT, "  #%d mvn validate %s, eb:package warm %s%n", round,
          Stats.s(validate.get(round - 1)), Stats.s(warm.get(round - 1).seconds()));
    }
    timeline("warm, tiny project", warm);
    table.add("`eb:package` warm, tiny project", "`mvn validate`", Stats.median(validate), seconds(warm),
        ResultTable.Target.ratio(1.5));
  }

  /**
   * What any Maven command costs before it does anything ({@code mvn -v}; {@code mvn validate} of a
   * POM without plugins), and what each of the peer script's AWS CLI calls costs to start.
   */
  String floor() throws Exception {
    Path project = projects.empty(work.resolve("empty"));
    List<Double> version = new ArrayList<>();
    List<Double> validate = new ArrayList<>();
    List<Double> aws = new ArrayList<>();
    commands.mavenVersion(project).requireSuccess();
    for (int round = 1; round <= runs; round++) {
      version.add(commands.mavenVersion(project).requireSuccess().seconds());
      validate.add(commands.mvn("mvn validate empty", project, TIMEOUT, "validate").requireSuccess().seconds());
      aws.add(commands.run("aws --version", project, TIMEOUT, List.of(commands.aws().toString(), "--version"))
          .requireSuccess().seconds());
    }
    String floor = String.format(Locale.ROOT,
        "floor (medians): mvn -v %s, mvn validate of a POM without plugins %s, aws --version %s",
        Stats.s(Stats.median(version)), Stats.s(Stats.median(validate)), Stats.s(Stats.median(aws)));
    System.out.printf(Locale.ROOT, "%n%s%n", floor);
    return floor;
  }

  private static double seconds(List<ChildProcess.Result> runs) {
    return Stats.median(runs.stream().map(ChildProcess.Result::seconds).toList());
  }

  /** Where {@code eb:package}'s time went, from its own lines: medians in seconds from the command's start. */
  private static void timeline(String what, List<ChildProcess.Result> runs) {
    System.out.printf(Locale.ROOT,
        "  eb:package %s, medians in s from the command's start: mojo starts %.2f, source read %.2f, bundle ready %.2f,"
            + " BUILD SUCCESS %.2f, exit %.2f%n",
        what, at(runs, "--- eb:"), at(runs, "[INFO] Source: "), at(runs, "[INFO] Bundle"), at(runs, "BUILD SUCCESS"),
        seconds(runs));
  }

  private static double at(List<ChildProcess.Result> runs, String line) {
    List<Double> times = new ArrayList<>();
    for (ChildProcess.Result run : runs) {
      ChildProcess.Line found = run.first(t -> t.contains(line));
      if (found != null) {
        times.add(Stats.seconds(run.started(), found.time()));
      }
    }
    return Stats.median(times);
  }

  /** {@code mvn eb:package}; cold first deletes {@code target/eb}, warm must reuse the bundle. */
  private ChildProcess.Result packageIn(Path project, boolean cold) throws Exception {
    if (cold) {
      ChildProcess.deleteTree(project.resolve("target/eb"));
    }
    ChildProcess.Result result =
        commands.mvn("mvn eb-package " + (cold ? "cold" : "warm"), project, TIMEOUT, "eb:package").requireSuccess();
    boolean reused = result.has("[INFO] Bundle unchanged since the last build");
    if (reused == cold) {
      throw new IllegalStateException("eb:package " + (cold ? "cold reused a bundle" : "warm rebuilt the bundle")
          + "; see " + result.log());
    }
    return result;
  }
}
