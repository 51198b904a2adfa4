package io.github.ebmaven.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.aws.AwsClients;
import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.bundle.BundleBuilder;
import io.github.ebmaven.bundle.BundleRequest;
import io.github.ebmaven.bundle.BundleResult;
import io.github.ebmaven.bundle.BundleSourceMode;
import io.github.ebmaven.change.ChangeFailedException;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.change.Sleeper;
import io.github.ebmaven.change.TimedOutException;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import io.github.ebmaven.testing.LocalAwsFixture;
import io.github.ebmaven.testing.RecordingReporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eb:init}, {@code eb:create}, {@code eb:deploy} and {@code eb:terminate} in core, against the
 * local Elastic Beanstalk + S3 endpoint with the plugin's own clients, a real clock and real pauses.
 */
@Timeout(30)
class DeployOperationTest {

  private static final Duration BUDGET = Duration.ofSeconds(60);
  private static final Set<String> GREEN = Set.of("Green");

  private static LocalAwsFixture local;

  @TempDir Path tmp;

  private final RecordingReporter reporter = new RecordingReporter();
  private final List<String> log = reporter.lines;
  private final Clock clock = Clock.systemUTC();
  private int bundles;

  @BeforeAll
  static void start() throws EbException {
    local = new LocalAwsFixture();
  }

  @AfterAll
  static void stop() {
    LocalAwsFixture.close(local);
  }

  @BeforeEach
  void clearFaults() {
    local.aws.faults().clear();
  }

  /** A Python app bundled from a folder; {@code greeting} makes its bytes, and so its label, differ. */
  private BundleResult bundle(String app, String greeting) throws Exception {
    int n = ++bundles;
    Path project = Files.createDirectories(tmp.resolve("project-" + n));
    Files.writeString(project.resolve("Procfile"), "web: gunicorn application:app\n");
    Files.writeString(project.resolve("application.py"),
        "def app(environ, start_response):\n"
            + "    start_response('200 OK', [('Content-Type', 'text/plain')])\n"
            + "    return [b'" + greeting + "']\n");
    Files.writeString(project.resolve("requirements.txt"), "gunicorn==23.0.0\n");
    return new BundleBuilder(Reporter.SILENT).build(
        BundleRequest.builder()
            .projectDir(project)
            .outputDir(tmp.resolve("out-" + n))
            .applicationName(app)
            .projectVersion("1.0.0")
            .packaging("pom")
            .mode(BundleSourceMode.DIRECTORY)
            .threads(1)
            .build());
  }

  private DeployOperation deployer(Sleeper sleeper) {
    return new DeployOperation(services(sleeper));
  }

  private Services services(Sleeper sleeper) {
    return local.services(reporter, clock, sleeper);
  }

  private DeployOperation deployer() {
    return deployer(Sleeper.REAL);
  }

  private DeployRequest request(String app, String env, BundleResult bundle, Duration timeout) {
    return new DeployRequest(app, env, bundle, null, List.of(), false, true, GREEN, timeout,
        tmp.resolve("eb").resolve(DeploymentRecord.FILE_NAME));
  }

  private JsonNode resultJson() throws Exception {
    return new ObjectMapper().readTree(tmp.resolve("eb").resolve(DeploymentRecord.FILE_NAME).toFile());
  }

  /** eb:init then eb:create: an application with one Ready, Green environment running {@code first}. */
  private DeploymentRecord launch(String app, String env, BundleResult first) throws EbException {
    InitOperation.Initialized init = new InitOperation(services(Sleeper.REAL))
        .init(new InitOperation.InitRequest(app, "python-3.11", null, null, "aws-elasticbeanstalk-service-role"));
    assertThat(init.applicationCreated()).isTrue();
    assertThat(init.platformDisplay()).startsWith("Python 3.11 running on 64bit Amazon Linux 2023 4.7.3");
    return new CreateOperation(services(Sleeper.REAL))
        .create(new CreateOperation.CreateRequest(app, env, null, "WebServer", "python-3.11", first, null,
            CreationSettings.defaults(), Map.of("team", "shop"), GREEN, BUDGET, tmp.resolve("create").resolve(DeploymentRecord.FILE_NAME)));
  }

  private EnvironmentState state(String app, String env) throws EbException {
    return local.eb.environments().find(app, env).orElseThrow();
  }

  @Test
  void deploysANewVersionAndThenReusesItWithoutUploadOrUpdate() throws Exception {
    BundleResult v1 = bundle("shop", "v1");
    DeploymentRecord created = launch("shop", "shop-env", v1);
    assertThat(created.status()).isEqualTo("SUCCEEDED");
    assertThat(created.versionLabel()).isEqualTo(v1.manifest().versionLabel());
    assertThat(state("shop", "shop-env").health()).isEqualTo("Green");

    BundleResult v2 = bundle("shop", "v2");
    String label = v2.manifest().versionLabel();
    local.aws.calls().reset();
    DeploymentRecord first = deployer().deploy(request("shop", "shop-env", v2, BUDGET));

    JsonNode json = resultJson();
    assertThat(json.get("goal").asText()).isEqualTo("deploy");
    assertThat(json.get("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(json.get("version").asText()).isEqualTo("CREATED");
    assertThat(json.get("versionLabel").asText()).isEqualTo(label);
    assertThat(json.get("bundleSha256").asText()).isEqualTo(v2.manifest().sha256());
    assertThat(json.get("bytesUploaded").asLong()).isEqualTo(Files.size(v2.zip())).isPositive();
    assertThat(json.get("url").asText()).startsWith("http://").contains("elasticbeanstalk.com");
    assertThat(json.get("environmentStatus").asText()).isEqualTo("Ready");
    assertThat(json.get("health").asText()).startsWith("Green");
    assertThat(json.get("ebCalls").asInt()).isPositive();
    assertThat(json.get("events").toString()).contains("Environment update completed successfully.");
    assertThat(first.status()).isEqualTo("SUCCEEDED");
    assertThat(state("shop", "shop-env").versionLabel()).isEqualTo(label);
    assertThat(local.aws.calls().count("UpdateEnvironment")).isEqualTo(1);
    assertThat(local.aws.calls().count("s3:PutObject")).isEqualTo(1);
    assertThat(log).anyMatch(l -> l.startsWith("INFO Deployed " + label + " to shop-env: Ready, health Green"));

    local.aws.calls().reset();
    DeploymentRecord again = deployer().deploy(request("shop", "shop-env", v2, BUDGET));

    assertThat(again.status()).isEqualTo("SUCCEEDED");
    assertThat(again.bytesUploaded()).isZero();
    assertThat(again.version()).isEqualTo("REUSED");
    assertThat(local.aws.calls().s3BytesReceived()).isZero();
    assertThat(local.aws.calls().count("UpdateEnvironment")).isZero();
    assertThat(local.aws.calls().count("CreateApplicationVersion")).isZero();
    assertThat(resultJson().get("version").asText()).isEqualTo("REUSED");
    assertThat(log).contains("INFO shop-env already runs " + label + " with health Green (Ok): nothing to deploy");
  }

  @Test
  void aFailedDeploymentFailsQuotingEbAndThePreviousVersionKeepsRunning() throws Exception {
    BundleResult v1 = bundle("cart", "v1");
    launch("cart", "cart-env", v1);
    BundleResult broken = bundle("cart", "broken");
    local.aws.faults().failNextDeployment();

    assertThatThrownBy(() -> deployer().deploy(request("cart", "cart-env", broken, BUDGET)))
        .isInstanceOf(ChangeFailedException.class)
        .hasMessageContaining("Deploying " + broken.manifest().versionLabel() + " to cart-env failed.")
        .hasMessageContaining("ERROR  Failed to deploy application.")
        .hasMessageContaining("ERROR  Instance deployment failed. For details, see 'eb-engine.log'.")
        .hasMessageContaining("(" + v1.manifest().versionLabel() + ")");

    assertThat(state("cart", "cart-env").versionLabel()).isEqualTo(v1.manifest().versionLabel());
    JsonNode json = resultJson();
    assertThat(json.get("status").asText()).isEqualTo("FAILED");
    assertThat(json.get("reasons").toString()).contains("Failed to deploy application.");
  }

  @Test
  void aHungUpdateTimesOutNamingEbTimeout() throws Exception {
    launch("api", "api-env", bundle("api", "v1"));
    BundleResult v2 = bundle("api", "v2");
    local.aws.faults().hangNextUpdate();
    long started = System.nanoTime();

    assertThatThrownBy(() -> deployer().deploy(request("api", "api-env", v2, Duration.ofSeconds(3))))
        .isInstanceOf(TimedOutException.class)
        .hasMessageContaining("Timed out after 3 s (eb.timeout)")
        .hasMessageContaining("api-env is Updating")
        .hasMessageContaining("eb.timeout");

    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(took).isBetween(Duration.ofSeconds(3), Duration.ofSeconds(6));
    assertThat(resultJson().get("status").asText()).isEqualTo("TIMED_OUT");
  }

  @Test
  void throttledDescribeEventsCallsAreSurvived() throws Exception {
    launch("blog", "blog-env", bundle("blog", "v1"));
    BundleResult v2 = bundle("blog", "v2");
    AtomicBoolean armed = new AtomicBoolean();
    Sleeper throttleWhileWatching =
        pause -> {
          if (armed.compareAndSet(false, true)) {
            local.aws.faults().throttleNextCalls(3, "DescribeEvents");
          }
          Sleeper.REAL.sleep(pause);
        };
    local.aws.calls().reset();

    DeploymentRecord record = deployer(throttleWhileWatching).deploy(request("blog", "blog-env", v2, BUDGET));

    assertThat(record.status()).isEqualTo("SUCCEEDED");
    assertThat(state("blog", "blog-env").versionLabel()).isEqualTo(v2.manifest().versionLabel());
    assertThat(local.aws.calls().all())
        .filteredOn(c -> c.action().equals("DescribeEvents") && c.status() == 400)
        .hasSize(3);
  }

  @Test
  void anUnknownEnvironmentIsNamedWithTheExistingOnesAndNothingIsUploaded() throws Exception {
    launch("news", "news-env", bundle("news", "v1"));
    BundleResult v2 = bundle("news", "v2");
    local.aws.calls().reset();

    assertThatThrownBy(() -> deployer().deploy(request("news", "news-prod", v2, BUDGET)))
        .isInstanceOf(EbException.class)
        .hasMessageContaining("Environment 'news-prod' does not exist in application 'news'")
        .hasMessageContaining("Its environments: news-env")
        .hasMessageContaining("eb.environmentName");

    assertThat(local.aws.calls().s3BytesReceived()).isZero();
    assertThat(local.aws.calls().count("CreateApplicationVersion")).isZero();
  }

  @Test
  void terminateWithDeleteApplicationRemovesTheApplicationAndItsBundles() throws Exception {
    BundleResult v1 = bundle("tmp", "v1");
    launch("tmp", "tmp-env", v1);
    String bucket = local.eb.storage().bucket();
    String key = "tmp/" + v1.manifest().versionLabel() + ".zip";
    assertThat(local.clients.s3().listObjectsV2(b -> b.bucket(bucket).prefix("tmp/")).contents())
        .extracting(o -> o.key())
        .containsExactly(key);

    terminate(new TerminateOperation.TerminateRequest("tmp", "tmp-env", true, BUDGET));

    assertThat(local.eb.applications().exists("tmp")).isFalse();
    assertThat(local.eb.environments().find("tmp", "tmp-env")).isEmpty();
    assertThat(local.clients.s3().listObjectsV2(b -> b.bucket(bucket).prefix("tmp/")).contents()).isEmpty();
    assertThat(log).contains("INFO Environment tmp-env is terminated")
        .anyMatch(l -> l.startsWith("INFO Deleted application tmp with its 1 versions"));
  }

  @Test
  void deleteApplicationIsRefusedWhileOtherEnvironmentsRun() throws Exception {
    BundleResult v1 = bundle("duo", "v1");
    launch("duo", "duo-a", v1);
    new CreateOperation(services(Sleeper.REAL))
        .create(new CreateOperation.CreateRequest("duo", "duo-b", null, "WebServer", "python-3.11", v1, null,
            CreationSettings.defaults(), Map.of(), GREEN, BUDGET, tmp.resolve("create-b").resolve(DeploymentRecord.FILE_NAME)));
    local.aws.calls().reset();

    assertThatThrownBy(() -> terminate(new TerminateOperation.TerminateRequest("duo", "duo-a", true, BUDGET)))
        .isInstanceOf(EbException.class)
        .hasMessageContaining("still has the environments duo-b")
        .hasMessageContaining("Nothing was changed");
    assertThat(local.aws.calls().count("TerminateEnvironment")).isZero();
    assertThat(state("duo", "duo-a").isReady()).isTrue();
  }

  @Test
  void anApplicationWhoseLastEnvironmentIsAlreadyGoneIsDeleted() throws Exception {
    BundleResult v1 = bundle("gone", "v1");
    launch("gone", "gone-env", v1);
    terminate(new TerminateOperation.TerminateRequest("gone", "gone-env", false, BUDGET));
    log.clear();
    local.aws.calls().reset();

    terminate(new TerminateOperation.TerminateRequest("gone", "gone-env", true, BUDGET));

    assertThat(local.aws.calls().count("TerminateEnvironment")).isZero();
    assertThat(local.aws.calls().count("DeleteApplication")).isOne();
    assertThat(local.eb.applications().exists("gone")).isFalse();
    assertThat(log).noneMatch(l -> l.contains("is terminated"))
        .anyMatch(l -> l.startsWith("INFO Deleted application gone with its 1 versions"));
  }

  @Test
  void deletingAnApplicationThatDoesNotExistSaysSoAndChangesNothing() {
    assertThatThrownBy(() -> terminate(new TerminateOperation.TerminateRequest("never-made", "never-made-env", true, BUDGET)))
        .isInstanceOf(EbException.class)
        .hasMessageStartingWith("Application never-made does not exist in ")
        .hasMessageEndingWith("there is nothing to terminate or delete. Check eb.applicationName and eb.region.");
    assertThat(local.aws.calls().count("DeleteApplication")).isZero();
  }

  private void terminate(TerminateOperation.TerminateRequest request) throws EbException {
    TerminateOperation operation = new TerminateOperation(services(Sleeper.REAL));
    operation.terminate(request, operation.target(request));
  }

  @Test
  void theRecordCountsEveryRequestTheGoalSentToEbAndS3() throws Exception {
    launch("counted", "counted-env", bundle("counted", "v1"));
    BundleResult v2 = bundle("counted", "v2");
    local.aws.calls().reset();

    try (AwsClients goalClients = local.newClients()) {
      new DeployOperation(local.services(reporter, goalClients)).deploy(request("counted", "counted-env", v2, BUDGET));
    }

    List<String> received = local.aws.calls().all().stream().map(c -> c.action()).toList();
    long s3 = received.stream().filter(a -> a.startsWith("s3:")).count();
    long eb = received.stream().filter(a -> !a.contains(":")).count();
    JsonNode json = resultJson();
    assertThat(s3).isPositive();
    assertThat(json.get("ebCalls").asLong()).isEqualTo(eb + s3);
    assertThat(json.get("awsRequests").get("elasticbeanstalk").asLong()).isEqualTo(eb);
    assertThat(json.get("awsRequests").get("s3").asLong()).isEqualTo(s3);
  }
}
