package io.github.ebmaven.localaws;

import static io.github.ebmaven.localaws.TestEnvironments.option;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticbeanstalk.ElasticBeanstalkClient;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentDescription;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentStatus;
import software.amazon.awssdk.services.s3.S3Client;

/** The applications the environments serve over HTTP: routing by path and Host, states, swaps and faults. */
class AppTrafficTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static TestEnvironments.Endpoint endpoint;
  private static LocalAws aws;
  private static ElasticBeanstalkClient eb;
  private static S3Client s3;
  private static EnvironmentDescription blue;
  private static EnvironmentDescription green;

  @BeforeAll
  static void start() {
    endpoint = TestEnvironments.Endpoint.start(Delays.uniform(Duration.ofMillis(150)));
    aws = endpoint.aws();
    eb = endpoint.eb();
    s3 = endpoint.s3();
    TestEnvironments.version(eb, s3, "shop", "v1", Map.of("application.py", "v1"));
    TestEnvironments.version(eb, s3, "shop", "v2", Map.of("application.py", "v2",
        ".ebextensions/health.config", "option_settings:\n  aws:elasticbeanstalk:environment:process:default:\n"
            + "    HealthCheckPath: /ping\n"));
    blue = TestEnvironments.create(eb, TestEnvironments.request("shop", "shop-blue", "v1",
        option(AppTraffic.PROCESS_NAMESPACE, AppTraffic.HEALTH_CHECK_PATH, "/health")).cnamePrefix("shop-blue"));
    green = TestEnvironments.create(eb, TestEnvironments.request("shop", "shop-green", "v2").cnamePrefix("shop-green"));
  }

  @AfterAll
  static void stop() {
    TestEnvironments.Endpoint.close(endpoint);
  }

  @AfterEach
  void clearFaults() {
    aws.faults().clear();
  }

  private static HttpResponse<String> get(String cname, String path, String accept) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(aws.appUrl(cname) + path.replaceFirst("^/", "")));
    if (accept != null) {
      request.header("Accept", accept);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> fetch(URI uri) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A request with its own Host header (java.net.http does not let a caller set one). */
  private static String rawGet(String host, String path) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), aws.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static HttpResponse<String> control(String method, String path, String json) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(aws.endpoint() + "/_localaws/" + path))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void readyEnvironmentAnswersEveryPathWithItsVersion() throws Exception {
    HttpResponse<String> root = get(blue.cname(), "/", null);
    assertThat(root.statusCode()).isEqualTo(200);
    assertThat(root.body()).isEqualTo("shop-blue is running version v1\n");
    assertThat(root.headers().firstValue("X-Version-Label")).hasValue("v1");
    assertThat(root.headers().firstValue("X-Environment-Name")).hasValue("shop-blue");
    assertThat(root.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");

    HttpResponse<String> health = get(blue.cname(), "/health?deep=1", "application/json");
    assertThat(health.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(health.body());
    assertThat(body.get("versionLabel").asText()).isEqualTo("v1");
    assertThat(body.get("environment").asText()).isEqualTo("shop-blue");
    assertThat(body.get("application").asText()).isEqualTo("shop");
    assertThat(body.get("path").asText()).isEqualTo("/health");
    assertThat(body.get("healthCheckPath").asText()).isEqualTo("/health");
    assertThat(body.get("healthCheck").asBoolean()).isTrue();
    assertThat(get(blue.cname(), "/any/deep/path.html", null).statusCode()).isEqualTo(200);

    HttpResponse<String> head = HTTP.send(HttpRequest.newBuilder(aws.appUrl(blue.cname()))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("X-Version-Label")).hasValue("v1");
  }

  @Test
  void healthCheckPathComesFromTheBundlesEbextensions() throws Exception {
    JsonNode ping = JSON.readTree(get(green.cname(), "/ping", "application/json").body());
    assertThat(ping.get("versionLabel").asText()).isEqualTo("v2");
    assertThat(ping.get("healthCheckPath").asText()).isEqualTo("/ping");
    assertThat(ping.get("healthCheck").asBoolean()).isTrue();
  }

  @Test
  void hostHeaderRoutesByCnameAndLoadBalancerName() throws Exception {
    String byCname = rawGet(green.cname().toUpperCase() + ":80", "/health");
    assertThat(byCname).startsWith("HTTP/1.1 200 ").contains("X-Version-Label: v2", "shop-green is running version v2");
    assertThat(rawGet(green.endpointURL(), "/")).startsWith("HTTP/1.1 200 ").contains("X-Version-Label: v2");
    String unknown = rawGet("nobody-by-host.us-east-1.elasticbeanstalk.com", "/");
    assertThat(unknown).startsWith("HTTP/1.1 404 ")
        .contains("No Elastic Beanstalk environment answers at nobody-by-host.us-east-1.elasticbeanstalk.com.");
    assertThat(aws.calls().count("app:nobody-by-host.us-east-1.elasticbeanstalk.com")).isEqualTo(1);
  }

  @Test
  void unknownAndUnnamedCnamesAnswer404() throws Exception {
    HttpResponse<String> unknown = get("nobody.us-east-1.elasticbeanstalk.com", "/", null);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("X-Version-Label")).isEmpty();
    HttpResponse<String> unnamed = fetch(URI.create(aws.endpoint() + "/_app/"));
    assertThat(unnamed.statusCode()).isEqualTo(404);
    assertThat(unnamed.body()).contains("/_app/<cname>/<path>");
  }

  @Test
  void swappedCnamesServeTheOtherVersionAtOnce() throws Exception {
    TestEnvironments.version(eb, s3, "swap", "s1", Map.of("a", "1"));
    TestEnvironments.version(eb, s3, "swap", "s2", Map.of("a", "2"));
    EnvironmentDescription a = TestEnvironments.create(eb, TestEnvironments.request("swap", "swap-a", "s1")
        .cnamePrefix("swap-live"));
    EnvironmentDescription b = TestEnvironments.create(eb, TestEnvironments.request("swap", "swap-b", "s2")
        .cnamePrefix("swap-idle"));
    assertThat(get(a.cname(), "/", null).headers().firstValue("X-Version-Label")).hasValue("s1");
    eb.swapEnvironmentCNAMEs(r -> r.sourceEnvironmentName("swap-a").destinationEnvironmentName("swap-b"));
    TestClients.await(Duration.ofSeconds(5), () -> a.cname().equals(TestEnvironments.describe(eb, "swap-b").cname()));
    HttpResponse<String> live = get(a.cname(), "/", null);
    assertThat(live.headers().firstValue("X-Version-Label")).hasValue("s2");
    assertThat(live.body()).isEqualTo("swap-b is running version s2\n");
    assertThat(get(b.cname(), "/", null).headers().firstValue("X-Version-Label")).hasValue("s1");
    assertThat(aws.calls().count("app:swap-b")).isEqualTo(1);
  }

  @Test
  void launchingAndUpdatingAnswer503AndTerminatedAnswers404() throws Exception {
    try (TestEnvironments.Endpoint slowEndpoint = TestEnvironments.Endpoint.start(
        Delays.uniform(Duration.ofMillis(1200)))) {
      LocalAws slow = slowEndpoint.aws();
      ElasticBeanstalkClient slowEb = slowEndpoint.eb();
      S3Client slowS3 = slowEndpoint.s3();
      TestEnvironments.version(slowEb, slowS3, "slow", "l1", Map.of("a", "1"));
      TestEnvironments.version(slowEb, slowS3, "slow", "l2", Map.of("a", "2"));
      String cname = slowEb.createEnvironment(TestEnvironments.request("slow", "slow-env", "l1").cnamePrefix("slow-env")
          .build()).cname();
      HttpResponse<String> launching = fetch(slow.appUrl(cname));
      assertThat(launching.statusCode()).isEqualTo(503);
      assertThat(launching.headers().firstValue("Retry-After")).isPresent();
      assertThat(launching.body()).contains("slow-env is launching");

      TestEnvironments.await(slowEb, "slow-env", EnvironmentStatus.READY);
      slow.faults().hangNextUpdate();
      slowEb.updateEnvironment(r -> r.environmentName("slow-env").versionLabel("l2"));
      assertThat(fetch(slow.appUrl(cname)).statusCode()).isEqualTo(503);
      slowEb.abortEnvironmentUpdate(r -> r.environmentName("slow-env"));
      TestEnvironments.await(slowEb, "slow-env", EnvironmentStatus.READY);
      HttpResponse<String> aborted = fetch(slow.appUrl(cname));
      assertThat(aborted.statusCode()).isEqualTo(200);
      assertThat(aborted.headers().firstValue("X-Version-Label")).hasValue("l1");

      slowEb.terminateEnvironment(r -> r.environmentName("slow-env"));
      assertThat(fetch(slow.appUrl(cname)).body()).contains("slow-env is terminating");
      TestEnvironments.await(slowEb, "slow-env", EnvironmentStatus.TERMINATED);
      assertThat(fetch(slow.appUrl(cname)).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void failedLaunchAnswers502() throws Exception {
    TestEnvironments.version(eb, s3, "broken", "b1", Map.of("a", "1"));
    aws.faults().failNextDeployment();
    EnvironmentDescription env = TestEnvironments.create(eb, TestEnvironments.request("broken", "broken-env", "b1"));
    HttpResponse<String> answer = get(env.cname(), "/", null);
    assertThat(answer.statusCode()).isEqualTo(502);
    assertThat(answer.body()).contains("the launch of broken-env failed");
  }

  @Test
  void aFailingVersionAnswersItsStatusAndBody() throws Exception {
    aws.faults().app().failVersion("v1", 500, "boom: database unreachable");
    HttpResponse<String> failing = get(blue.cname(), "/health", "application/json");
    assertThat(failing.statusCode()).isEqualTo(500);
    assertThat(failing.body()).isEqualTo("boom: database unreachable\n");
    assertThat(failing.headers().firstValue("X-Version-Label")).hasValue("v1");
    assertThat(get(green.cname(), "/", null).statusCode()).isEqualTo(200);
    AppFaults.AppFault fault = aws.faults().app().appFaultFor("v1");
    assertThat(fault.kind()).isEqualTo(AppFaults.Kind.STATUS);
    assertThat(fault.status()).isEqualTo(500);
    assertThat(fault.persistent()).isTrue();
    assertThat(aws.faults().app().appFaultFor("v2")).isNull();
    aws.faults().app().clear("v1");
    assertThat(get(blue.cname(), "/health", null).statusCode()).isEqualTo(200);
  }

  @Test
  void aTimingOutVersionHoldsTheConnection() throws Exception {
    aws.faults().app().timeOutVersion("v1", Duration.ofMillis(600));
    HttpRequest request = HttpRequest.newBuilder(aws.appUrl(blue.cname())).timeout(Duration.ofMillis(150)).build();
    assertThatThrownBy(() -> HTTP.send(request, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(HttpTimeoutException.class);
    long start = System.nanoTime();
    HttpResponse<String> late = get(blue.cname(), "/", null);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
    assertThat(late.statusCode()).isEqualTo(504);
    assertThat(late.body()).contains("did not answer within 600 ms");
  }

  @Test
  void firstRequestsFailThenTheVersionRecovers() throws Exception {
    aws.faults().app().failFirstRequests("v2", 2, 503);
    assertThat(aws.faults().app().appFaultFor("v2").remaining()).isEqualTo(2);
    assertThat(get(green.cname(), "/", null).statusCode()).isEqualTo(503);
    assertThat(aws.faults().app().appFaultFor("v2").remaining()).isEqualTo(1);
    assertThat(get(green.cname(), "/ping", null).statusCode()).isEqualTo(503);
    assertThat(aws.faults().app().appFaultFor("v2")).isNull();
    assertThat(get(green.cname(), "/", null).statusCode()).isEqualTo(200);
  }

  @Test
  void controlPathArmsListsAndClearsApplicationFaults() throws Exception {
    assertThat(control("POST", "faults/app", "[{\"versionLabel\":\"v1\",\"status\":502,\"body\":\"down\"},"
        + "{\"versionLabel\":\"v2\",\"firstRequests\":1}]").statusCode()).isEqualTo(200);
    HttpResponse<String> failing = get(blue.cname(), "/", null);
    assertThat(failing.statusCode()).isEqualTo(502);
    assertThat(failing.body()).isEqualTo("down\n");
    assertThat(get(green.cname(), "/", null).statusCode()).isEqualTo(503);
    assertThat(get(green.cname(), "/", null).statusCode()).isEqualTo(200);
    JsonNode faults = JSON.readTree(control("GET", "faults", null).body());
    assertThat(faults.at("/app/v1/status").asInt()).isEqualTo(502);
    assertThat(control("POST", "faults/app", "{\"versionLabel\":\"v2\",\"timeoutMillis\":200}").statusCode())
        .isEqualTo(200);
    assertThat(JSON.readTree(control("GET", "faults/app", null).body()).at("/v2/kind").asText()).isEqualTo("TIMEOUT");
    assertThat(JSON.readTree(control("DELETE", "faults/app/v2", null).body()).has("v2")).isFalse();
    assertThat(control("POST", "faults/app", "{\"versionLabel\":\"v1\",\"statut\":500}").body())
        .contains("unknown application fault field 'statut'");
    assertThat(control("POST", "faults/app", "{\"versionLabel\":\"v1\",\"status\":200}").statusCode()).isEqualTo(400);
    control("DELETE", "faults", null);
    assertThat(aws.faults().app().appFaultFor("v1")).isNull();
    assertThat(get(blue.cname(), "/", null).statusCode()).isEqualTo(200);
  }

  @Test
  void controlPathListsEachEnvironmentsUrl() throws Exception {
    JsonNode apps = JSON.readTree(control("GET", "apps", null).body());
    JsonNode entry = null;
    for (JsonNode app : apps) {
      if ("shop-blue".equals(app.get("environmentName").asText())) {
        entry = app;
      }
    }
    assertThat(entry).isNotNull();
    assertThat(entry.get("cname").asText()).isEqualTo("shop-blue.us-east-1.elasticbeanstalk.com");
    assertThat(entry.get("url").asText()).isEqualTo(aws.endpoint() + "/_app/shop-blue.us-east-1.elasticbeanstalk.com/");
    assertThat(entry.get("healthCheckPath").asText()).isEqualTo("/health");
    assertThat(entry.get("versionLabel").asText()).isEqualTo("v1");
    assertThat(fetch(URI.create(entry.get("url").asText())).statusCode()).isEqualTo(200);
  }

  @Test
  void legacyHealthCheckUrlIsReadWithoutItsProtocolAndPort() {
    assertThat(AppTraffic.healthCheckPath(Map.of(OptionKey.of("aws:elasticbeanstalk:application",
        "Application Healthcheck URL"), "HTTP:80/status"))).isEqualTo("/status");
    assertThat(AppTraffic.healthCheckPath(Map.of(OptionKey.of(AppTraffic.PROCESS_NAMESPACE,
        AppTraffic.HEALTH_CHECK_PATH), "/up"))).isEqualTo("/up");
    assertThat(AppTraffic.healthCheckPath(Map.of())).isEqualTo("/");
  }
}
