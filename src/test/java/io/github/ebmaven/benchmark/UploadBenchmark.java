package io.github.ebmaven.benchmark;

import io.github.ebmaven.aws.AwsClients;
import io.github.ebmaven.aws.AwsSettings;
import io.github.ebmaven.aws.BundleStore;
import io.github.ebmaven.localaws.LocalAws;
import io.github.ebmaven.localaws.LocalAwsOptions;
import io.github.ebmaven.report.Reporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Uploads a 300 MB incompressible bundle to the local S3 endpoint with the plugin's {@link
 * BundleStore#put} and with Debian's AWS CLI v2 ({@code /usr/bin/aws s3 cp}), alternating, three
 * measured runs each after one unmeasured warm-up of each; prints MB/s of the medians and their
 * ratio. Both talk plain http to the same in-process endpoint (S3Proxy behind the local front
 * server), so both sign the payload's SHA-256. The CLI's time includes its Python start (about a
 * second here), as a user running it pays it. Run with {@code ./mvnw -B -Pbenchmark install}.
 */
public final class UploadBenchmark {

  private static final long SIZE = 300L << 20;
  private static final int RUNS = 3;
  private static final String BUCKET = "bench-upload";
  private static final String AWS_CLI = "/usr/bin/aws";
  private static final double TARGET_RATIO = 1.0;

  private final Path work;

  private UploadBenchmark(Path work) {
    this.work = work;
  }

  public static void main(String[] args) throws Exception {
    Path work = Paths.get(args.length > 0 ? args[0] : "target/benchmark").toAbsolutePath();
    new UploadBenchmark(work).run();
  }

  private void run() throws Exception {
    Files.createDirectories(work);
    Path bundle = work.resolve("upload-300mb.bin");
    generate(bundle);
    String sha256 = sha256(bundle);
    Path cliConfig = work.resolve("aws-cli-config");
    Files.writeString(
        cliConfig, "[default]\nregion = us-east-1\ns3 =\n    addressing_style = path\n", StandardCharsets.UTF_8);
    Path cliCredentials = work.resolve("aws-cli-credentials");
    Files.writeString(cliCredentials, "", StandardCharsets.UTF_8);

    System.out.printf(
        Locale.ROOT,
        "upload: %s of random bytes, %s (%s)%n",
        mb(SIZE), bundle, exec(List.of(AWS_CLI, "--version"), Map.of()).trim());
    try (LocalAws aws = LocalAws.start(LocalAwsOptions.defaults())) {
      AwsSettings settings =
          new AwsSettings(
              aws.region(), null, aws.endpoint(), null,
              new AwsSettings.StaticKeys(aws.accessKey(), aws.secretKey(), null), "benchmark");
      Map<String, String> cliEnv =
          Map.of(
              "AWS_ACCESS_KEY_ID", aws.accessKey(),
              "AWS_SECRET_ACCESS_KEY", aws.secretKey(),
              "AWS_DEFAULT_REGION", aws.region(),
              "AWS_CONFIG_FILE", cliConfig.toString(),
              "AWS_SHARED_CREDENTIALS_FILE", cliCredentials.toString(),
              "AWS_PAGER", "");
      try (AwsClients clients = AwsClients.create(settings)) {
        S3Client s3 = clients.s3();
        s3.createBucket(b -> b.bucket(BUCKET));
        BundleStore store = new BundleStore(s3, Reporter.SILENT);
        List<Double> plugin = new ArrayList<>();
        List<Double> cli = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
          String pluginKey = "plugin/run-" + run + "-" + System.nanoTime() + ".zip";
          long start = System.nanoTime();
          BundleStore.Upload upload = store.put(BUCKET, pluginKey, bundle, sha256);
          double pluginSeconds = (System.nanoTime() - start) / 1e9;
          check(s3, pluginKey, upload.bytesUploaded());

          String cliKey = "cli/run-" + run + "-" + System.nanoTime() + ".zip";
          start = System.nanoTime();
          exec(
              List.of(
                  AWS_CLI, "s3", "cp", bundle.toString(), "s3://" + BUCKET + "/" + cliKey,
                  "--endpoint-url", aws.endpoint().toString(), "--no-progress", "--only-show-errors"),
              cliEnv);
          double cliSeconds = (System.nanoTime() - start) / 1e9;
          check(s3, cliKey, SIZE);

          String what = run == 0 ? "warm-up (not counted)" : "run " + run;
          System.out.printf(
              Locale.ROOT,
              "  %-22s plugin BundleStore.put %6.2f s %7.1f MB/s   aws s3 cp %6.2f s %7.1f MB/s%n",
              what, pluginSeconds, rate(pluginSeconds), cliSeconds, rate(cliSeconds));
          if (run > 0) {
            plugin.add(pluginSeconds);
            cli.add(cliSeconds);
          }
        }
        double p = median(plugin);
        double c = median(cli);
        System.out.printf(
            Locale.ROOT,
            "upload median of %d: plugin %.1f MB/s (%.2f s)  aws s3 cp %.1f MB/s (%.2f s)"
                + "  ratio %.2fx  target >= %.1fx: %s%n",
            RUNS, rate(p), p, rate(c), c, rate(p) / rate(c), TARGET_RATIO,
            rate(p) / rate(c) >= TARGET_RATIO ? "MET" : "MISSED");
        // Each pair ran back to back, so its ratio is less exposed to load from other processes
        // that comes and goes between runs than the ratio of the two medians.
        List<Double> paired = new ArrayList<>();
        for (int i = 0; i < plugin.size(); i++) {
          paired.add(cli.get(i) / plugin.get(i));
        }
        System.out.printf(
            Locale.ROOT, "upload per-run ratios (plugin MB/s / aws s3 cp MB/s): %s  median %.2fx%n",
            paired.stream().map(r -> String.format(Locale.ROOT, "%.2fx", r)).toList(), median(paired));
      }
    }
  }

  /** Checks the object arrived whole, then deletes it: the transient store keeps objects in memory. */
  private static void check(S3Client s3, String key, long expected) {
    long size = s3.headObject(b -> b.bucket(BUCKET).key(key)).contentLength();
    if (size != expected || size != SIZE) {
      throw new IllegalStateException("s3://" + BUCKET + "/" + key + " holds " + size + " bytes, not " + SIZE);
    }
    s3.deleteObject(b -> b.bucket(BUCKET).key(key));
  }

  private static void generate(Path file) throws IOException {
    if (Files.exists(file) && Files.size(file) == SIZE) {
      return;
    }
    Random random = new Random(20261130L);
    byte[] chunk = new byte[8 << 20];
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try (OutputStream out = Files.newOutputStream(partial)) {
      for (long written = 0; written < SIZE; written += chunk.length) {
        random.nextBytes(chunk);
        out.write(chunk, 0, (int) Math.min(chunk.length, SIZE - written));
      }
    }
    Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static String sha256(Path file) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    byte[] buffer = new byte[1 << 20];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String exec(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process process = builder.start();
    byte[] output;
    try (InputStream in = process.getInputStream()) {
      output = in.readAllBytes();
    }
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      System.err.write(output);
      throw new IllegalStateException(String.join(" ", command) + " failed");
    }
    return new String(output, StandardCharsets.UTF_8);
  }

  private static double rate(double seconds) {
    return SIZE / 1024.0 / 1024.0 / seconds;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.naturalOrder());
    return sorted.get(sorted.size() / 2);
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.0f MB", bytes / 1024.0 / 1024.0);
  }
}
