package io.github.ebmaven.localaws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.elasticbeanstalk.ElasticBeanstalkClient;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentStatus;
import software.amazon.awssdk.services.elasticbeanstalk.model.EventDescription;

/** The faults of a whole endpoint: restarted empty, down for a while, an environment terminated elsewhere. */
class EndpointLifecycleTest {
  private LocalAws aws;
  private ElasticBeanstalkClient eb;

  @BeforeEach
  void start() {
    aws = LocalAws.start(LocalAwsOptions.defaults().withDelays(Delays.uniform(Duration.ofMillis(80))));
    eb = TestClients.ebNoRetry(aws);
    TestClients.createInstanceProfile(aws);
    eb.createApplication(r -> r.applicationName("app"));
    eb.createEnvironment(r -> r.applicationName("app").environmentName("app-env")
        .solutionStackName("64bit Amazon Linux 2023 v4.7.3 running Python 3.11")
        .optionSettings(TestClients.launchSettings()));
    awaitStatus(EnvironmentStatus.READY);
  }

  @AfterEach
  void stop() {
    eb.close();
    aws.close();
  }

  private void awaitStatus(EnvironmentStatus status) {
    TestClients.await(Duration.ofSeconds(5), () -> eb.describeEnvironments(r -> r.environmentNames("app-env"))
        .environments().get(0).status() == status);
  }

  @Test
  void restartedEmptyTheEndpointKnowsNothingOnTheSamePort() throws Exception {
    int port = aws.port();
    HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(aws.endpoint() + "/_localaws/reset")).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(aws.port()).isEqualTo(port);
    assertThat(eb.describeEnvironments(r -> r.environmentNames("app-env")).environments()).isEmpty();
    assertThat(eb.describeApplications().applications()).isEmpty();
    assertThat(eb.describeEvents().events()).isEmpty();
    assertThat(aws.iam().hasInstanceProfile(IamAccount.EB_INSTANCE_PROFILE)).isFalse();
    assertThatThrownBy(() -> eb.updateEnvironment(r -> r.environmentName("app-env").versionLabel("v1")))
        .hasMessageContaining("No Environment found for EnvironmentName = 'app-env'.");
    try (var s3 = TestClients.s3(aws)) {
      assertThat(s3.listBuckets().buckets()).isEmpty();
    }
  }

  @Test
  void aRestartAfterSomeCallsHappensBetweenTwoPolls() {
    aws.faults().restartEmptyAfter(2, "DescribeEnvironments");
    assertThat(eb.describeEnvironments(r -> r.environmentNames("app-env")).environments()).hasSize(1);
    assertThat(eb.describeEnvironments(r -> r.environmentNames("app-env")).environments()).hasSize(1);
    assertThat(eb.describeEnvironments(r -> r.environmentNames("app-env")).environments()).isEmpty();
  }

  @Test
  void downTheEndpointRefusesConnectionsAndBackItAnswersAgain() {
    aws.goDown();
    assertThat(aws.answering()).isFalse();
    assertThatThrownBy(() -> eb.describeApplications()).isInstanceOfSatisfying(SdkClientException.class,
        // A fresh connection is refused; a kept-alive one from an earlier call is cut instead.
        e -> assertThat(rootCause(e)).isInstanceOf(SocketException.class));
    aws.comeBack();
    assertThat(eb.describeApplications().applications()).hasSize(1);
  }

  @Test
  void theDownFaultAnswersTheCallThenRefusesForAWhile() {
    aws.faults().goDownAfter(1, Duration.ofMillis(600), "DescribeEvents");
    eb.describeEvents(r -> r.environmentName("app-env"));
    TestClients.await(Duration.ofSeconds(2), () -> !aws.answering());
    assertThatThrownBy(() -> eb.describeApplications()).isInstanceOf(SdkClientException.class);
    TestClients.await(Duration.ofSeconds(3), aws::answering);
    assertThat(eb.describeApplications().applications()).hasSize(1);
  }

  @Test
  void anEnvironmentTerminatedElsewhereStopsItsUpdateAndEndsTerminated() {
    aws.faults().hangNextUpdate();
    String update = eb.updateEnvironment(r -> r.environmentName("app-env").optionSettings(TestClients.setting(
        "aws:elasticbeanstalk:application:environment", "A", "1"))).responseMetadata().requestId();
    awaitStatus(EnvironmentStatus.UPDATING);
    String terminate = eb.terminateEnvironment(r -> r.environmentName("app-env")).responseMetadata().requestId();
    assertThat(eb.describeEnvironments(r -> r.environmentNames("app-env")).environments().get(0).status())
        .isEqualTo(EnvironmentStatus.TERMINATING);
    awaitStatus(EnvironmentStatus.TERMINATED);
    assertThat(eb.describeEvents(r -> r.requestId(terminate)).events()).extracting(EventDescription::message)
        .containsExactly("terminateEnvironment completed successfully.", "Deleting SNS topic for environment app-env.",
            "Deleted load balancer named: " + loadBalancerMessageSuffix(), "terminateEnvironment is starting.");
    assertThat(eb.describeEvents(r -> r.requestId(update)).events()).extracting(EventDescription::message)
        .doesNotContain("Environment update completed successfully.");
    assertThat(eb.describeEnvironments(r -> r.environmentNames("app-env").includeDeleted(false)).environments())
        .isEmpty();
    assertThat(eb.describeEnvironments(r -> r.environmentNames("app-env")).environments().get(0).health().toString())
        .isEqualTo("Grey");
  }

  private String loadBalancerMessageSuffix() {
    List<EventDescription> events = eb.describeEvents(r -> r.environmentName("app-env")).events();
    return events.stream().map(EventDescription::message).filter(m -> m.startsWith("Deleted load balancer named: "))
        .findFirst().orElseThrow().substring("Deleted load balancer named: ".length());
  }

  private static Throwable rootCause(Throwable t) {
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
