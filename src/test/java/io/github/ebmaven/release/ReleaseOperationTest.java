package io.github.ebmaven.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.change.ChangeFailedException;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.change.Sleeper;
import io.github.ebmaven.config.SmokeTest;
import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.lifecycle.CreateOperation;
import io.github.ebmaven.lifecycle.CreationSettings;
import io.github.ebmaven.lifecycle.Roles;
import io.github.ebmaven.lifecycle.DeployRequest;
import io.github.ebmaven.localaws.InvokerEndpoint;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.testing.LocalAwsFixture;
import io.github.ebmaven.testing.RecordingReporter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Releases against the local endpoint, which serves each environment's application: blue/green
 * with smoke tests and inactive settings, blue-only finished by a swap, rollbacks both ways,
 * promotion, and the refusals that leave production untouched.
 */
@Timeout(90)
class ReleaseOperationTest {

  private static final String APP = "shop";
  private static final String ASG = "aws:autoscaling:asg";
  private static final List<OptionSetting> NORMAL = List.of(new OptionSetting(ASG, "MinSize", "2"), new OptionSetting(ASG, "MaxSize", "4"));
  private static final List<OptionSetting> ONE_INSTANCE =
      List.of(new OptionSetting(ASG, "MinSize", "1"), new OptionSetting(ASG, "MaxSize", "1"));

  private static LocalAwsFixture local;

  @TempDir Path tmp;

  private final RecordingReporter reporter = new RecordingReporter();

  @BeforeAll
  static void versions() throws EbException {
    local = new LocalAwsFixture();
    for (String label : List.of("v1", "v2", "v3")) {
      InvokerEndpoint.processedVersion(local.aws, APP, label);
    }
  }

  @AfterAll
  static void stop() {
    LocalAwsFixture.close(local);
  }

  @BeforeEach
  void resetCounters() {
    local.aws.calls().reset();
    local.aws.faults().clear();
  }

  private Services services() {
    return local.services(reporter, Clock.systemUTC(), Sleeper.REAL);
  }

  private static EnvironmentPair pair(String base) {
    return new EnvironmentPair(base + "-a", base + "-b", base, base + "-idle");
  }

  private ReleaseRequest request(String base, Strategy strategy, String label, List<SmokeTest> tests, List<OptionSetting> creation) {
    DeployRequest deploy = new DeployRequest(APP, base, null, label, List.of(), false, true, Set.of("Green"),
        Duration.ofSeconds(60), tmp.resolve("deployment.json"));
    return new ReleaseRequest(strategy, strategy.paired() ? pair(base) : null, deploy,
        new ReleaseRequest.Launch("WebServer", "python-3.11", creationSettings(creation), Map.of()),
        new SmokeTester.Checks(tests, local.aws.endpoint() + "/_app/{cname}"),
        new InactiveSettings(strategy.paired() ? ONE_INSTANCE : List.of(), creation, creation), null);
  }

  private ReleaseRequest blueGreen(String base, String label) throws EbException {
    return request(base, Strategy.BLUE_GREEN, label, List.of(SmokeTest.of("/health", null, "running version", "2s", 1, "t")), NORMAL);
  }

  /** The pair's first environment, live on the CNAME {@code <base>} with v1. */
  private void createLive(String base, List<OptionSetting> creation) throws EbException {
    new ReleaseOperation(services()).create(createRequest(base + "-a", base, "v1", creation), pair(base), SmokeTester.Checks.NONE);
  }

  /** A single environment running {@code label}, on a CNAME EB chooses. */
  private void create(String environment, String label) throws EbException {
    new ReleaseOperation(services()).create(createRequest(environment, null, label, List.of()), null, SmokeTester.Checks.NONE);
  }

  private CreateOperation.CreateRequest createRequest(String environment, String prefix, String label, List<OptionSetting> creation) {
    return new CreateOperation.CreateRequest(APP, environment, prefix, "WebServer", "python-3.11", null, label,
        creationSettings(creation), Map.of(), Set.of("Green"), Duration.ofSeconds(60), tmp.resolve("deployment.json"));
  }

  /** What eb:create gives a new environment with these explicit creation settings on a new account. */
  private static CreationSettings creationSettings(List<OptionSetting> explicit) {
    return CreationSettings.of(null, null, explicit, List.of(), Roles.DEFAULT_INSTANCE_PROFILE, Roles.DEFAULT_SERVICE_ROLE);
  }

  private static EnvironmentState state(String environment) throws EbException {
    return local.eb.environments().require(APP, environment);
  }

  private static String setting(String environment, String option) throws EbException {
    return local.eb.environments().configurationSettings(APP, environment).stream()
        .filter(s -> s.namespace().equals(ASG) && s.optionName().equals(option)).findFirst().orElseThrow().value();
  }

  private static String cname(String prefix) {
    return prefix + ".us-east-1.elasticbeanstalk.com";
  }

  @Test
  void blueGreenReleasesTwiceThenRollsBackBySwappingTheIdleSideBackIn() throws EbException {
    createLive("blue", NORMAL);

    new ReleaseOperation(services()).deploy(blueGreen("blue", "v2"));

    assertThat(state("blue-b").cname()).isEqualTo(cname("blue"));
    assertThat(state("blue-b").versionLabel()).isEqualTo("v2");
    assertThat(state("blue-a").cname()).isEqualTo(cname("blue-idle"));
    assertThat(setting("blue-a", "MaxSize")).isEqualTo("1");
    assertThat(reporter.infos).contains(
        "blue-green release: blue-a is live on " + cname("blue") + " (runs v1), blue-b (idle) does not exist yet",
        "blue-b does not exist: creating it, on blue-idle, from the same configuration",
        "  GET /health: 200, body contains 'running version', runs v2",
        "Scaling blue-a down: aws:autoscaling:asg MinSize=1, aws:autoscaling:asg MaxSize=1",
        "Released v2: blue-b answers on " + cname("blue") + "; blue-a (v1) is idle on " + cname("blue-idle")
            + ", scaled down. Undo with eb:rollback.");

    reporter.infos.clear();
    new ReleaseOperation(services()).deploy(blueGreen("blue", "v3"));

    assertThat(local.aws.calls().count("CreateEnvironment")).as("the idle side is created once").isEqualTo(2);
    assertThat(local.aws.calls().count("SwapEnvironmentCNAMEs")).isEqualTo(2);
    assertThat(state("blue-a").cname()).isEqualTo(cname("blue"));
    assertThat(state("blue-a").versionLabel()).isEqualTo("v3");
    assertThat(setting("blue-a", "MinSize")).as("the creation setting, applied again").isEqualTo("2");
    assertThat(setting("blue-a", "MaxSize")).isEqualTo("4");
    assertThat(setting("blue-b", "MaxSize")).isEqualTo("1");
    assertThat(reporter.infos).contains(
        "Restoring the capacity of blue-a: taking back aws:autoscaling:asg MinSize=1, aws:autoscaling:asg MaxSize=1");

    reporter.infos.clear();
    List<EnvironmentState> after = new RollbackOperation(services()).rollback(blueGreen("blue", null), null);

    assertThat(after).extracting(EnvironmentState::name, EnvironmentState::versionLabel, EnvironmentState::cname)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("blue-b", "v2", cname("blue")),
            org.assertj.core.groups.Tuple.tuple("blue-a", "v3", cname("blue-idle")));
    assertThat(local.aws.calls().count("SwapEnvironmentCNAMEs")).isEqualTo(3);
    assertThat(setting("blue-b", "MaxSize")).isEqualTo("4");
    assertThat(setting("blue-a", "MaxSize")).isEqualTo("1");
    assertThat(reporter.infos).contains(
        "Rolling back from v3 to v2: blue-b still runs it, Ready with health Green (Ok); swapping it back in");
  }

  @Test
  void aFailedSmokeTestLeavesProductionUntouched() throws EbException {
    createLive("smoke", NORMAL);
    local.aws.faults().app().failVersion("v2", 500, "boom: the database is unreachable");

    assertThatThrownBy(() -> new ReleaseOperation(services()).deploy(blueGreen("smoke", "v2")))
        .isInstanceOf(ChangeFailedException.class)
        .hasMessageStartingWith("Smoke test of smoke-b (v2) failed: GET /health answered HTTP 500, expected 200 (2 attempts in ")
        .hasMessageContaining("  Request:  GET " + local.aws.endpoint() + "/_app/" + cname("smoke-idle") + "/health\n")
        .hasMessageContaining("    | boom: the database is unreachable\n")
        .hasMessageEndingWith("No swap: production is untouched, smoke-a still answers on " + cname("smoke") + " with v1.");
    assertThat(local.aws.calls().count("SwapEnvironmentCNAMEs")).isZero();
    assertThat(state("smoke-a").cname()).isEqualTo(cname("smoke"));
    assertThat(state("smoke-a").versionLabel()).isEqualTo("v1");
    assertThat(setting("smoke-a", "MaxSize")).isEqualTo("4");
  }

  @Test
  void blueOnlyStopsBeforeTheSwapWhichEbSwapFinishes() throws EbException {
    createLive("bonly", NORMAL);
    ReleaseRequest blueOnly = request("bonly", Strategy.BLUE_ONLY, "v2", List.of(), NORMAL);

    new ReleaseOperation(services()).deploy(blueOnly);

    assertThat(local.aws.calls().count("SwapEnvironmentCNAMEs")).isZero();
    assertThat(state("bonly-b").versionLabel()).isEqualTo("v2");
    assertThat(reporter.infos).contains("blue-only: bonly-b runs v2 on " + cname("bonly-idle") + " and passed its checks; production"
        + " still runs v1 on " + cname("bonly") + ". Release it with eb:swap.");

    List<EnvironmentState> swapped = new ReleaseOperation(services()).swap(blueOnly);

    assertThat(swapped).extracting(EnvironmentState::name).containsExactly("bonly-b", "bonly-a");
    assertThat(state("bonly-b").cname()).isEqualTo(cname("bonly"));
    assertThat(setting("bonly-a", "MaxSize")).isEqualTo("1");
  }

  @Test
  void inactiveSettingsThatBreakTheRollingPolicyAreRefusedBeforeAnyChange() throws EbException {
    List<OptionSetting> rolling = List.of(
        new OptionSetting("aws:elasticbeanstalk:command", "DeploymentPolicy", "Rolling"),
        new OptionSetting("aws:elasticbeanstalk:command", "BatchSizeType", "Fixed"),
        new OptionSetting("aws:elasticbeanstalk:command", "BatchSize", "2"));
    createLive("trap", rolling);
    local.aws.calls().reset();

    assertThatThrownBy(() -> new ReleaseOperation(services()).deploy(request("trap", Strategy.BLUE_GREEN, "v2", List.of(), List.of())))
        .hasMessageStartingWith("The inactive settings do not fit the environments of trap-a and trap-b: the deployment policy"
            + " Rolling deploys in fixed batches of 2")
        .hasMessageEndingWith("or use BatchSizeType Percentage. Nothing was changed.");
    assertThat(local.aws.calls().count("CreateEnvironment")).isZero();
    assertThat(local.aws.calls().count("UpdateEnvironment")).isZero();
  }

  @Test
  void inPlaceRollbackRedeploysThePreviousVersionAndPromotionTakesAnotherEnvironmentsVersion() throws EbException {
    create("ip-staging", "v3");
    create("ip-prod", "v1");
    ReleaseRequest inPlace = request("ip-prod", Strategy.IN_PLACE, null, List.of(), List.of());

    new ReleaseOperation(services()).deploy(new ReleaseRequest(inPlace.strategy(), null, inPlace.deploy(), inPlace.launch(),
        inPlace.checks(), inPlace.inactive(), new ReleaseRequest.Source("staging", "ip-staging", null)));

    assertThat(state("ip-prod").versionLabel()).isEqualTo("v3");
    assertThat(reporter.infos).contains("Promoting v3, the version staging (ip-staging) runs");
    assertThat(local.aws.calls().s3BytesReceived()).isZero();

    new RollbackOperation(services()).rollback(inPlace, null);

    assertThat(state("ip-prod").versionLabel()).isEqualTo("v2");
    assertThat(reporter.infos).contains("Rolling ip-prod back from v3 to v2");
    assertThatThrownBy(() -> new RollbackOperation(services()).rollback(inPlace, "v2"))
        .hasMessage("ip-prod already runs v2: nothing to roll back to. Name another version with eb.deployVersion=<label>"
            + " (see eb:versions).");
  }

  @Test
  void aPairWhoseLiveCnameIsElsewhereIsRefused() throws EbException {
    create("lost-a", "v1");

    assertThatThrownBy(() -> pair("lost").read(local.eb.environments(), APP))
        .hasMessageStartingWith("Neither lost-a nor lost-b holds the live CNAME lost.<region>.elasticbeanstalk.com: lost-a answers on lost-a.eba-")
        .hasMessageEndingWith("Set eb.cnamePrefix to the prefix of the CNAME users reach, or eb.environmentPair to the"
            + " environments that hold it.");
    assertThatThrownBy(() -> pair("none").requireLive(local.eb.environments(), APP))
        .hasMessage("Neither environment of the pair none-a, none-b exists. Create the first, on the live CNAME none, with"
            + " eb:create; later releases create the other one.");
  }
}
