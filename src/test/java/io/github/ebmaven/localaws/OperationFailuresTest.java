package io.github.ebmaven.localaws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticbeanstalk.ElasticBeanstalkClient;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentDescription;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentHealthStatus;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentStatus;
import software.amazon.awssdk.services.elasticbeanstalk.model.EventDescription;
import software.amazon.awssdk.services.elasticbeanstalk.model.EventSeverity;

/** Configuration updates, restarts and rebuilds that EB fails, each with EB's events. */
class OperationFailuresTest {
  private LocalAws aws;
  private ElasticBeanstalkClient eb;

  @BeforeEach
  void start() {
    aws = LocalAws.start(LocalAwsOptions.defaults().withDelays(Delays.uniform(Duration.ofMillis(80))));
    eb = TestClients.eb(aws);
    TestClients.createInstanceProfile(aws);
    eb.createApplication(r -> r.applicationName("app"));
    eb.createEnvironment(r -> r.applicationName("app").environmentName("app-env")
        .solutionStackName("64bit Amazon Linux 2023 v4.7.3 running Python 3.11")
        .optionSettings(TestClients.launchSettings()));
    TestClients.await(Duration.ofSeconds(5), () -> env().healthStatus() == EnvironmentHealthStatus.OK);
  }

  @AfterEach
  void stop() {
    eb.close();
    aws.close();
  }

  private EnvironmentDescription env() {
    return eb.describeEnvironments(r -> r.environmentNames("app-env").includeDeleted(false)).environments().get(0);
  }

  /** The request's events, oldest first, once {@code last} is among them and the environment is Ready. */
  private List<EventDescription> eventsUntil(String requestId, String last) {
    List<EventDescription> events = new ArrayList<>();
    TestClients.await(Duration.ofSeconds(5), () -> {
      events.clear();
      events.addAll(eb.describeEvents(r -> r.requestId(requestId)).events());
      return events.stream().anyMatch(e -> e.message().equals(last)) && env().status() == EnvironmentStatus.READY;
    });
    Collections.reverse(events);
    return events;
  }

  private static List<String> messages(List<EventDescription> events) {
    return events.stream().map(EventDescription::message).toList();
  }

  private String setting(String name) {
    return eb.describeConfigurationSettings(r -> r.applicationName("app").environmentName("app-env"))
        .configurationSettings().get(0).optionSettings().stream().filter(s -> s.optionName().equals(name))
        .map(s -> s.value()).findFirst().orElse(null);
  }

  @Test
  void aFailedConfigurationUpdateIsRolledBackWithEbsEvents() {
    aws.faults().failNextConfigurationUpdate();
    String rid = eb.updateEnvironment(r -> r.environmentName("app-env").optionSettings(TestClients.setting(
        "aws:elasticbeanstalk:application:environment", "GREETING", "hello"))).responseMetadata().requestId();
    List<EventDescription> events = eventsUntil(rid, "The environment was reverted to the previous configuration"
        + " setting.");
    String instance = eb.describeEnvironmentResources(r -> r.environmentName("app-env")).environmentResources()
        .instances().get(0).id();
    assertThat(messages(events)).containsExactly("Environment update is starting.",
        "Updating environment app-env's configuration settings.",
        "[Instance: " + instance + "] Command failed on instance. Return code: 1 Output: Engine execution has"
            + " encountered an error.",
        "Command execution completed on all instances. Summary: [Successful: 0, Failed: 1].",
        "Failed to deploy configuration.", "The environment was reverted to the previous configuration setting.");
    assertThat(events).filteredOn(e -> e.severity() == EventSeverity.ERROR).extracting(EventDescription::message)
        .contains("Failed to deploy configuration.");
    assertThat(setting("GREETING")).isNull();
    TestClients.await(Duration.ofSeconds(5), () -> env().healthStatus() == EnvironmentHealthStatus.SEVERE);
    assertThat(eb.describeEnvironmentHealth(r -> r.environmentName("app-env").attributeNamesWithStrings("All"))
        .causes()).anyMatch(c -> c.startsWith("Configuration update failed "));

    String next = eb.updateEnvironment(r -> r.environmentName("app-env").optionSettings(TestClients.setting(
        "aws:elasticbeanstalk:application:environment", "GREETING", "hello"))).responseMetadata().requestId();
    assertThat(messages(eventsUntil(next, "Environment update completed successfully.")))
        .contains("Successfully deployed new configuration to environment.");
    assertThat(setting("GREETING")).isEqualTo("hello");
    TestClients.await(Duration.ofSeconds(5), () -> env().healthStatus() == EnvironmentHealthStatus.OK);
  }

  @Test
  void aFailedRestartEndsWithEbsCommandFailureEvents() throws Exception {
    HttpResponse<String> armed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(aws.endpoint() + "/_localaws/faults")).POST(HttpRequest.BodyPublishers.ofString(
            "{\"failNextRestart\":true}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(new ObjectMapper().readTree(armed.body()).get("failNextRestarts").asInt()).isEqualTo(1);
    String rid = eb.restartAppServer(r -> r.environmentName("app-env")).responseMetadata().requestId();
    List<EventDescription> events = eventsUntil(rid, eventEndingWith(rid, "Aborting the operation."));
    assertThat(messages(events)).first().isEqualTo("restartAppServer is starting.");
    assertThat(messages(events)).doesNotContain("restartAppServer completed successfully.")
        .anyMatch(m -> m.endsWith("Command failed on instance. Return code: 1 Output: Engine execution has encountered"
            + " an error."));
    TestClients.await(Duration.ofSeconds(5), () -> env().healthStatus() == EnvironmentHealthStatus.SEVERE);
    assertThat(eb.describeEnvironmentHealth(r -> r.environmentName("app-env").attributeNamesWithStrings("All"))
        .causes()).contains("Command failed on all instances.");
  }

  @Test
  void aFailedRebuildCompletesWithErrors() {
    aws.faults().failNextRebuild();
    String rid = eb.rebuildEnvironment(r -> r.environmentName("app-env")).responseMetadata().requestId();
    String done = "Rebuild environment operation is complete, but with errors. For more information, see"
        + " troubleshooting documentation.";
    List<String> messages = messages(eventsUntil(rid, done));
    assertThat(messages).first().isEqualTo("rebuildEnvironment is starting.");
    assertThat(messages).contains("Instance deployment failed. For details, see 'eb-engine.log'.")
        .doesNotContain("rebuildEnvironment completed successfully.");
    TestClients.await(Duration.ofSeconds(5), () -> env().healthStatus() == EnvironmentHealthStatus.SEVERE);
  }

  /** The message of the request's event ending with {@code suffix}, once there is one. */
  private String eventEndingWith(String requestId, String suffix) {
    String[] found = new String[1];
    TestClients.await(Duration.ofSeconds(5), () -> eb.describeEvents(r -> r.requestId(requestId)).events().stream()
        .map(EventDescription::message).filter(m -> m.endsWith(suffix)).peek(m -> found[0] = m).findFirst().isPresent());
    return found[0];
  }
}
