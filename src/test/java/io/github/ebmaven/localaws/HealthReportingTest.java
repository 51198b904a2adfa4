package io.github.ebmaven.localaws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.elasticbeanstalk.ElasticBeanstalkClient;
import software.amazon.awssdk.services.elasticbeanstalk.model.ConfigurationOptionSetting;
import software.amazon.awssdk.services.elasticbeanstalk.model.DescribeInstancesHealthResponse;
import software.amazon.awssdk.services.elasticbeanstalk.model.ElasticBeanstalkException;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentDescription;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentHealth;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentHealthStatus;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentStatus;
import software.amazon.awssdk.services.elasticbeanstalk.model.EventDescription;
import software.amazon.awssdk.services.elasticbeanstalk.model.EventSeverity;
import software.amazon.awssdk.services.elasticbeanstalk.model.SingleInstanceHealth;
import software.amazon.awssdk.services.s3.S3Client;

/** Health as EB reports it: basic unless enabled, refreshed on a cadence, lagging deployments. */
class HealthReportingTest {
  private static final String STACK = "64bit Amazon Linux 2023 v4.7.3 running Corretto 21";
  private LocalAws aws;
  private ElasticBeanstalkClient eb;

  private void start(Delays delays) {
    aws = LocalAws.start(LocalAwsOptions.defaults().withDelays(delays));
    eb = TestClients.eb(aws);
    TestClients.createInstanceProfile(aws);
    eb.createApplication(r -> r.applicationName("app"));
    try (S3Client s3 = TestClients.s3(aws)) {
      String bucket = eb.createStorageLocation().s3Bucket();
      for (String label : List.of("v1", "v2")) {
        s3.putObject(r -> r.bucket(bucket).key("app/" + label + ".zip"),
            RequestBody.fromBytes(TestClients.zip(Map.of("app.jar", label))));
        eb.createApplicationVersion(r -> r.applicationName("app").versionLabel(label)
            .sourceBundle(b -> b.s3Bucket(bucket).s3Key("app/" + label + ".zip")));
      }
    }
  }

  @AfterEach
  void stop() {
    if (aws != null) {
      eb.close();
      aws.close();
    }
  }

  private EnvironmentDescription env() {
    return eb.describeEnvironments(r -> r.environmentNames("app-env").includeDeleted(false)).environments().get(0);
  }

  private void launch(List<ConfigurationOptionSetting> settings) {
    eb.createEnvironment(r -> r.applicationName("app").environmentName("app-env").solutionStackName(STACK)
        .versionLabel("v1").optionSettings(settings));
    TestClients.await(Duration.ofSeconds(10), () -> env().status() == EnvironmentStatus.READY);
  }

  private EventDescription awaitEvent(String requestId, String message) {
    List<EventDescription> found = new ArrayList<>();
    TestClients.await(Duration.ofSeconds(10), () -> eb.describeEvents(r -> r.requestId(requestId)).events().stream()
        .filter(e -> e.message().equals(message)).peek(found::add).findFirst().isPresent());
    return found.get(0);
  }

  private SingleInstanceHealth instance() {
    return instances().instanceHealthList().get(0);
  }

  private DescribeInstancesHealthResponse instances() {
    return eb.describeInstancesHealth(r -> r.environmentName("app-env").attributeNamesWithStrings("All"));
  }

  @Test
  void basicHealthIsTheApiDefaultAndReportsOnlyAColour() {
    start(Delays.fast());
    List<ConfigurationOptionSetting> basic = new ArrayList<>(TestClients.launchSettings());
    basic.removeIf(s -> s.optionName().equals("SystemType"));
    launch(basic);
    TestClients.await(Duration.ofSeconds(5), () -> env().health() == EnvironmentHealth.GREEN);
    assertThat(env().healthStatus()).isNull();
    assertThatThrownBy(() -> eb.describeEnvironmentHealth(r -> r.environmentName("app-env")
        .attributeNamesWithStrings("All"))).isInstanceOfSatisfying(ElasticBeanstalkException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidRequestException");
          assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("DescribeEnvironmentHealth is not supported.");
        });
    assertThatThrownBy(() -> eb.describeInstancesHealth(r -> r.environmentName("app-env")))
        .hasMessageContaining("DescribeInstancesHealth is not supported.");
    assertThat(eb.describeEvents(r -> r.environmentName("app-env")).events()).extracting(EventDescription::message)
        .contains("Environment health has been set to GREEN")
        .noneMatch(m -> m.startsWith("Environment health has transitioned"));
  }

  @Test
  void healthAndInstanceDeploymentChangeOnlyAtTheNextRefreshAfterCompletion() {
    start(new Delays(Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofMillis(200), Duration.ofMillis(50),
        Duration.ofHours(1), Duration.ofMillis(30)));
    launch(TestClients.launchSettings());
    aws.refreshHealth();
    assertThat(env().healthStatus()).isEqualTo(EnvironmentHealthStatus.OK);
    assertThat(instance().deployment().versionLabel()).isEqualTo("v1");

    String rid = eb.updateEnvironment(r -> r.environmentName("app-env").versionLabel("v2")).responseMetadata()
        .requestId();
    EventDescription completed = awaitEvent(rid, "Environment update completed successfully.");
    TestClients.await(Duration.ofSeconds(5), () -> env().status() == EnvironmentStatus.READY);
    DescribeInstancesHealthResponse beforeRefresh = instances();
    SingleInstanceHealth before = beforeRefresh.instanceHealthList().get(0);
    assertThat(before.deployment().versionLabel()).isEqualTo("v1");
    assertThat(before.deployment().status()).isEqualTo("Deployed");
    assertThat(beforeRefresh.refreshedAt()).isBefore(completed.eventDate());
    assertThat(env().healthStatus()).isEqualTo(EnvironmentHealthStatus.OK);

    aws.refreshHealth();
    DescribeInstancesHealthResponse afterRefresh = instances();
    SingleInstanceHealth after = afterRefresh.instanceHealthList().get(0);
    assertThat(after.deployment().versionLabel()).isEqualTo("v2");
    assertThat(after.deployment().status()).isEqualTo("Deployed");
    assertThat(after.healthStatus()).isEqualTo("Ok");
    assertThat(afterRefresh.refreshedAt()).isAfterOrEqualTo(completed.eventDate());
    var health = eb.describeEnvironmentHealth(r -> r.environmentName("app-env").attributeNamesWithStrings("All"));
    assertThat(health.refreshedAt()).isEqualTo(afterRefresh.refreshedAt());
    assertThat(eb.describeEnvironmentHealth(r -> r.environmentName("app-env")).healthStatus()).isNull();
  }

  @Test
  void transitionEventsUseEbsWordsAndBelongToNoRequest() {
    start(Delays.fast());
    launch(TestClients.launchSettings());
    TestClients.await(Duration.ofSeconds(5), () -> env().healthStatus() == EnvironmentHealthStatus.OK);
    String rid = eb.updateEnvironment(r -> r.environmentName("app-env").versionLabel("v2")).responseMetadata()
        .requestId();
    awaitEvent(rid, "Environment update completed successfully.");
    TestClients.await(Duration.ofSeconds(5), () -> env().healthStatus() == EnvironmentHealthStatus.OK);
    List<EventDescription> transitions = eb.describeEvents(r -> r.environmentName("app-env")).events().stream()
        .filter(e -> e.message().startsWith("Environment health has transitioned")).toList();
    assertThat(transitions).allMatch(e -> e.requestId() == null).extracting(EventDescription::message)
        .anyMatch(m -> m.matches("Environment health has transitioned from Pending to Ok\\. Initialization completed \\d+"
            + " seconds? ago and took \\d+ seconds?\\."))
        .anyMatch(m -> m.matches("Environment health has transitioned from Ok to Info\\. Application update in progress"
            + " on 1 instance\\. 0 out of 1 instance completed \\(running for \\d+ seconds?\\)\\."))
        .anyMatch(m -> m.matches("Environment health has transitioned from Info to Ok\\. Application update completed"
            + " \\d+ seconds? ago and took \\d+ seconds?\\."));
  }

  @Test
  void aVersionThatCrashesAfterStartDeploysSuccessfullyThenTurnsSevere() {
    start(Delays.fast());
    launch(TestClients.launchSettings());
    TestClients.await(Duration.ofSeconds(5), () -> env().healthStatus() == EnvironmentHealthStatus.OK);
    aws.faults().crashAfterStart();
    String rid = eb.updateEnvironment(r -> r.environmentName("app-env").versionLabel("v2")).responseMetadata()
        .requestId();
    EventDescription completed = awaitEvent(rid, "Environment update completed successfully.");
    assertThat(eb.describeEvents(r -> r.requestId(rid)).events()).noneMatch(e -> e.severity() == EventSeverity.ERROR);
    TestClients.await(Duration.ofSeconds(5), () -> env().health() == EnvironmentHealth.RED);
    assertThat(env().healthStatus()).isEqualTo(EnvironmentHealthStatus.SEVERE);
    assertThat(env().versionLabel()).isEqualTo("v2");
    var health = eb.describeEnvironmentHealth(r -> r.environmentName("app-env").attributeNamesWithStrings("All"));
    assertThat(health.causes()).contains("100.0 % of the requests are failing with HTTP 5xx.")
        .anyMatch(c -> c.matches("Process default has been unhealthy for \\d+ seconds? \\(Target.FailedHealthChecks\\)\\."));
    assertThat(health.refreshedAt()).isAfterOrEqualTo(completed.eventDate());
    SingleInstanceHealth instance = instance();
    assertThat(instance.deployment().versionLabel()).isEqualTo("v2");
    assertThat(instance.deployment().status()).isEqualTo("Deployed");
    assertThat(instance.healthStatus()).isEqualTo("Severe");
    assertThat(eb.describeEvents(r -> r.environmentName("app-env").severity("WARN")).events())
        .anyMatch(e -> e.message().startsWith("Environment health has transitioned from Info to Severe. 100.0 % of the"
            + " requests are failing with HTTP 5xx.") && e.requestId() == null
            && !e.eventDate().isBefore(completed.eventDate()));
  }

  @Test
  void aCrashingLabelCrashesOnEveryDeploymentAndAnotherVersionRecovers() {
    start(Delays.fast());
    aws.faults().crashAfterStart("v2");
    launch(TestClients.launchSettings());
    TestClients.await(Duration.ofSeconds(5), () -> env().healthStatus() == EnvironmentHealthStatus.OK);
    for (String label : List.of("v2", "v1")) {
      String rid = eb.updateEnvironment(r -> r.environmentName("app-env").versionLabel(label)).responseMetadata()
          .requestId();
      awaitEvent(rid, "Environment update completed successfully.");
      EnvironmentHealthStatus expected = "v2".equals(label) ? EnvironmentHealthStatus.SEVERE : EnvironmentHealthStatus.OK;
      TestClients.await(Duration.ofSeconds(5), () -> env().healthStatus() == expected);
    }
  }

  @Test
  void theCadenceIsEbsTenSecondsRealisticallyAndAFewHundredMillisecondsFast() {
    assertThat(Delays.realistic().healthRefresh()).isEqualTo(Duration.ofSeconds(10));
    assertThat(Delays.fast().healthRefresh()).isEqualTo(Duration.ofMillis(250));
    assertThat(Delays.fast().eventSpacing()).isLessThanOrEqualTo(Duration.ofMillis(300));
    assertThat(new Delays(Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofMillis(300))
        .healthRefresh()).isEqualTo(Duration.ofSeconds(10));
  }
}
