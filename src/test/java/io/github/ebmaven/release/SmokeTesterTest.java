package io.github.ebmaven.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.config.SmokeTest;
import io.github.ebmaven.localaws.InvokerEndpoint;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.testing.LocalAwsFixture;
import io.github.ebmaven.testing.RecordingReporter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link SmokeTester} against the application the local endpoint serves for an environment running v1. */
class SmokeTesterTest {

  private static LocalAwsFixture local;
  private static EnvironmentState shop;

  private final RecordingReporter reporter = new RecordingReporter();
  private final List<Duration> pauses = new ArrayList<>();

  @BeforeAll
  static void anEnvironmentRunningV1() throws EbException {
    local = new LocalAwsFixture();
    InvokerEndpoint.readyEnvironment(local.aws, "shop", "shop-smoke", "v1");
    shop = local.eb.environments().require("shop", "shop-smoke");
  }

  @AfterAll
  static void stop() {
    LocalAwsFixture.close(local);
  }

  @AfterEach
  void clearFaultsAndCounters() {
    local.aws.faults().app().clear();
    local.aws.calls().reset();
  }

  private SmokeTester tester() {
    return new SmokeTester(local.services(reporter, Clock.systemUTC(), pauses::add));
  }

  private SmokeTester.Checks checks(SmokeTest... tests) {
    return new SmokeTester.Checks(List.of(tests), local.aws.endpoint() + "/_app/{cname}");
  }

  private static SmokeTest test(String path, String contains, int retries) throws EbException {
    return SmokeTest.of(path, null, contains, "2s", retries, "<smokeTest>");
  }

  @Test
  void passesAndConfirmsTheVersionTheAnswerNames() throws EbException {
    tester().check(checks(test("/health", "is running version v1", 0), test("/", null, 0)), shop, "v1");

    assertThat(reporter.infos).containsExactly(
        "Smoke tests of shop-smoke (v1) at " + local.aws.endpoint() + "/_app/" + shop.cname() + "/",
        "  GET /health: 200, body contains 'is running version v1', runs v1",
        "  GET /: 200, runs v1");
    assertThat(local.aws.calls().count("app:shop-smoke")).isEqualTo(2);
    assertThat(pauses).isEmpty();
  }

  @Test
  void aFailingVersionIsQuotedRequestAndResponse() throws EbException {
    local.aws.faults().app().failVersion("v1", 500, "boom: the database is unreachable\nat line 2\n");
    SmokeTest health = test("/health", null, 0);

    assertThatThrownBy(() -> tester().check(checks(health), shop, "v1"))
        .isInstanceOf(EbException.class)
        .hasMessageStartingWith("Smoke test of shop-smoke (v1) failed: GET /health answered HTTP 500, expected 200 (1 attempt in ")
        .hasMessageContaining("\n  Request:  GET " + local.aws.endpoint() + "/_app/" + shop.cname() + "/health\n"
            + "  Response: HTTP 500\n")
        .hasMessageEndingWith("    | boom: the database is unreachable\n    | at line 2");
  }

  @Test
  void anotherVersionThanTheOneDeployedFails() throws EbException {
    assertThatThrownBy(() -> tester().check(checks(test("/health", null, 0)), shop, "v2"))
        .hasMessageStartingWith("Smoke test of shop-smoke (v2) failed: GET /health answered HTTP 200 from version v1, not v2")
        .hasMessageContaining("    X-Version-Label: v1\n")
        .hasMessageContaining("    | shop-smoke is running version v1");
  }

  @Test
  void aMissingTextFails() throws EbException {
    assertThatThrownBy(() -> tester().check(checks(test("/health", "Welcome", 0)), shop, "v1"))
        .hasMessageStartingWith("Smoke test of shop-smoke (v1) failed: GET /health answered HTTP 200 without 'Welcome' in the body");
  }

  @Test
  void failuresAreTriedAgainAfterGrowingPauses() throws EbException {
    local.aws.faults().app().failFirstRequests("v1", 3, 503);

    tester().check(checks(test("/health", null, 3)), shop, "v1");

    assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    assertThat(reporter.infos).contains(
        "  GET /health: HTTP 503, expected 200; trying again in 1 s",
        "  GET /health: HTTP 503, expected 200; trying again in 4 s",
        "  GET /health: 200, runs v1");
  }

  @Test
  void anAnswerThatTakesTooLongFailsAfterItsTimeout() throws EbException {
    local.aws.faults().app().timeOutVersion("v1", Duration.ofSeconds(5));
    SmokeTest quick = SmokeTest.of("/slow", null, null, "300ms", 0, "<smokeTest>");

    assertThatThrownBy(() -> tester().check(checks(quick), shop, "v1"))
        .hasMessageContaining("GET /slow answered no answer within 300 ms")
        .hasMessageContaining("  Response: none, no answer within 300 ms");
  }

  @Test
  void anUnreachableApplicationSaysSo() throws EbException {
    SmokeTester.Checks closed = new SmokeTester.Checks(List.of(test("/health", null, 1)), "http://127.0.0.1:9/{cname}");

    assertThatThrownBy(() -> tester().check(closed, shop, "v1"))
        .hasMessageContaining("failed: GET /health answered could not connect (ConnectException")
        .hasMessageContaining("(2 attempts in ")
        .hasMessageContaining("  Request:  GET http://127.0.0.1:9/" + shop.cname() + "/health");
    assertThat(pauses).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void badSmokeTestsAreRefusedNamingTheElement() {
    assertThatThrownBy(() -> SmokeTest.of("health", null, null, null, null, "<smokeTests>/<smokeTest>[2]"))
        .hasMessage("<smokeTests>/<smokeTest>[2]: <path> 'health' must start with / and hold no spaces, for example /health.");
    assertThatThrownBy(() -> SmokeTest.of("/", 999, null, null, null, "<smokeTest>"))
        .hasMessage("<smokeTest>: <status> 999 is not an HTTP status; use 100 to 599, for example 200.");
    assertThatThrownBy(() -> SmokeTest.of("/", null, null, "soon", null, "<smokeTest>"))
        .hasMessage("<smokeTest>: <timeout> 'soon' is not a duration. Write it like 30m, 90s, 1h or 1800 (seconds).");
    assertThatThrownBy(() -> SmokeTest.of(null, null, null, null, null, "<smokeTest>"))
        .hasMessage("<smokeTest>: <path> is missing; set the path to request, for example /health.");
  }
}
