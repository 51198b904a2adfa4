package io.github.ebmaven.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.change.Sleeper;
import io.github.ebmaven.change.TimedOutException;
import io.github.ebmaven.config.Since;
import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.localaws.InvokerEndpoint;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import io.github.ebmaven.report.SecretPolicy;
import io.github.ebmaven.testing.LocalAwsFixture;
import io.github.ebmaven.testing.RecordingReporter;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The operational goals' core against the local endpoint, with the plugin's own clients. */
@Timeout(60)
class OpsOperationsTest {

  private static final String SECRET = "s3cr3t-value-123";

  private static LocalAwsFixture local;

  @TempDir Path tmp;

  private final RecordingReporter reporter = new RecordingReporter();
  private final List<String> log = reporter.log;

  @BeforeAll
  static void readyEnvironmentWithProperties() throws EbException {
    local = new LocalAwsFixture();
    InvokerEndpoint.readyEnvironment(local.aws, "shop", "shop-prod", "v1");
    new EnvironmentProperties(local.services(Reporter.SILENT))
        .set(new EnvironmentProperties.SetRequest("shop", "shop-prod",
            EnvChanges.parse("DB_PASSWORD=" + SECRET + ",API_URL=https://api.example.com"), Set.of("Green"),
            Duration.ofSeconds(30)));
  }

  @AfterAll
  static void stop() {
    LocalAwsFixture.close(local);
  }

  @BeforeEach
  void resetCounters() {
    local.aws.calls().reset();
  }

  private Services services() {
    return local.services(reporter);
  }

  @Test
  void statusShowsEveryFieldInOneColumn() throws EbException {
    EnvironmentState state = new StatusOperation(services()).status("shop", "shop-prod").state();

    assertThat(log).contains("Application:       shop", "Status:            Ready", "Health:            Green (Ok)",
        "Deployed version:  v1", "URL:               " + state.url());
    assertThat(log).anyMatch(l -> l.matches("Environment: {7}shop-prod \\(e-\\w+\\)"));
    assertThat(log).anyMatch(l -> l.matches("Last update: {7}\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC"));
    assertThat(log).anyMatch(l -> l.startsWith("CNAME:             shop-prod"));
    assertThat(log).anyMatch(l -> l.startsWith("Platform:          "));
  }

  @Test
  void anUnknownEnvironmentListsTheExistingOnes() {
    assertThatThrownBy(() -> new StatusOperation(services()).status("shop", "shop-staging"))
        .isInstanceOf(EbException.class)
        .hasMessageContaining("Environment 'shop-staging' does not exist in application 'shop'. Its environments: shop-prod.");
  }

  @Test
  void healthPrintsTheEnvironmentAndATableOfInstances() throws EbException {
    HealthOperation.HealthReport report = new HealthOperation(services()).health("shop", "shop-prod");

    assertThat(report.instances()).hasSize(1);
    String instance = report.instances().get(0).instanceId();
    assertThat(log.get(0)).startsWith("Environment shop-prod: Ready, health Green (Ok) (refreshed ");
    assertThat(log).contains("Requests: 100 in the last 10 s (2xx 100, 3xx 0, 4xx 0, 5xx 0); latency p99 0.500 s,"
        + " p90 0.100 s, p50 0.020 s", "Instances: 1 Ok");
    int header = log.indexOf(log.stream().filter(l -> l.startsWith("instance ")).findFirst().orElseThrow());
    String row = log.get(header + 1);
    assertThat(row).startsWith(instance + "  Green (Ok)").contains("0.12 0.08 0.05", "90.00 %", "v1", "us-east-1a",
        "t3.micro");
    assertThat(log.get(header).indexOf("health")).isEqualTo(row.indexOf("Green"));
    assertThat(log.get(header).indexOf("load 1/5/15m")).isEqualTo(row.indexOf("0.12"));
    assertThat(local.aws.calls().count("DescribeInstancesHealth")).isEqualTo(1);
  }

  @Test
  void recentEventsAreTheNewestInTheDeployLineFormat() throws EbException {
    var result = new EventsOperation(services()).recent(new EventsOperation.EventsRequest("shop", "shop-prod", null, 3));

    assertThat(result.printed()).isEqualTo(3);
    assertThat(log).hasSize(3).allMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  [A-Z]+  .+"));
    List<String> all = local.eb.events().newest("shop", "shop-prod", null, 1000).stream().map(e -> e.line()).toList();
    assertThat(all.size()).isGreaterThan(3);
    assertThat(log).isEqualTo(all.subList(all.size() - 3, all.size()));
  }

  @Test
  void eventsSinceTheFutureAreNone() throws EbException {
    var result = new EventsOperation(services())
        .recent(new EventsOperation.EventsRequest("shop", "shop-prod", Instant.now().plusSeconds(3600), 50));
    assertThat(result.printed()).isZero();
    assertThat(log).singleElement().asString().startsWith("No events for shop-prod since ");
  }

  @Test
  void maxEventsOutOfRangeIsRefusedBeforeAnyCall() {
    assertThatThrownBy(() -> new EventsOperation(services())
            .recent(new EventsOperation.EventsRequest("shop", "shop-prod", null, 0)))
        .hasMessageStartingWith("eb.maxEvents=0 is out of range");
    assertThat(local.aws.calls().all()).isEmpty();
  }

  @Test
  void followPrintsNewEventsOnceAndNeverPollsFasterThanEveryTwoSeconds() throws EbException {
    MutableClock clock = new MutableClock(Instant.now());
    Instant end = clock.instant().plus(Duration.ofMinutes(2));
    List<Duration> pauses = new ArrayList<>();
    Sleeper sleeper = pause -> {
      pauses.add(pause);
      clock.advance(pause);
      // EB writes an operation's events over real time: let some pass between polls.
      Thread.sleep(50);
      if (pauses.size() == 2) {
        // Something happens while following: EB writes the log request's three events.
        try {
          local.eb.environments().requestLogs("shop-prod", "tail");
        } catch (EbException e) {
          throw new AssertionError(e);
        }
      }
    };
    Instant since = Instant.now();
    var result = new EventsOperation(local.services(reporter, clock, sleeper))
        .follow(new EventsOperation.EventsRequest("shop", "shop-prod", since, 50), () -> clock.instant().isBefore(end));

    assertThat(log.get(0)).startsWith("No events for shop-prod since ");
    assertThat(log.stream().filter(l -> l.endsWith("requestEnvironmentInfo is starting."))).hasSize(1);
    assertThat(log.stream().filter(l -> l.contains("Successfully finished tailing"))).hasSize(1);
    assertThat(log.stream().filter(l -> l.endsWith("Pulled logs for environment instances."))).hasSize(1);
    assertThat(pauses).allMatch(p -> p.compareTo(Duration.ofSeconds(2)) >= 0);
    assertThat(pauses).contains(Duration.ofSeconds(10));
    assertThat(result.calls()).isEqualTo(local.aws.calls().count("DescribeEvents")).isLessThanOrEqualTo(120 / 2 + 1);
    assertThat(result.printed()).isEqualTo(3);
  }

  @Test
  void tailLogsArePrintedPerInstance() throws EbException {
    var logs = new LogsOperation(services(), LogFetcher.http())
        .logs(new LogsOperation.LogsRequest("shop", "shop-prod", LogsOperation.Kind.TAIL, tmp, Duration.ofSeconds(20)));

    assertThat(logs).singleElement().satisfies(l -> assertThat(l.tail()).contains("/var/log/eb-engine.log"));
    assertThat(log).anyMatch(l -> l.matches("==== i-\\w+ \\(tail logs sampled .+ UTC\\) ===="));
    assertThat(log).contains("/var/log/eb-engine.log");
    assertThat(String.join("\n", log)).doesNotContain("X-Amz-Signature");
    assertThat(local.aws.calls().count("RequestEnvironmentInfo")).isEqualTo(1);
  }

  @Test
  void bundleLogsAreSavedAsOneZipPerInstanceAndOlderSamplesAreIgnored() throws Exception {
    LogsOperation operation = new LogsOperation(services(), LogFetcher.http());
    var request = new LogsOperation.LogsRequest("shop", "shop-prod", LogsOperation.Kind.BUNDLE, tmp, Duration.ofSeconds(20));
    operation.logs(request);
    Thread.sleep(5);
    var second = operation.logs(request);

    Path zip = second.get(0).bundle();
    assertThat(zip.getParent()).isEqualTo(tmp.resolve("shop-prod"));
    assertThat(zip.getFileName().toString()).matches("i-\\w+\\.zip");
    try (ZipFile file = new ZipFile(zip.toFile())) {
      assertThat(file.getEntry("var/log/eb-engine.log")).isNotNull();
    }
    assertThat(Files.list(tmp.resolve("shop-prod"))).hasSize(1);
    assertThat(log).anyMatch(l -> l.startsWith("Saved the logs of i-") && l.endsWith(zip.toString()));
  }

  @Test
  void aFailedDownloadNamesTheInstanceNotTheUrl() {
    LogFetcher failing = url -> {
      throw new IOException("HTTP 403");
    };
    assertThatThrownBy(() -> new LogsOperation(services(), failing)
            .logs(new LogsOperation.LogsRequest("shop", "shop-prod", LogsOperation.Kind.TAIL, tmp, Duration.ofSeconds(20))))
        .hasMessageStartingWith("Downloading the logs of i-")
        .hasMessageContaining("HTTP 403")
        .message().doesNotContain("http://");
  }

  @Test
  void logsKindIsTailOrBundle() throws EbException {
    assertThat(LogsOperation.Kind.parse(null)).isEqualTo(LogsOperation.Kind.TAIL);
    assertThat(LogsOperation.Kind.parse("Bundle")).isEqualTo(LogsOperation.Kind.BUNDLE);
    assertThatThrownBy(() -> LogsOperation.Kind.parse("all")).hasMessageStartingWith("eb.logs='all' is not a kind of logs");
  }

  @Test
  void openPrintsTheUrlAndUsesABrowserOnlyWhenThereIsOne() throws EbException {
    List<URI> opened = new ArrayList<>();
    URI url = new OpenOperation(services()).open("shop", "shop-prod", browser(null, opened, false));
    assertThat(opened).containsExactly(url);
    assertThat(url.toString()).startsWith("http://shop-prod");

    log.clear();
    new OpenOperation(services()).open("shop", "shop-prod", browser("no graphical desktop (headless)", opened, false));
    assertThat(opened).hasSize(1);
    assertThat(log).containsExactly("shop-prod: " + url, "Not opening a browser: no graphical desktop (headless).");

    log.clear();
    new OpenOperation(services()).open("shop", "shop-prod", browser(null, opened, true));
    assertThat(log).contains("WARN Could not open a browser (no browser installed); open " + url + " yourself.");
  }

  @Test
  void theDesktopBrowserIsNeverUsedOutsideAnInteractiveSession() {
    assertThat(Browser.desktop(false).unavailableBecause()).isEqualTo("not an interactive session");
  }

  private static Browser browser(String unavailable, List<URI> opened, boolean fails) {
    return new Browser() {
      @Override
      public String unavailableBecause() {
        return unavailable;
      }

      @Override
      public void open(URI uri) throws IOException {
        if (fails) {
          throw new IOException("no browser installed");
        }
        opened.add(uri);
      }
    };
  }

  @Test
  void configIsYamlByNamespaceWithSecretsMaskedAndDiffsFromThePom() throws EbException {
    var result = new ConfigOperation(services()).config(new ConfigOperation.ConfigRequest("shop", "shop-prod",
        List.of(new OptionSetting("aws:elasticbeanstalk:application:environment", "API_URL", "https://api.example.com", null),
            new OptionSetting("aws:elasticbeanstalk:application:environment", "DB_PASSWORD", "other-password", null),
            new OptionSetting("aws:ec2:instances", "InstanceTypes", "t3a.nano", null)),
        SecretPolicy.standard()));

    assertThat(result.yaml()).contains("aws:elasticbeanstalk:application:environment:\n  API_URL: https://api.example.com\n"
        + "  DB_PASSWORD: '****'\n");
    assertThat(String.join("\n", log)).doesNotContain(SECRET).doesNotContain("other-password");
    assertThat(result.differences()).extracting(ConfigOperation.Difference::optionName)
        .containsExactly("DB_PASSWORD", "InstanceTypes");
    assertThat(log).contains("# Differences from the POM: 2 of its 3 option settings differ (a deploy applies them from"
        + " the bundle's .ebextensions, unless settings applied through the API take precedence)");
    assertThat(log).anyMatch(l -> l.matches("  aws:ec2:instances\\s+InstanceTypes\\s+t3a\\.nano\\s+t3\\.micro, t3\\.small"));
    assertThat(log).anyMatch(l -> l.matches("  aws:elasticbeanstalk:application:environment\\s+DB_PASSWORD\\s+\\*{4}\\s+\\*{4}"));
  }

  @Test
  void printenvMasksSecretLookingValuesUnlessRevealed() throws EbException {
    var properties = new EnvironmentProperties(services());
    properties.print("shop", "shop-prod", SecretPolicy.standard(), false);
    assertThat(log).containsSubsequence("Environment properties of shop-prod (2):", "  API_URL     = https://api.example.com",
        "  DB_PASSWORD = ****", "1 secret-looking value shown as ****; eb.reveal=true shows them.");

    log.clear();
    properties.print("shop", "shop-prod", SecretPolicy.of("API", "eb.secretPattern"), false);
    assertThat(log).contains("  API_URL     = ****", "  DB_PASSWORD = " + SECRET);

    log.clear();
    properties.print("shop", "shop-prod", SecretPolicy.standard(), true);
    assertThat(log).contains("  DB_PASSWORD = " + SECRET);
  }

  @Test
  void aBadSecretPatternNamesTheProperty() {
    assertThatThrownBy(() -> SecretPolicy.of("(PASSWORD", "eb.secretPattern"))
        .hasMessageStartingWith("eb.secretPattern '(PASSWORD' is not a regular expression");
  }

  @Test
  void setenvSetsAndRemovesWaitingForTheUpdateAndNeverPrintsValues() throws EbException {
    var properties = new EnvironmentProperties(services());
    EnvironmentState state = properties.set(new EnvironmentProperties.SetRequest("shop", "shop-prod",
        EnvChanges.parse("FEATURE_TOKEN=tok-987654321,API_URL=,UNKNOWN="), Set.of("Green"), Duration.ofSeconds(30)));

    assertThat(state.isReady()).isTrue();
    assertThat(state.versionLabel()).isEqualTo("v1");
    assertThat(properties.read("shop", "shop-prod")).containsEntry("FEATURE_TOKEN", "tok-987654321")
        .doesNotContainKey("API_URL").containsKey("DB_PASSWORD");
    assertThat(log).anyMatch(l -> l.startsWith("Updating the environment properties of shop-prod: set FEATURE_TOKEN;"
        + " remove API_URL (request "));
    assertThat(log).anyMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  INFO  Environment update completed successfully\\."));
    assertThat(log).contains("Updated the environment properties of shop-prod (set FEATURE_TOKEN; remove API_URL): Ready,"
        + " health Green (Ok), running v1");
    assertThat(String.join("\n", log)).doesNotContain("tok-987654321");
    assertThat(local.aws.calls().count("UpdateEnvironment")).isEqualTo(1);

    log.clear();
    local.aws.calls().reset();
    properties.set(new EnvironmentProperties.SetRequest("shop", "shop-prod", EnvChanges.parse("FEATURE_TOKEN=tok-987654321"),
        Set.of("Green"), Duration.ofSeconds(30)));
    assertThat(log).containsExactly("shop-prod already has those environment properties (set FEATURE_TOKEN): nothing to change");
    assertThat(local.aws.calls().count("UpdateEnvironment")).isZero();
    properties.set(new EnvironmentProperties.SetRequest("shop", "shop-prod", EnvChanges.parse("API_URL=https://api.example.com"),
        Set.of("Green"), Duration.ofSeconds(30)));
  }

  @Test
  void setenvWaitsForTheUpdateAndTimesOutWhenItHangs() {
    local.aws.faults().hangNextUpdate();
    try {
      assertThatThrownBy(() -> new EnvironmentProperties(services()).set(new EnvironmentProperties.SetRequest("shop",
              "shop-prod", EnvChanges.parse("HANG_MARKER=1"), Set.of("Green"), Duration.ofSeconds(2))))
          .isInstanceOf(TimedOutException.class)
          .hasMessageContaining("(eb.timeout) while waiting for shop-prod to apply the environment properties");
    } finally {
      local.aws.faults().clear();
      local.clients.elasticBeanstalk().abortEnvironmentUpdate(b -> b.environmentName("shop-prod"));
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (System.nanoTime() < deadline) {
        try {
          if (local.eb.environments().find("shop", "shop-prod").orElseThrow().isReady()) {
            break;
          }
          Thread.sleep(50);
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      }
    }
  }

  @Test
  void envChangesAreParsedAndBadEntriesNamedWithoutTheirValues() throws EbException {
    EnvChanges changes = EnvChanges.parse("A=1, B=x=y ,C=");
    assertThat(changes.set()).containsExactly(Map.entry("A", "1"), Map.entry("B", "x=y"));
    assertThat(changes.remove()).containsExactly("C");
    assertThat(changes.describe()).isEqualTo("set A, B; remove C");

    assertThatThrownBy(() -> EnvChanges.parse("PASSWORD=abc,def"))
        .hasMessage("eb.env entry 2 has no '=': write NAME=value to set a variable or NAME= to remove it, entries"
            + " separated by commas (values cannot contain commas).");
    assertThatThrownBy(() -> EnvChanges.parse("=value")).hasMessageStartingWith("eb.env entry 1 has an empty name");
    assertThatThrownBy(() -> EnvChanges.parse(" ")).hasMessageStartingWith("eb.env is empty");
    assertThatThrownBy(() -> EnvChanges.parse("A=1,A=2")).hasMessage("eb.env names A twice: give each variable once.");
    assertThatThrownBy(() -> EnvChanges.parse("MY VAR=1")).hasMessageContaining("the name 'MY VAR' has characters");
  }

  @Test
  void sinceIsADurationBackOrAnInstant() throws EbException {
    Clock clock = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
    assertThat(Since.parse("1h", clock)).isEqualTo(Instant.parse("2026-11-29T11:00:00Z"));
    assertThat(Since.parse("2026-11-29T10:15:00Z", clock)).isEqualTo(Instant.parse("2026-11-29T10:15:00Z"));
    assertThat(Since.parse("2026-11-29T10:15:00+01:00", clock)).isEqualTo(Instant.parse("2026-11-29T09:15:00Z"));
    assertThat(Since.parse(null, clock)).isNull();
    assertThatThrownBy(() -> Since.parse("yesterday", clock)).hasMessageStartingWith("eb.since 'yesterday' is neither");
    assertThatThrownBy(() -> Since.parse("2026-13-01T00:00:00Z", clock)).hasMessageStartingWith("eb.since '2026-13-01T00:00:00Z' is not an ISO instant");
  }

  @Test
  void followPaceStaysWithinTheBudget() {
    FollowPace pace = new FollowPace();
    assertThat(pace.next(true, false)).isEqualTo(Duration.ofSeconds(2));
    assertThat(pace.next(false, false)).isEqualTo(Duration.ofSeconds(3));
    for (int i = 0; i < 10; i++) {
      pace.next(false, false);
    }
    assertThat(pace.next(false, false)).isEqualTo(Duration.ofSeconds(10));
    assertThat(pace.next(false, true)).isEqualTo(Duration.ofSeconds(20));
    assertThat(pace.next(true, false)).isEqualTo(Duration.ofSeconds(2));
  }

  /** A clock the test moves. */
  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
