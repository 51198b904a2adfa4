package io.github.ebmaven.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.localaws.InvokerEndpoint;
import io.github.ebmaven.localaws.LocalAwsOptions;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.testing.LocalAwsFixture;
import io.github.ebmaven.testing.MapConfiguration;
import io.github.ebmaven.testing.RecordingReporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults of a real account and of the world changing during a wait, each ending in a verdict that
 * says what happened and what to do. Every test gets its own endpoint: the faults change it.
 */
@Timeout(90)
class FaultsTest {

  private LocalAwsFixture local;

  @TempDir Path project;

  private final RecordingReporter reporter = new RecordingReporter();

  @BeforeEach
  void start() throws Exception {
    local = new LocalAwsFixture(LocalAwsOptions.defaults().withApplicationVersionQuota(3));
    InvokerEndpoint.readyEnvironment(local.aws, "shop", "shop-env", "v1");
    Files.writeString(project.resolve("application.py"), "def application(environ, start):\n    return [b'ok']\n");
    local.aws.calls().reset();
  }

  @AfterEach
  void stop() {
    LocalAwsFixture.close(local);
  }

  private MapConfiguration config() {
    return MapConfiguration.on(local, project).pom("eb.applicationName", "shop").pom("eb.environmentName", "shop-env")
        .pom("eb.bundleSource", "directory").pom("eb.platform", "python-3.11").pom("eb.timeout", "60s");
  }

  private LifecycleGoals lifecycle(MapConfiguration config) {
    return new LifecycleGoals(config.context(reporter));
  }

  @Test
  void sustainedThrottlingSlowsTheDeployDownAndItConverges() throws EbException {
    local.aws.faults().throttleNextCalls(20);
    var record = lifecycle(config()).deploy();
    assertThat(record.status()).isEqualTo("SUCCEEDED");
  }

  @Test
  void aBundleEbCannotReadFailsItsDeploymentWithEbsMessageAndTheOldVersionServes() throws Exception {
    // Offline checks off: only EB reads the broken file, when it deploys the unprocessed version.
    Files.createDirectories(project.resolve(".ebextensions"));
    Files.writeString(project.resolve(".ebextensions/broken.config"), "option_settings: [unclosed\n");

    assertThatThrownBy(() -> lifecycle(config().pom("eb.validation", "off")).deploy())
        .hasMessageContaining("broken.config");
    assertThat(local.aws.calls().count("CreateApplicationVersion")).isOne();
    assertThat(local.eb.environments().find("shop", "shop-env").orElseThrow().versionLabel()).isEqualTo("v1");
  }

  @Test
  void anEnvironmentTerminatedElsewhereDuringTheWaitEndsIt() {
    InvokerEndpoint.terminateOncePolled(local.aws, "shop-env");
    long started = System.nanoTime();
    assertThatThrownBy(() -> lifecycle(config()).deploy())
        .hasMessageContaining("shop-env")
        .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("is Terminating", "is Terminated", "no longer exists"));
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void anEndpointThatRestartsEmptyDuringTheWaitIsSaidSo() {
    local.aws.faults().restartEmptyAfter(2, "DescribeEvents");
    assertThatThrownBy(() -> lifecycle(config()).deploy())
        .satisfies(e -> assertThat(e.getMessage()).containsAnyOf(
            "Environment shop-env no longer exists in us-east-1 at " + local.aws.endpoint(),
            "does not exist"));
  }

  @Test
  void anEndpointThatGoesDownDuringTheWaitFailsWithinSecondsSayingHowToFollow() {
    local.aws.faults().goDownAfter(2, Duration.ZERO, "DescribeEvents");
    long started = System.nanoTime();
    assertThatThrownBy(() -> lifecycle(config()).deploy())
        .hasMessageStartingWith("Lost contact with Elastic Beanstalk at us-east-1 at " + local.aws.endpoint() + " while waiting for shop-env to run")
        .hasMessageContaining("follow it with eb:events or eb:status");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void theVersionQuotaSaysHowToMakeRoom() throws Exception {
    for (int i = 0; i < 3; i++) {
      Files.writeString(project.resolve("application.py"), "v" + i + "\n");
      if (i < 2) {
        lifecycle(config().cli("eb.wait", "false")).deploy();
      }
    }
    assertThatThrownBy(() -> lifecycle(config()).deploy())
        .hasMessageContaining("TooManyApplicationVersionsException")
        .hasMessageContaining("Delete old versions with eb:clean, or make eb:init keep fewer with eb.maxVersions.");
  }

  @Test
  void noPermissionForEbsStorageBucketPointsAtEbBucket() {
    local.aws.faults().denyCreateBucket();
    assertThatThrownBy(() -> lifecycle(config()).deploy())
        .hasMessageContaining("InsufficientPrivilegesException")
        .hasMessageContaining("name an existing bucket with eb.bucket");
  }

  @Test
  void aBucketOfAnotherRegionIsNamed() throws Exception {
    local.clients.s3().createBucket(b -> b.bucket("elasticbeanstalk-team-bundles"));
    local.aws.faults().bucketInRegion("elasticbeanstalk-team-bundles", "eu-west-1");
    assertThatThrownBy(() -> lifecycle(config().cli("eb.bucket", "elasticbeanstalk-team-bundles")).deploy())
        .hasMessageContaining("S3LocationNotInServiceRegionException")
        .hasMessageContaining("set eb.bucket to a bucket in eb.region");
  }

  @Test
  void s3WithoutListBucketIsNotCalledANetworkError() throws Exception {
    local.clients.s3().createBucket(b -> b.bucket("elasticbeanstalk-team-bundles"));
    local.aws.faults().denyS3ListBucket();
    assertThatThrownBy(() -> lifecycle(config().cli("eb.bucket", "elasticbeanstalk-team-bundles")).deploy())
        .hasMessageContaining("S3 refused it (403")
        .hasMessageContaining("s3:ListBucket: without that one, S3 answers 403 instead of 404");
  }

  @Test
  void aBucketNotNamedForEbIsWarnedAbout() throws Exception {
    local.clients.s3().createBucket(b -> b.bucket("team-bundles"));
    lifecycle(config().cli("eb.bucket", "team-bundles").cli("eb.wait", "false")).deploy();
    assertThat(reporter.warnings).anyMatch(w -> w.startsWith("eb.bucket team-bundles is not named elasticbeanstalk-*")
        && w.contains("Grant the instance profile s3:GetObject on team-bundles"));
  }

  @Test
  void noDefaultVpcEndsWithTheVpcOptionsToSet() {
    local.aws.faults().noDefaultVpc();
    assertThatThrownBy(() -> lifecycle(config().cli("eb.environmentName", "novpc-env")).create())
        .hasMessageContaining("VPCIdNotSpecified")
        .hasMessageContaining("Hint: The account has no default VPC in this region");
  }

  @Test
  void aRetiredPlatformSaysToUseAFriendlyName() {
    assertThatThrownBy(() -> lifecycle(config().cli("eb.environmentName", "old-env")
            .cli("eb.platform", "64bit Amazon Linux 2023 v6.5.1 running Node.js 18")).create())
        .hasMessageContaining("No Solution Stack named")
        .hasMessageContaining("The platform version is retired");
  }

  @Test
  void healthOfABasicHealthEnvironmentSaysHowToEnableEnhancedHealth() throws Exception {
    var eb = local.clients.elasticBeanstalk();
    eb.createEnvironment(b -> b.applicationName("shop").environmentName("basic-env").versionLabel("v1")
        .solutionStackName("64bit Amazon Linux 2023 v4.7.3 running Python 3.11")
        .optionSettings(o -> o.namespace("aws:autoscaling:launchconfiguration").optionName("IamInstanceProfile")
                .value("aws-elasticbeanstalk-ec2-role"),
            o -> o.namespace("aws:autoscaling:launchconfiguration").optionName("RootVolumeType").value("gp3")));
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!"Ready".equals(eb.describeEnvironments(b -> b.environmentNames("basic-env")).environments().get(0).statusAsString())
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThatThrownBy(() -> new EnvironmentGoals(config().cli("eb.environmentName", "basic-env").context(reporter)).health())
        .hasMessageStartingWith("Environment basic-env has basic health reporting only, so there is no enhanced health to show"
            + " (DescribeEnvironmentHealth is not supported.). Enable it with the option"
            + " aws:elasticbeanstalk:healthreporting:system SystemType=enhanced");
  }
}
