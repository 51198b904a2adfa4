package io.github.ebmaven.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ebmaven.environment.EnvChanges;
import io.github.ebmaven.environment.EnvironmentProperties;
import io.github.ebmaven.localaws.InvokerEndpoint;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import io.github.ebmaven.testing.LocalAwsFixture;
import io.github.ebmaven.testing.MapConfiguration;
import io.github.ebmaven.testing.RecordingReporter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eb.output}: the answer of a goal as text lines (which reach standard output under {@code
 * mvn -q}) or as one JSON document for scripts, with secrets masked as in the text.
 */
class AnswersTest {

  private static final String SECRET = "answers-secret-31";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static LocalAwsFixture local;

  @TempDir Path project;

  private final RecordingReporter reporter = new RecordingReporter();

  @BeforeAll
  static void start() throws EbException {
    local = new LocalAwsFixture();
    InvokerEndpoint.readyEnvironment(local.aws, "shop", "shop-env", "v1");
    new EnvironmentProperties(local.services(Reporter.SILENT))
        .set(new EnvironmentProperties.SetRequest("shop", "shop-env",
            EnvChanges.parse("DB_PASSWORD=" + SECRET + ",GREETING=hello"), Set.of("Green"), Duration.ofSeconds(30)));
  }

  @AfterAll
  static void stop() {
    LocalAwsFixture.close(local);
  }

  @BeforeEach
  void reset() {
    local.aws.calls().reset();
  }

  private MapConfiguration config(String output) {
    MapConfiguration config = MapConfiguration.on(local, project).pom("eb.applicationName", "shop");
    return output == null ? config : config.cli("eb.output", output);
  }

  private EnvironmentGoals goals(String goal, String output) throws EbException {
    return new EnvironmentGoals(config(output).context(goal, reporter));
  }

  @Test
  void textAnswersAreResultLinesAndNoDocument() throws EbException {
    goals("status", null).status();

    assertThat(reporter.results).contains("Status:            Ready", "Deployed version:  v1");
    assertThat(reporter.documents).isEmpty();
  }

  @Test
  void statusAsJsonIsOneDocumentAndNoTextLines() throws Exception {
    goals("status", "json").status();

    assertThat(reporter.results).isEmpty();
    JsonNode status = JSON.readTree(reporter.documents.get(0));
    assertThat(reporter.documents).hasSize(1);
    assertThat(status.get("application").asText()).isEqualTo("shop");
    assertThat(status.get("environment").asText()).isEqualTo("shop-env");
    assertThat(status.get("status").asText()).isEqualTo("Ready");
    assertThat(status.get("health").asText()).isEqualTo("Green");
    assertThat(status.get("versionLabel").asText()).isEqualTo("v1");
    assertThat(status.get("url").asText()).startsWith("http://shop-env");
    assertThat(status.get("updated").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    assertThat(status.get("causes").isArray()).isTrue();
  }

  @Test
  void printenvAsJsonMasksSecretsAsTheTextDoes() throws Exception {
    goals("printenv", "json").printenv();

    JsonNode properties = JSON.readTree(reporter.documents.get(0)).get("properties");
    assertThat(properties.get("GREETING").asText()).isEqualTo("hello");
    assertThat(properties.get("DB_PASSWORD").asText()).isEqualTo("****");
    assertThat(String.join("\n", reporter.documents)).doesNotContain(SECRET);
  }

  @Test
  void versionsPlatformsEventsHealthAndConfigHaveJsonAnswers() throws Exception {
    goals("versions", "json").versions();
    goals("platforms", "json").platforms();
    goals("events", "json").events(() -> false);
    goals("health", "json").health();
    goals("config", "json").config();

    assertThat(reporter.documents).hasSize(5);
    JsonNode versions = JSON.readTree(reporter.documents.get(0));
    assertThat(versions.get("versions").get(0).get("label").asText()).isEqualTo("v1");
    assertThat(versions.get("versions").get(0).get("runningIn").get(0).asText()).isEqualTo("shop-env");
    assertThat(JSON.readTree(reporter.documents.get(1)).get("platforms").size()).isPositive();
    JsonNode events = JSON.readTree(reporter.documents.get(2)).get("events");
    assertThat(events.size()).isPositive();
    assertThat(events.get(0).get("severity").asText()).isNotBlank();
    JsonNode health = JSON.readTree(reporter.documents.get(3));
    assertThat(health.get("color").asText()).isEqualTo("Green");
    assertThat(health.get("instances").get(0).get("id").asText()).startsWith("i-");
    JsonNode settings = JSON.readTree(reporter.documents.get(4)).get("settings");
    assertThat(settings.get("aws:elasticbeanstalk:application:environment").get("DB_PASSWORD").asText()).isEqualTo("****");
    assertThat(reporter.results).isEmpty();
    assertThat(String.join("\n", reporter.documents)).doesNotContain(SECRET);
  }

  @Test
  void aGoalWithoutAJsonAnswerRefusesItBeforeAnyCall() {
    assertThatThrownBy(() -> config("json").context("restart", reporter))
        .isInstanceOf(EbException.class)
        .hasMessageStartingWith("eb:restart has no JSON answer; eb.output=json is for eb:config, eb:create, eb:deploy,");
    assertThatThrownBy(() -> config("yaml").context("status", reporter))
        .hasMessage("eb.output is 'yaml'; use text (the default) or json, for example eb.output=json.");
    assertThat(local.aws.calls().all()).isEmpty();
  }

  @Test
  void followingEventsCannotBeOneDocument() {
    assertThatThrownBy(() -> new EnvironmentGoals(config("json").cli("eb.follow", "true").context("events", reporter))
            .events(() -> false))
        .hasMessage("eb.follow=true prints events as they come, which one JSON document cannot hold; drop eb.output or"
            + " eb.follow.");
    assertThat(local.aws.calls().all()).isEmpty();
  }
}
