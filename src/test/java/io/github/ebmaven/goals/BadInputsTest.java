package io.github.ebmaven.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.localaws.Calls;
import io.github.ebmaven.localaws.InvokerEndpoint;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.testing.LocalAwsFixture;
import io.github.ebmaven.testing.MapConfiguration;
import io.github.ebmaven.testing.RecordingReporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's mistakes, each refused before the first change to AWS: the message names the
 * setting and the fix, and the endpoint saw no Create, Update, Delete, Terminate or Swap call and no
 * S3 write.
 */
class BadInputsTest {

  private static LocalAwsFixture local;

  @TempDir Path project;

  private final RecordingReporter reporter = new RecordingReporter();

  @BeforeAll
  static void start() throws EbException {
    local = new LocalAwsFixture();
    InvokerEndpoint.readyEnvironment(local.aws, "shop", "shop-env", "v1");
    InvokerEndpoint.readyEnvironment(local.aws, "other-app", "taken-env", "v1");
  }

  @AfterAll
  static void stop() {
    LocalAwsFixture.close(local);
  }

  @BeforeEach
  void anApplication() throws Exception {
    Files.writeString(project.resolve("application.py"), "def application(environ, start):\n    return [b'ok']\n");
    local.aws.calls().reset();
    local.aws.faults().clear();
  }

  private MapConfiguration config() {
    return MapConfiguration.on(local, project).pom("eb.applicationName", "shop").pom("eb.bundleSource", "directory")
        .pom("eb.platform", "python-3.11");
  }

  private LifecycleGoals lifecycle(MapConfiguration config) {
    return new LifecycleGoals(config.context(reporter));
  }

  /** Every call that changes something, EB or S3. */
  private static List<String> mutatingCalls() {
    return local.aws.calls().all().stream()
        .map(Calls.Call::action)
        .filter(a -> a.matches("(iam:|s3:)?(Create|Update|Delete|Terminate|Swap|Rebuild|Restart|Abort|Put|Attach|Add|Upload|Complete).*"))
        .toList();
  }

  @Test
  void anEnvironmentNameEbRefusesIsRefusedBeforeAnyCall() {
    for (String name : List.of("relapp_env", "abc", "a".repeat(41), "-shop")) {
      assertThatThrownBy(() -> lifecycle(config().cli("eb.environmentName", name)).deploy())
          .isInstanceOf(EbException.class)
          .hasMessageStartingWith("The environment name '" + name + "' (eb.environmentName) is not one Elastic Beanstalk accepts");
    }
    assertThat(local.aws.calls().all()).isEmpty();
  }

  @Test
  void aMistypedPlatformIsFoundBeforeTheApplicationIsCreated() {
    assertThatThrownBy(() -> lifecycle(config().pom("eb.applicationName", "fresh").cli("eb.platform", "pyhton-3.11")).init())
        .hasMessageStartingWith("No Elastic Beanstalk platform matches eb.platform 'pyhton-3.11'");
    assertThat(mutatingCalls()).isEmpty();
    assertThat(local.aws.calls().count("CreateApplication")).isZero();
    assertThat(local.aws.calls().count("CreateStorageLocation")).isZero();
  }

  @Test
  void aMistypedPlatformIsFoundBeforeTheBundleIsBuiltOrUploaded() {
    assertThatThrownBy(() -> lifecycle(config().cli("eb.environmentName", "shop-new").cli("eb.platform", "pyhton-3.11")).create())
        .hasMessageContaining("'pyhton-3.11'. Did you mean python-3.11?");
    assertThat(mutatingCalls()).isEmpty();
    assertThat(local.aws.calls().all()).extracting(Calls.Call::action).noneMatch(a -> a.startsWith("s3:"));
    assertThat(project.resolve("target/eb")).doesNotExist();
  }

  @Test
  void aRegionAwsDoesNotHaveIsRefusedBeforeAnyCall() {
    MapConfiguration config = new MapConfiguration(project).pom("eb.applicationName", "shop").pom("eb.serverId", "local")
        .cli("eb.region", "mars-1");
    assertThatThrownBy(() -> new EnvironmentGoals(config.context(reporter)).status())
        .hasMessage("eb.region 'mars-1' is not an AWS region. Use one such as us-east-1 or eu-west-1 (a region newer than"
            + " this plugin's SDK also needs eb.endpoint). Nothing was called.");
  }

  @Test
  void valuesMavenWouldFailToConvertNameTheSettingAndTheForm() {
    assertThatThrownBy(() -> new EnvironmentGoals(config().cli("eb.maxEvents", "abc").context(reporter)).events(() -> false))
        .hasMessage("eb.maxEvents is 'abc'; use a whole number, for example eb.maxEvents=50.");
    assertThatThrownBy(() -> lifecycle(config().cli("eb.wait", "yes")).deploy())
        .hasMessage("eb.wait is 'yes'; use true or false, for example eb.wait=true.");
    assertThatThrownBy(() -> lifecycle(config().cli("eb.timeout", "soon")).deploy())
        .hasMessageStartingWith("eb.timeout 'soon' is not a duration.");
    assertThatThrownBy(() -> lifecycle(config().cli("eb.healthGrace", "-1")).deploy())
        .hasMessageStartingWith("eb.healthGrace '-1' is not a duration.");
    assertThat(local.aws.calls().all()).isEmpty();
  }

  @Test
  void aBucketThatDoesNotExistNamesTheSettingAndNothingIsCreated() {
    assertThatThrownBy(() -> lifecycle(config().cli("eb.bucket", "elasticbeanstalk-no-such-bucket")).deploy())
        .hasMessageContaining("the bucket elasticbeanstalk-no-such-bucket does not exist")
        .hasMessageContaining("Set eb.bucket to an existing bucket, or leave it unset");
    assertThat(mutatingCalls()).isEmpty();
  }

  @Test
  void aLabelThatExistsWithOtherBytesIsRefusedBeforeTheStorageBucketIsMadeOrAnythingUploaded() throws Exception {
    lifecycle(config().cli("eb.versionLabel", "clash-1").cli("eb.wait", "false")).deploy();
    Files.writeString(project.resolve("application.py"), "changed\n");
    local.aws.calls().reset();

    assertThatThrownBy(() -> lifecycle(config().cli("eb.versionLabel", "clash-1")).deploy())
        .hasMessageContaining("already holds a different bundle")
        .hasMessageContaining("Set a new eb.versionLabel");
    assertThat(mutatingCalls()).isEmpty();
    assertThat(local.aws.calls().count("CreateStorageLocation")).isZero();
  }

  @Test
  void anEnvironmentNameAnotherApplicationUsesIsRefusedBeforeAnyUpload() {
    assertThatThrownBy(() -> lifecycle(config().cli("eb.environmentName", "taken-env")).create())
        .hasMessage("The environment name taken-env is taken in us-east-1 at " + local.aws.endpoint() + " by application"
            + " other-app: names are unique per region across applications. Choose another eb.environmentName. Nothing"
            + " was created.");
    assertThat(mutatingCalls()).isEmpty();
  }

  @Test
  void aNamedInstanceProfileThatDoesNotExistIsRefusedBeforeAnyUpload() {
    assertThatThrownBy(() -> lifecycle(config().cli("eb.environmentName", "new-env").cli("eb.instanceProfile", "team-ec2")).create())
        .hasMessageStartingWith("The instance profile 'team-ec2' (eb.instanceProfile) does not exist in IAM.");
    assertThat(mutatingCalls()).isEmpty();
  }

  @Test
  void anUnreachableEndpointFailsWithinSecondsNamingIt() {
    long started = System.nanoTime();
    assertThatThrownBy(() -> new EnvironmentGoals(config().cli("eb.endpoint", "http://127.0.0.1:9").context(reporter)).status())
        .hasMessageStartingWith("Cannot reach AWS at us-east-1 at http://127.0.0.1:9:")
        .hasMessageContaining("connection refused")
        .hasMessageContaining("Check eb.endpoint");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void anEnvironmentPropertyNameEbRefusesInAHandWrittenFileFailsThePackage() throws Exception {
    Files.createDirectories(project.resolve(".ebextensions"));
    Files.writeString(project.resolve(".ebextensions/env.config"),
        "option_settings:\n  aws:elasticbeanstalk:application:environment:\n    \"MY VAR\": x\n");
    assertThatThrownBy(() -> lifecycle(config()).deploy()).hasMessageContaining("MY VAR");
    assertThat(local.aws.calls().all()).isEmpty();
  }
}
