package io.github.ebmaven.localaws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.elasticbeanstalk.ElasticBeanstalkClient;
import software.amazon.awssdk.services.elasticbeanstalk.model.ElasticBeanstalkException;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentStatus;
import software.amazon.awssdk.services.elasticbeanstalk.model.EventDescription;
import software.amazon.awssdk.services.elasticbeanstalk.model.InsufficientPrivilegesException;
import software.amazon.awssdk.services.elasticbeanstalk.model.S3LocationNotInServiceRegionException;
import software.amazon.awssdk.services.elasticbeanstalk.model.TooManyApplicationVersionsException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Quotas, permissions, regions, names, retired platforms and swaps as EB enforces them. */
class AccountRulesTest {
  /** Fast operations; steps of swaps, logs and tags far enough apart to read the state between them. */
  private static final Delays SLOW_STEPS = new Delays(Duration.ofMillis(60), Duration.ofMillis(60),
      Duration.ofMillis(60), Duration.ofMillis(60), Duration.ofMillis(60), Duration.ofMillis(400));
  private static final String STACK = "64bit Amazon Linux 2023 v4.7.3 running Python 3.11";
  private LocalAws aws;
  private ElasticBeanstalkClient eb;
  private S3Client s3;

  @BeforeEach
  void start() {
    aws = LocalAws.start(LocalAwsOptions.defaults().withDelays(SLOW_STEPS)
        .withApplicationVersionQuota(2));
    eb = TestClients.ebNoRetry(aws);
    s3 = TestClients.s3(aws);
    eb.createApplication(r -> r.applicationName("app"));
    eb.createApplication(r -> r.applicationName("other"));
  }

  @AfterEach
  void stop() {
    eb.close();
    s3.close();
    aws.close();
  }

  private void launch(String app, String name) {
    TestClients.createInstanceProfile(aws);
    eb.createEnvironment(r -> r.applicationName(app).environmentName(name).solutionStackName(STACK)
        .optionSettings(TestClients.launchSettings()));
    TestClients.await(Duration.ofSeconds(5), () -> eb.describeEnvironments(r -> r.environmentNames(name))
        .environments().get(0).status() == EnvironmentStatus.READY);
  }

  @Test
  void theApplicationVersionQuotaCountsEveryApplicationOfTheRegion() {
    assertThat(eb.describeAccountAttributes().resourceQuotas().applicationVersionQuota().maximum()).isEqualTo(2);
    eb.createApplicationVersion(r -> r.applicationName("app").versionLabel("v1"));
    eb.createApplicationVersion(r -> r.applicationName("other").versionLabel("v1"));
    assertThatThrownBy(() -> eb.createApplicationVersion(r -> r.applicationName("app").versionLabel("v2")))
        .isInstanceOfSatisfying(TooManyApplicationVersionsException.class, e -> assertThat(e.awsErrorDetails()
            .errorMessage()).isEqualTo("You cannot have more than 2 Application Versions. Either remove some"
                + " Application Versions or request a limit increase."));
    aws.account().applicationVersionQuota(LocalAwsOptions.DEFAULT_VERSION_QUOTA);
    eb.createApplicationVersion(r -> r.applicationName("app").versionLabel("v2"));
    assertThat(eb.describeAccountAttributes().resourceQuotas().applicationVersionQuota().maximum()).isEqualTo(1000);
  }

  @Test
  void environmentNamesAreUniquePerRegionAcrossApplications() {
    launch("app", "shared-name");
    assertThatThrownBy(() -> eb.createEnvironment(r -> r.applicationName("other").environmentName("shared-name")
        .solutionStackName(STACK))).isInstanceOfSatisfying(ElasticBeanstalkException.class, e -> {
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValue");
          assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Environment shared-name already exists.");
        });
  }

  @Test
  void withoutCreateBucketPermissionTheStorageLocationIsRefused() {
    aws.faults().denyCreateBucket();
    assertThatThrownBy(() -> eb.createStorageLocation()).isInstanceOfSatisfying(InsufficientPrivilegesException.class,
        e -> {
          assertThat(e.statusCode()).isEqualTo(403);
          assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("You do not have permission to perform the"
              + " 's3:CreateBucket' action. Verify that your S3 policies and your ACLs allow you to perform these"
              + " actions.");
        });
    assertThatThrownBy(() -> eb.createEnvironment(r -> r.applicationName("app").environmentName("needs-bucket")
        .solutionStackName(STACK).optionSettings(TestClients.launchSettings())))
        .isInstanceOf(InsufficientPrivilegesException.class);
  }

  @Test
  void withoutListBucketPermissionAMissingKeyIsForbiddenNotMissing() {
    String bucket = eb.createStorageLocation().s3Bucket();
    assertThatThrownBy(() -> s3.headObject(r -> r.bucket(bucket).key("nothing.zip")))
        .isInstanceOf(NoSuchKeyException.class);
    aws.faults().denyS3ListBucket();
    assertThatThrownBy(() -> s3.headObject(r -> r.bucket(bucket).key("nothing.zip")))
        .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
    assertThatThrownBy(() -> s3.getObjectAsBytes(r -> r.bucket(bucket).key("nothing.zip")))
        .isInstanceOfSatisfying(S3Exception.class, e -> {
          assertThat(e.statusCode()).isEqualTo(403);
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
        });
    s3.putObject(r -> r.bucket(bucket).key("present.zip"), RequestBody.fromString("x"));
    assertThat(s3.headObject(r -> r.bucket(bucket).key("present.zip")).contentLength()).isEqualTo(1);
    assertThat(aws.calls().count("s3:HeadObject")).isEqualTo(3);
  }

  @Test
  void aBundleInABucketOfAnotherRegionIsRefused() {
    s3.createBucket(r -> r.bucket("elasticbeanstalk-eu-west-1-000000000000"));
    s3.putObject(r -> r.bucket("elasticbeanstalk-eu-west-1-000000000000").key("v1.zip"),
        RequestBody.fromBytes(TestClients.zip(Map.of("a", "b"))));
    assertThatThrownBy(() -> eb.createApplicationVersion(r -> r.applicationName("app").versionLabel("v1")
        .sourceBundle(b -> b.s3Bucket("elasticbeanstalk-eu-west-1-000000000000").s3Key("v1.zip"))))
        .isInstanceOfSatisfying(S3LocationNotInServiceRegionException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Unable to download from S3 location (Bucket:"
              + " elasticbeanstalk-eu-west-1-000000000000  Key: v1.zip). Reason: The bucket is in this region:"
              + " eu-west-1. Please use this region to retry the request");
        });
    s3.createBucket(r -> r.bucket("team-bundles"));
    s3.putObject(r -> r.bucket("team-bundles").key("v1.zip"), RequestBody.fromBytes(TestClients.zip(Map.of("a", "b"))));
    eb.createApplicationVersion(r -> r.applicationName("app").versionLabel("v1")
        .sourceBundle(b -> b.s3Bucket("team-bundles").s3Key("v1.zip")));
    aws.faults().bucketInRegion("team-bundles", "ap-south-1");
    assertThatThrownBy(() -> eb.createApplicationVersion(r -> r.applicationName("app").versionLabel("v2")
        .sourceBundle(b -> b.s3Bucket("team-bundles").s3Key("v1.zip"))))
        .isInstanceOf(S3LocationNotInServiceRegionException.class).hasMessageContaining("ap-south-1");
  }

  @Test
  void aRetiredPlatformBranchTakesNoNewEnvironments() {
    String retired = "64bit Amazon Linux 2023 v6.5.1 running Node.js 18";
    assertThat(eb.listAvailableSolutionStacks().solutionStacks()).doesNotContain(retired);
    assertThatThrownBy(() -> eb.createEnvironment(r -> r.applicationName("app").environmentName("old-node")
        .solutionStackName(retired))).hasMessageContaining("No Solution Stack named '" + retired + "' found.");
    String arn = "arn:aws:elasticbeanstalk:us-east-1::platform/Node.js 18 running on 64bit Amazon Linux 2023/6.5.1";
    assertThat(eb.describePlatformVersion(r -> r.platformArn(arn)).platformDescription().platformBranchLifecycleState())
        .isEqualTo("Retired");
    assertThatThrownBy(() -> eb.createEnvironment(r -> r.applicationName("app").environmentName("old-node")
        .platformArn(arn))).hasMessageContaining("No Platform named '" + arn + "' found.");
  }

  @Test
  void swapsExchangeTheCnamesAfterTheCallAndReportEachStep() {
    launch("app", "blue");
    eb.createEnvironment(r -> r.applicationName("app").environmentName("green").cnamePrefix("green-app")
        .solutionStackName(STACK).optionSettings(TestClients.launchSettings()));
    TestClients.await(Duration.ofSeconds(5), () -> eb.describeEnvironments(r -> r.environmentNames("green"))
        .environments().get(0).status() == EnvironmentStatus.READY);
    String blueCname = eb.describeEnvironments(r -> r.environmentNames("blue")).environments().get(0).cname();
    String rid = eb.swapEnvironmentCNAMEs(r -> r.sourceEnvironmentName("blue").destinationEnvironmentName("green"))
        .responseMetadata().requestId();
    assertThat(eb.describeEnvironments(r -> r.environmentNames("blue")).environments().get(0).cname())
        .isEqualTo(blueCname);
    String done = "Completed swapping CNAMEs for environments 'blue' and 'green'.";
    TestClients.await(Duration.ofSeconds(5), () -> eb.describeEvents(r -> r.requestId(rid)).events().stream()
        .anyMatch(e -> e.message().equals(done)));
    assertThat(eb.describeEvents(r -> r.requestId(rid).environmentName("blue")).events())
        .extracting(EventDescription::message).containsExactly(done,
            "'green-app.us-east-1.elasticbeanstalk.com' now points to 'blue'.", "swapEnvironmentCNAMEs is starting.");
    assertThat(eb.describeEvents(r -> r.requestId(rid).environmentName("green")).events())
        .extracting(EventDescription::message).containsExactly(done, "'" + blueCname + "' now points to 'green'.");
    assertThat(eb.describeEnvironments(r -> r.environmentNames("green")).environments().get(0).cname())
        .isEqualTo(blueCname);

    launch("other", "elsewhere");
    assertThatThrownBy(() -> eb.swapEnvironmentCNAMEs(r -> r.sourceEnvironmentName("blue")
        .destinationEnvironmentName("elsewhere"))).hasMessageContaining("same application");
  }
}
