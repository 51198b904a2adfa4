package io.github.ebmaven.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ebmaven.aws.AwsClients;
import io.github.ebmaven.aws.AwsSettings;
import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.aws.BundleStore;
import io.github.ebmaven.aws.Identity;
import io.github.ebmaven.aws.VersionInfo;
import io.github.ebmaven.bundle.BundleBuilder;
import io.github.ebmaven.bundle.BundleRequest;
import io.github.ebmaven.bundle.BundleResult;
import io.github.ebmaven.bundle.BundleSourceMode;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.change.Sleeper;
import io.github.ebmaven.lifecycle.DeployOperation;
import io.github.ebmaven.lifecycle.DeployRequest;
import io.github.ebmaven.lifecycle.DeploymentRecord;
import io.github.ebmaven.localaws.Calls;
import io.github.ebmaven.localaws.Delays;
import io.github.ebmaven.localaws.InvokerEndpoint;
import io.github.ebmaven.localaws.LocalAws;
import io.github.ebmaven.localaws.LocalAwsOptions;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import io.github.ebmaven.report.SecretMasker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import software.amazon.awssdk.services.elasticbeanstalk.ElasticBeanstalkClient;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentDescription;

/**
 * How quickly {@code eb:deploy} notices that an update is done, and how many Elastic Beanstalk
 * calls it spends waiting, against the EB CLI's strategy (DescribeEvents and DescribeEnvironments
 * every 5 s) measured on the same emulator in the same run.
 *
 * <p>The emulator's updates take a fixed 30 s by default: at the short end of what EB takes to
 * deploy a small application (20 s to a few minutes), longer than the CLI's 5 s interval, and short
 * enough for 2 x 10 deploys to fit in about ten minutes. A fixed duration is the best case for the
 * plugin's learnt expectation, which the report says.
 *
 * <p>For each deploy: the delay from the moment the emulator turned the environment Ready (the
 * timestamp of its "Environment update completed successfully." event, stamped under the same lock
 * that changes the status, read from the emulator's state, not through the API) to the moment the
 * waiting code returned; and the EB calls the emulator received between UpdateEnvironment and that
 * return, per second of wait. Run with {@code ./mvnw -B -Pbenchmark install}.
 */
public final class DeployWaitBenchmark {

  /** The default update duration; a third argument (seconds) changes it to see how the results scale. */
  static final Duration UPDATE = Duration.ofSeconds(30);
  private static final String APP = "bench-app";
  private static final String ENV = "bench-env";
  private static final String COMPLETED = "Environment update completed successfully.";
  private static final Duration CLI_INTERVAL = Duration.ofSeconds(5);
  private static final double TARGET_DELAY_S = 1.0;
  private static final double TARGET_CALLS_PER_S = 0.5;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One measured wait. */
  record Sample(
      int index,
      String label,
      Instant update,
      Instant ready,
      Instant returned,
      int ebCalls,
      Map<String, Integer> perAction,
      double pollLag,
      double confirmation,
      double tail) {

    double delay() {
      return seconds(ready, returned);
    }

    double waited() {
      return seconds(update, returned);
    }

    double callsPerSecond() {
      return ebCalls / waited();
    }
  }

  private final Path work;
  private final int deploys;
  private final Delays delays;
  private int content;

  private DeployWaitBenchmark(Path work, int deploys, Duration update) {
    this.work = work;
    this.deploys = deploys;
    this.delays = new Delays(Duration.ofSeconds(2), update, Duration.ofSeconds(1), Duration.ofMillis(300));
  }

  public static void main(String[] args) throws Exception {
    Path work = Paths.get(args.length > 0 ? args[0] : "target/benchmark").toAbsolutePath().resolve("deploy-wait");
    int deploys = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Duration update = args.length > 2 ? Duration.ofMillis(Math.round(Double.parseDouble(args[2]) * 1000)) : UPDATE;
    new DeployWaitBenchmark(work, deploys, update).run();
  }

  private void run() throws Exception {
    deleteTree(work);
    Files.createDirectories(work);
    System.out.printf(
        Locale.ROOT,
        "deploy wait: emulator delays launch %s, update %s, terminate %s, processing %s; %d deploys each%n",
        delays.launch(), delays.update(), delays.terminate(), delays.processing(), deploys);
    try (LocalAws aws = LocalAws.start(LocalAwsOptions.defaults().withDelays(delays))) {
      InvokerEndpoint.readyEnvironment(aws, APP, ENV, "initial");
      AwsSettings settings =
          new AwsSettings(
              aws.region(), null, aws.endpoint(), null,
              new AwsSettings.StaticKeys(aws.accessKey(), aws.secretKey(), null), "benchmark");
      try (AwsClients clients = AwsClients.create(settings)) {
        Beanstalk eb = new Beanstalk(clients.elasticBeanstalk());
        BundleStore store = new BundleStore(clients.s3(), Reporter.SILENT);
        DeployOperation operation =
            new DeployOperation(
                new Services(
                    eb, store, new Identity(clients::iam, clients::sts, clients.partition()), Reporter.SILENT,
                    new SecretMasker(), Clock.systemUTC(), Sleeper.REAL, Services.HEALTH_GRACE, clients.calls()));

        // Unmeasured: warms the JIT and gives the environment one update in its history, as any
        // environment deployed before has. Printed, because it shows the uninformed schedule.
        Sample first = pluginDeploy(aws, operation, 0);
        System.out.println("warm-up (no update history yet, uninformed schedule):");
        print("plugin", first);

        List<Sample> plugin = new ArrayList<>();
        List<Sample> cli = new ArrayList<>();
        for (int i = 1; i <= deploys; i++) {
          Sample p = pluginDeploy(aws, operation, i);
          plugin.add(p);
          print("plugin", p);
          Sample c = cliDeploy(aws, eb, store, clients.elasticBeanstalk(), i);
          cli.add(c);
          print("eb-cli", c);
        }
        summarize(plugin, cli);
      }
    }
  }

  /** Builds a new bundle from a folder whose content changed, and deploys it with DeployOperation. */
  private Sample pluginDeploy(LocalAws aws, DeployOperation operation, int index) throws Exception {
    BundleResult bundle = bundle("plugin", index);
    Instant started = Instant.now();
    DeploymentRecord record =
        operation.deploy(
            new DeployRequest(
                APP, ENV, bundle, null, List.of(), false, true, Set.of("Green"), Duration.ofMinutes(5),
                work.resolve("deployment-" + index + ".json")));
    Instant returned = Instant.now();
    if (!"SUCCEEDED".equals(record.status()) || !bundle.manifest().versionLabel().equals(record.versionLabel())) {
      throw new IllegalStateException("deploy " + index + " ended " + record.status() + " with " + record.versionLabel());
    }
    return sample(aws, index, record.versionLabel(), started, returned);
  }

  /**
   * The EB CLI's wait, reproduced: after UpdateEnvironment, DescribeEvents and DescribeEnvironments
   * at once and then every 5 s, until the environment is Ready with the new label.
   */
  private Sample cliDeploy(LocalAws aws, Beanstalk eb, BundleStore store, ElasticBeanstalkClient client, int index)
      throws Exception {
    BundleResult bundle = bundle("cli", index);
    String label = bundle.manifest().versionLabel();
    String bucket = eb.storage().bucket();
    String key = APP + "/" + label + ".zip";
    store.put(bucket, key, bundle.zip(), bundle.manifest().sha256());
    VersionInfo version = eb.applications().createVersion(APP, label, "benchmark", bucket, key);
    while (!version.isSettled()) {
      Thread.sleep(100);
      version = eb.applications().version(APP, label).orElseThrow();
    }
    if (version.isFailed()) {
      throw new IllegalStateException("version " + label + " failed processing");
    }
    Instant started = Instant.now();
    client.updateEnvironment(b -> b.applicationName(APP).environmentName(ENV).versionLabel(label));
    Instant since = Instant.now().minusSeconds(5);
    while (true) {
      client.describeEvents(b -> b.applicationName(APP).environmentName(ENV).startTime(since));
      EnvironmentDescription env =
          client.describeEnvironments(b -> b.applicationName(APP).environmentNames(ENV)).environments().get(0);
      if ("Ready".equals(env.statusAsString()) && label.equals(env.versionLabel())) {
        break;
      }
      Thread.sleep(CLI_INTERVAL.toMillis());
    }
    Instant returned = Instant.now();
    return sample(aws, index, label, started, returned);
  }

  private BundleResult bundle(String who, int index) throws EbException, IOException {
    Path source = work.resolve("site");
    Files.createDirectories(source);
    // Different bytes every time: a new sha256, so a new version label and a real upload.
    Files.writeString(
        source.resolve("application.py"),
        "def application(environ, start_response):\n"
            + "    start_response('200 OK', [('Content-Type', 'text/plain')])\n"
            + "    return [b'" + who + " deploy " + index + " " + (++content) + " " + System.nanoTime() + "']\n");
    Files.writeString(source.resolve("requirements.txt"), "");
    return new BundleBuilder(Reporter.SILENT)
        .build(
            BundleRequest.builder()
                .projectDir(source)
                .bundleDirectory(source)
                .outputDir(work.resolve("out"))
                .applicationName(APP)
                .projectVersion("1.0.0")
                .packaging("pom")
                .mode(BundleSourceMode.DIRECTORY)
                .build());
  }

  /** Reads the emulator's record of the deploy that started at {@code started}. */
  private static Sample sample(LocalAws aws, int index, String label, Instant started, Instant returned)
      throws IOException {
    List<Calls.Call> all = aws.calls().all();
    Instant update =
        all.stream()
            .filter(c -> c.action().equals("UpdateEnvironment") && !c.time().isBefore(started))
            .map(Calls.Call::time)
            .reduce((a, b) -> b)
            .orElseThrow(() -> new IllegalStateException("no UpdateEnvironment after " + started));
    List<Calls.Call> during =
        all.stream()
            .filter(c -> !c.action().startsWith("s3:"))
            .filter(c -> c.time().isAfter(update) && !c.time().isAfter(returned))
            .toList();
    Map<String, Integer> perAction = new TreeMap<>();
    during.forEach(c -> perAction.merge(c.action(), 1, Integer::sum));

    Instant ready = null;
    JsonNode events = JSON.readTree(aws.stateJson()).path("regions").path(aws.region()).path("events");
    for (JsonNode event : events) {
      Instant at = Instant.parse(event.path("EventDate").asText());
      if (COMPLETED.equals(event.path("Message").asText())
          && ENV.equals(event.path("EnvironmentName").asText())
          && at.isAfter(update)
          && (ready == null || at.isBefore(ready))) {
        ready = at;
      }
    }
    if (ready == null || ready.isAfter(returned)) {
      throw new IllegalStateException("no completion event between " + update + " and " + returned);
    }
    // Where the delay goes: until the first call after Ready (the poll interval's phase), from there
    // to the last call (confirmation readings), and from the last call to the return.
    Instant readyAt = ready;
    List<Calls.Call> after = during.stream().filter(c -> !c.time().isBefore(readyAt)).toList();
    Instant firstAfter = after.isEmpty() ? returned : after.get(0).time();
    Instant lastCall = after.isEmpty() ? returned : after.get(after.size() - 1).time();
    return new Sample(
        index, label, update, ready, returned, during.size(), perAction,
        seconds(ready, firstAfter), seconds(firstAfter, lastCall), seconds(lastCall, returned));
  }

  private static void print(String who, Sample s) {
    System.out.printf(
        Locale.ROOT,
        "  %-6s #%-2d %-22s wait %5.2f s  ready->return %5.3f s (poll lag %5.3f, confirmation %5.3f, tail %5.3f)"
            + "  %2d EB calls = %4.2f/s %s%n",
        who, s.index(), s.label(), s.waited(), s.delay(), s.pollLag(), s.confirmation(), s.tail(), s.ebCalls(),
        s.callsPerSecond(), s.perAction());
  }

  private static void summarize(List<Sample> plugin, List<Sample> cli) {
    double pMedian = median(plugin, Sample::delay);
    double cMedian = median(cli, Sample::delay);
    double pMax = max(plugin, Sample::delay);
    double cMax = max(cli, Sample::delay);
    double pRate = mean(plugin, Sample::callsPerSecond);
    double cRate = mean(cli, Sample::callsPerSecond);
    System.out.printf(
        Locale.ROOT,
        "ready->return median: plugin %5.3f s  eb-cli(5 s poll) %5.3f s  ratio %.2fx  target plugin <= %.1f s: %s%n",
        pMedian, cMedian, pMedian / cMedian, TARGET_DELAY_S, pMedian <= TARGET_DELAY_S ? "MET" : "MISSED");
    System.out.printf(
        Locale.ROOT,
        "ready->return max:    plugin %5.3f s  eb-cli(5 s poll) %5.3f s  ratio %.2fx%n",
        pMax, cMax, pMax / cMax);
    System.out.printf(
        Locale.ROOT,
        "EB calls/s waiting:   plugin %5.3f    eb-cli(5 s poll) %5.3f    ratio %.2fx  target plugin <= %.1f: %s%n",
        pRate, cRate, pRate / cRate, TARGET_CALLS_PER_S, pRate <= TARGET_CALLS_PER_S ? "MET" : "MISSED");
    System.out.printf(
        Locale.ROOT,
        "plugin delay split (medians): poll lag %5.3f s, confirmation %5.3f s, tail %5.3f s;"
            + " mean wait %5.2f s, mean EB calls %.1f per deploy %s%n",
        median(plugin, Sample::pollLag), median(plugin, Sample::confirmation), median(plugin, Sample::tail),
        mean(plugin, Sample::waited), mean(plugin, s -> s.ebCalls()), meanPerAction(plugin));
    System.out.printf(
        Locale.ROOT,
        "eb-cli mean wait %5.2f s, mean EB calls %.1f per deploy%n",
        mean(cli, Sample::waited), mean(cli, s -> s.ebCalls()));
  }

  private static Map<String, String> meanPerAction(List<Sample> samples) {
    Map<String, Integer> totals = new TreeMap<>();
    samples.forEach(s -> s.perAction().forEach((k, v) -> totals.merge(k, v, Integer::sum)));
    Map<String, String> out = new TreeMap<>();
    totals.forEach((k, v) -> out.put(k, String.format(Locale.ROOT, "%.1f", v / (double) samples.size())));
    return out;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  static double seconds(Instant from, Instant to) {
    return Duration.between(from, to).toNanos() / 1e9;
  }

  private static double median(List<Sample> samples, ToDoubleFunction<Sample> f) {
    List<Double> values = new ArrayList<>();
    samples.forEach(s -> values.add(f.applyAsDouble(s)));
    values.sort(Comparator.naturalOrder());
    int n = values.size();
    return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
  }

  private static double max(List<Sample> samples, ToDoubleFunction<Sample> f) {
    return samples.stream().mapToDouble(f).max().orElse(Double.NaN);
  }

  private static double mean(List<Sample> samples, ToDoubleFunction<Sample> f) {
    return samples.stream().mapToDouble(f).average().orElse(Double.NaN);
  }
}
