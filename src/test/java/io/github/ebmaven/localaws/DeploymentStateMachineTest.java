package io.github.ebmaven.localaws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.elasticbeanstalk.ElasticBeanstalkClient;
import software.amazon.awssdk.services.elasticbeanstalk.model.CreateEnvironmentRequest;
import software.amazon.awssdk.services.elasticbeanstalk.model.ElasticBeanstalkException;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentDescription;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentHealth;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentHealthStatus;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentStatus;
import software.amazon.awssdk.services.elasticbeanstalk.model.EventDescription;
import software.amazon.awssdk.services.elasticbeanstalk.model.EventSeverity;
import software.amazon.awssdk.services.s3.S3Client;

/** EB's environment state machine and the deployment faults, through the SDK. */
class DeploymentStateMachineTest {
  private static final String STACK = "64bit Amazon Linux 2023 v4.7.3 running Corretto 21";
  private LocalAws aws;
  private ElasticBeanstalkClient eb;
  private S3Client s3;
  private String bucket;

  @BeforeEach
  void start() {
    aws = LocalAws.start(LocalAwsOptions.defaults().withDelays(Delays.uniform(Duration.ofMillis(100))));
    eb = TestClients.eb(aws);
    s3 = TestClients.s3(aws);
    bucket = eb.createStorageLocation().s3Bucket();
    eb.createApplication(r -> r.applicationName("app"));
    version("v1");
    version("v2");
  }

  @AfterEach
  void stop() {
    eb.close();
    s3.close();
    aws.close();
  }

  private void version(String label) {
    s3.putObject(r -> r.bucket(bucket).key("app/" + label + ".zip"),
        RequestBody.fromBytes(TestClients.zip(Map.of("app.jar", label))));
    eb.createApplicationVersion(r -> r.applicationName("app").versionLabel(label)
        .sourceBundle(b -> b.s3Bucket(bucket).s3Key("app/" + label + ".zip")));
  }

  private EnvironmentDescription env() {
    return eb.describeEnvironments(r -> r.environmentNames("app-env").includeDeleted(false)).environments().get(0);
  }

  private void launchReady() {
    create("app-env", r -> r.versionLabel("v1"));
    awaitReady();
    awaitHealth(EnvironmentHealth.GREEN);
  }

  /** Creates an environment as a client that gets EB right: with the instance profile and launch settings. */
  private String create(String name, java.util.function.Consumer<CreateEnvironmentRequest.Builder> more) {
    TestClients.createInstanceProfile(aws);
    return eb.createEnvironment(r -> {
      r.applicationName("app").environmentName(name).solutionStackName(STACK)
          .optionSettings(TestClients.launchSettings());
      more.accept(r);
    }).responseMetadata().requestId();
  }

  private void awaitReady() {
    TestClients.await(Duration.ofSeconds(5), () -> env().status() == EnvironmentStatus.READY);
  }

  /** Health changes only at the next refresh after an operation ends (Info, during an update, is Green too). */
  private void awaitHealth(EnvironmentHealth health) {
    TestClients.await(Duration.ofSeconds(5), () -> env().health() == health
        && env().healthStatus() != EnvironmentHealthStatus.INFO);
  }

  private List<EventDescription> events(String requestId) {
    return eb.describeEvents(r -> r.requestId(requestId)).events();
  }

  private List<String> environmentEvents() {
    return eb.describeEvents(r -> r.environmentName("app-env")).events().stream().map(EventDescription::message)
        .toList();
  }

  @Test
  void failedDeploymentKeepsPreviousVersionWithRedSevereHealthAndErrorEvents() {
    launchReady();
    aws.faults().failNextDeployment();
    String rid = eb.updateEnvironment(r -> r.environmentName("app-env").versionLabel("v2")).responseMetadata()
        .requestId();
    awaitReady();
    awaitHealth(EnvironmentHealth.RED);
    EnvironmentDescription env = env();
    assertThat(env.versionLabel()).isEqualTo("v1");
    assertThat(env.health()).isEqualTo(EnvironmentHealth.RED);
    assertThat(env.healthStatus()).isEqualTo(EnvironmentHealthStatus.SEVERE);
    assertThat(events(rid)).extracting(EventDescription::message).contains("Failed to deploy application.")
        .doesNotContain("Environment update completed successfully.");
    assertThat(events(rid)).filteredOn(e -> e.severity() == EventSeverity.ERROR).hasSizeGreaterThanOrEqualTo(3);
    assertThat(eb.describeEnvironmentHealth(r -> r.environmentName("app-env").attributeNamesWithStrings("All"))
        .causes()).anyMatch(c -> c.startsWith("Application update failed"));

    String second = eb.updateEnvironment(r -> r.environmentName("app-env").versionLabel("v2")).responseMetadata()
        .requestId();
    awaitReady();
    awaitHealth(EnvironmentHealth.GREEN);
    assertThat(env().versionLabel()).isEqualTo("v2");
    assertThat(events(second)).extracting(EventDescription::message)
        .contains("Environment update completed successfully.");
    assertThat(environmentEvents()).anyMatch(m -> m.startsWith("Environment health has transitioned from Severe to"
        + " Info. Application update in progress")).anyMatch(m -> m.startsWith("Environment health has transitioned"
        + " from Info to Ok. Application update completed"));
  }

  @Test
  void failedLaunchCompletesWithErrors() {
    aws.faults().failNextDeployment();
    String rid = create("app-env", r -> r.versionLabel("v1"));
    awaitReady();
    awaitHealth(EnvironmentHealth.RED);
    assertThat(events(rid)).extracting(EventDescription::message).contains(
        "Create environment operation is complete, but with errors. For more information, see troubleshooting"
            + " documentation.").doesNotContain("Successfully launched environment: app-env");
  }

  @Test
  void healthDegradesAfterDeploymentWhenAsked() {
    launchReady();
    aws.faults().degradeHealthAfterNextDeployment("Warning");
    String rid = eb.updateEnvironment(r -> r.environmentName("app-env").versionLabel("v2")).responseMetadata()
        .requestId();
    awaitReady();
    awaitHealth(EnvironmentHealth.YELLOW);
    assertThat(env().healthStatus()).isEqualTo(EnvironmentHealthStatus.WARNING);
    assertThat(env().versionLabel()).isEqualTo("v2");
    assertThat(events(rid)).extracting(EventDescription::message).contains("Environment update completed successfully.");
    assertThat(eb.describeEvents(r -> r.environmentName("app-env").severity("WARN")).events())
        .anyMatch(e -> e.message().startsWith("Environment health has transitioned from Info to Warning.")
            && e.requestId() == null);
  }

  @Test
  void hungUpdateStaysUpdatingUntilAborted() throws InterruptedException {
    launchReady();
    aws.faults().hangNextUpdate();
    eb.updateEnvironment(r -> r.environmentName("app-env").versionLabel("v2"));
    Thread.sleep(400);
    assertThat(env().status()).isEqualTo(EnvironmentStatus.UPDATING);
    assertThat(env().abortableOperationInProgress()).isTrue();
    assertThatThrownBy(() -> eb.restartAppServer(r -> r.environmentName("app-env")))
        .hasMessageContaining("invalid state for this operation. Must be Ready.");
    eb.abortEnvironmentUpdate(r -> r.environmentName("app-env"));
    awaitReady();
    assertThat(env().versionLabel()).isEqualTo("v1");
    assertThatThrownBy(() -> eb.abortEnvironmentUpdate(r -> r.environmentName("app-env")))
        .hasMessageContaining("Must be Updating.");
  }

  @Test
  void updateWhileLaunchingIsRefused() {
    create("app-env", r -> { });
    assertThatThrownBy(() -> eb.updateEnvironment(r -> r.environmentName("app-env").versionLabel("v2")))
        .isInstanceOfSatisfying(ElasticBeanstalkException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
            .isEqualTo("Environment named app-env is in an invalid state for this operation. Must be Ready."));
  }

  @Test
  void restartRebuildAndSwapFollowEbLifecycle() {
    launchReady();
    eb.restartAppServer(r -> r.environmentName("app-env"));
    assertThat(env().status()).isEqualTo(EnvironmentStatus.UPDATING);
    awaitReady();
    eb.rebuildEnvironment(r -> r.environmentName("app-env"));
    assertThat(env().status()).isEqualTo(EnvironmentStatus.LAUNCHING);
    awaitReady();
    create("app-env-b", r -> r.cnamePrefix("app-b"));
    TestClients.await(Duration.ofSeconds(5), () -> eb.describeEnvironments(r -> r.environmentNames("app-env-b"))
        .environments().get(0).status() == EnvironmentStatus.READY);
    String before = env().cname();
    eb.swapEnvironmentCNAMEs(r -> r.sourceEnvironmentName("app-env").destinationEnvironmentName("app-env-b"));
    TestClients.await(Duration.ofSeconds(5), () -> environmentEvents().contains(
        "Completed swapping CNAMEs for environments 'app-env' and 'app-env-b'."));
    assertThat(env().cname()).isEqualTo("app-b.us-east-1.elasticbeanstalk.com");
    assertThat(eb.describeEnvironments(r -> r.environmentNames("app-env-b")).environments().get(0).cname())
        .isEqualTo(before);
    assertThat(eb.describeEvents(r -> r.environmentName("app-env")).events()).extracting(EventDescription::message)
        .contains("restartAppServer completed successfully.", "rebuildEnvironment completed successfully.",
            "Completed swapping CNAMEs for environments 'app-env' and 'app-env-b'.");
  }

  @Test
  void environmentNamesAndCnamesFollowEbRules() {
    assertThatThrownBy(() -> eb.createEnvironment(r -> r.applicationName("app").environmentName("abc")
        .solutionStackName(STACK))).hasMessageContaining("greater than or equal to 4");
    assertThatThrownBy(() -> eb.createEnvironment(r -> r.applicationName("app").environmentName("-bad-name")
        .solutionStackName(STACK))).hasMessageContaining("is invalid");
    create("app-one", r -> r.cnamePrefix("taken"));
    assertThatThrownBy(() -> eb.createEnvironment(r -> r.applicationName("app").environmentName("app-two")
        .cnamePrefix("taken").solutionStackName(STACK)))
        .hasMessageContaining("DNS name (taken.us-east-1.elasticbeanstalk.com) is not available.");
    assertThatThrownBy(() -> eb.createEnvironment(r -> r.applicationName("app").environmentName("app-one")
        .solutionStackName(STACK))).hasMessageContaining("Environment app-one already exists.");
    assertThatThrownBy(() -> eb.createEnvironment(r -> r.applicationName("app").environmentName("app-three")
        .solutionStackName("64bit Amazon Linux 2 running Cobol"))).hasMessageContaining("No Solution Stack named");
  }

  @Test
  void invalidOptionSettingsAreRefusedWithEbsMessage() {
    assertThatThrownBy(() -> eb.createEnvironment(r -> r.applicationName("app").environmentName("app-env")
        .solutionStackName(STACK).optionSettings(o -> o.namespace("aws:autoscaling:asg").optionName("Nope")
            .value("1"))))
        .isInstanceOfSatisfying(ElasticBeanstalkException.class, e -> {
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ConfigurationValidationException");
          assertThat(e.awsErrorDetails().errorMessage()).contains(
              "Invalid option specification (Namespace: 'aws:autoscaling:asg', OptionName: 'Nope'): Unknown"
                  + " configuration setting.");
        });
  }

  @Test
  void optionsUpdateAndRemovalFollowPrecedence() {
    launchReady();
    eb.updateEnvironment(r -> r.environmentName("app-env").optionSettings(
        o -> o.namespace("aws:autoscaling:asg").optionName("MaxSize").value("2")));
    awaitReady();
    assertThat(setting("MaxSize")).isEqualTo("2");
    eb.updateEnvironment(r -> r.environmentName("app-env").optionsToRemove(
        o -> o.namespace("aws:autoscaling:asg").optionName("MaxSize")));
    awaitReady();
    assertThat(setting("MaxSize")).isEqualTo("4");
  }

  private String setting(String name) {
    return eb.describeConfigurationSettings(r -> r.applicationName("app").environmentName("app-env"))
        .configurationSettings().get(0).optionSettings().stream().filter(s -> s.optionName().equals(name))
        .findFirst().orElseThrow().value();
  }
}
