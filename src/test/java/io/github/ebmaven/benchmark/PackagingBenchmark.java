package io.github.ebmaven.benchmark;

import io.github.ebmaven.bundle.BundleBuilder;
import io.github.ebmaven.bundle.BundleRequest;
import io.github.ebmaven.bundle.BundleResult;
import io.github.ebmaven.bundle.BundleSourceMode;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Times the bundle builder against {@code git archive --format=zip HEAD} on a generated repository
 * of about 20,000 files and 200 MB, cold and warm, and warm {@code mvn eb:package} against {@code
 * mvn validate} of the same project. Prints ratios; run it with {@code ./mvnw -B -Pbenchmark
 * install} (see the README).
 */
public final class PackagingBenchmark {

  private static final int TEXT_FILES = 19_000;
  private static final int BINARY_FILES = 1_000;
  private static final int RUNS = 3;
  private static final String[] BINARY_EXTENSIONS = {"png", "jar", "gz", "woff2", "jpg"};
  private static final String[] WORDS =
      ("def class return import self if else for while in not and or None True False print value"
              + " items data result request response user model view settings static template"
              + " query filter order count update delete create get post json path url")
          .split(" ");

  private final Path work;
  private final Path repository;
  private final Path mavenWrapper;
  private final String pluginVersion;

  private PackagingBenchmark(Path work, Path mavenWrapper, String pluginVersion) {
    this.work = work;
    this.repository = work.resolve("repo");
    this.mavenWrapper = mavenWrapper;
    this.pluginVersion = pluginVersion;
  }

  public static void main(String[] args) throws Exception {
    Path work = Paths.get(args.length > 0 ? args[0] : "target/benchmark").toAbsolutePath();
    Path wrapper = Paths.get(args.length > 1 ? args[1] : "mvnw").toAbsolutePath();
    String version = args.length > 2 ? args[2] : "0.1.0-SNAPSHOT";
    new PackagingBenchmark(work, wrapper, version).run();
  }

  /**
   * The generated repository under {@code work}, generated on first use: {@link ProcessBenchmark}
   * packages the same repository with whole Maven processes.
   */
  static Path generatedRepository(Path work, String pluginVersion) throws IOException, InterruptedException {
    PackagingBenchmark benchmark = new PackagingBenchmark(work, null, pluginVersion);
    benchmark.generateRepository();
    return benchmark.repository;
  }

  private void run() throws Exception {
    generateRepository();
    System.out.printf(
        Locale.ROOT,
        "machine: %d cores, %s, Java %s%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        System.getProperty("java.version"));

    Path gitZip = work.resolve("git-archive.zip");
    List<Double> gitTimes = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      Files.deleteIfExists(gitZip);
      gitTimes.add(time(() -> exec(repository, "git", "archive", "--format=zip", "-o", gitZip.toString(), "HEAD")));
    }
    double git = median(gitTimes);
    System.out.printf(
        Locale.ROOT, "git archive --format=zip HEAD   median %6.2f s  (zip %s)%n", git, mb(Files.size(gitZip)));

    Path out = work.resolve("eb-out");
    // One unmeasured run so the JIT has compiled the hot paths, as in a long Maven session.
    deleteTree(out);
    double firstCold = time(() -> build(out));
    List<Double> cold = new ArrayList<>();
    BundleResult[] last = new BundleResult[1];
    for (int i = 0; i < RUNS; i++) {
      deleteTree(out);
      cold.add(time(() -> last[0] = build(out)));
    }
    double coldMedian = median(cold);
    System.out.printf(
        Locale.ROOT,
        "eb bundle builder, cold         median %6.2f s  (zip %s; first run in a fresh JVM %.2f s)  ratio %.2fx  target <= 0.80x%n",
        coldMedian,
        mb(last[0].manifest().size()),
        firstCold,
        coldMedian / git);

    List<Double> warm = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      warm.add(time(() -> {
        if (!build(out).reused()) {
          throw new IllegalStateException("warm run rebuilt the bundle");
        }
      }));
    }
    double warmMedian = median(warm);
    System.out.printf(
        Locale.ROOT,
        "eb bundle builder, warm         median %6.2f s  ratio %.2fx  target <= 0.30x%n",
        warmMedian,
        warmMedian / git);

    exec(repository, mavenWrapper.toString(), "-B", "-q", "-o", "eb:package");
    List<Double> mvnPackage = new ArrayList<>();
    List<Double> mvnValidate = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      mvnPackage.add(time(() -> exec(repository, mavenWrapper.toString(), "-B", "-q", "-o", "eb:package")));
      mvnValidate.add(time(() -> exec(repository, mavenWrapper.toString(), "-B", "-q", "-o", "validate")));
    }
    double pkg = median(mvnPackage);
    double validate = median(mvnValidate);
    System.out.printf(
        Locale.ROOT,
        "mvn eb:package (warm)           median %6.2f s  vs mvn validate %.2f s  ratio %.2fx  target <= 1.50x%n",
        pkg,
        validate,
        pkg / validate);
    System.out.printf(
        Locale.ROOT,
        "mvn eb:package (warm) vs git archive: ratio %.2fx%n", pkg / git);
  }

  private BundleResult build(Path out) throws EbException {
    return new BundleBuilder(Reporter.SILENT)
        .build(
            BundleRequest.builder()
                .projectDir(repository)
                .outputDir(out)
                .applicationName("benchmark")
                .projectVersion("1.0.0")
                .packaging("pom")
                .mode(BundleSourceMode.GIT)
                .build());
  }

  private void generateRepository() throws IOException, InterruptedException {
    Path marker = repository.resolve(".git/benchmark-complete");
    if (Files.exists(marker)) {
      return;
    }
    deleteTree(repository);
    Files.createDirectories(repository);
    Random random = new Random(20261129L);
    long bytes = 0;
    for (int i = 0; i < TEXT_FILES; i++) {
      Path file = repository.resolve(String.format(Locale.ROOT, "src/m%02d/p%03d/file%05d.py", i % 40, i % 400, i));
      Files.createDirectories(file.getParent());
      int size = 1_000 + random.nextInt(8_000);
      StringBuilder text = new StringBuilder(size + 64);
      while (text.length() < size) {
        int words = 3 + random.nextInt(8);
        text.append("    ".repeat(random.nextInt(3)));
        for (int w = 0; w < words; w++) {
          text.append(WORDS[random.nextInt(WORDS.length)]).append(w + 1 < words ? ' ' : '\n');
        }
      }
      byte[] content = text.toString().getBytes(StandardCharsets.UTF_8);
      Files.write(file, content);
      bytes += content.length;
    }
    for (int i = 0; i < BINARY_FILES; i++) {
      String ext = BINARY_EXTENSIONS[i % BINARY_EXTENSIONS.length];
      Path file = repository.resolve(String.format(Locale.ROOT, "assets/a%02d/blob%04d.%s", i % 20, i, ext));
      Files.createDirectories(file.getParent());
      byte[] content = new byte[40_000 + random.nextInt(180_000)];
      random.nextBytes(content);
      Files.write(file, content);
      bytes += content.length;
    }
    Files.writeString(repository.resolve("pom.xml"), pom());
    Files.writeString(repository.resolve(".gitignore"), "target/\n");
    exec(repository, "git", "init", "-q");
    exec(repository, "git", "add", "-A");
    exec(
        repository,
        "git",
        "-c", "user.name=bench", "-c", "user.email=bench@example.invalid", "-c", "commit.gpgsign=false",
        "commit", "-q", "-m", "benchmark tree");
    Files.writeString(marker, "");
    System.out.printf(
        Locale.ROOT, "generated %,d files, %s in %s%n", TEXT_FILES + BINARY_FILES + 2, mb(bytes), repository);
  }

  private String pom() {
    return SmallProjects.pluginPom("benchmark", pluginVersion, "<bundleSource>git</bundleSource>");
  }

  private interface Timed {
    void run() throws Exception;
  }

  private static double time(Timed task) throws Exception {
    long start = System.nanoTime();
    task.run();
    return (System.nanoTime() - start) / 1e9;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.naturalOrder());
    return sorted.get(sorted.size() / 2);
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
  }

  private static void exec(Path dir, String... command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    byte[] output;
    try (var in = process.getInputStream()) {
      output = in.readAllBytes();
    }
    if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
      OutputStream err = System.err;
      err.write(output);
      throw new IllegalStateException(String.join(" ", command) + " failed");
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
