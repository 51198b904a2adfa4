package io.github.ebmaven.goals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.ebmaven.aws.EbEvent;
import io.github.ebmaven.aws.EnvironmentHealth;
import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.aws.InstanceHealth;
import io.github.ebmaven.aws.RequestMetrics;
import io.github.ebmaven.aws.VersionInfo;
import io.github.ebmaven.config.ConfigKey;
import io.github.ebmaven.environment.ConfigOperation;
import io.github.ebmaven.environment.HealthOperation;
import io.github.ebmaven.environment.VersionsOperation;
import io.github.ebmaven.lifecycle.DeploymentRecord;
import io.github.ebmaven.platform.PlatformsOperation;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.ForwardingReporter;
import io.github.ebmaven.report.Mention;
import io.github.ebmaven.report.Reporter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code eb.output}: how a goal gives the answer the user asked for. {@code text} (the default)
 * prints it in the build log, and on standard output under {@code mvn -q}; {@code json} writes it
 * as one JSON document on standard output, for scripts ({@code mvn -q eb:status -Deb.output=json}),
 * with the same secrets masked as in the text. The fields are named here, not taken from the
 * plugin's classes, so that they stay stable.
 */
public final class Answers {

  /** The goals that have an answer to give as JSON. */
  public static final Set<String> JSON_GOALS =
      Set.of("status", "health", "events", "config", "printenv", "platforms", "versions", "deploy", "create");

  /** Jackson's classes load only when an answer is written as JSON: they cost every other goal a tenth of a second. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  private final boolean json;
  private final Reporter reporter;

  private Answers(boolean json, Reporter reporter) {
    this.json = json;
    this.reporter = reporter;
  }

  /** Answers in text. */
  static Answers text(Reporter reporter) {
    return new Answers(false, reporter);
  }

  /** {@code eb.output} for {@code goal}, checked before any call: json only where the goal has a JSON answer. */
  static Answers of(String goal, String output, Reporter reporter) throws EbException {
    String value = output == null || output.isBlank() ? "text" : output.trim();
    if (!value.equals("text") && !value.equals("json")) {
      throw new EbException(
          ConfigKey.OUTPUT.mention() + " is '" + value + "'; use text (the default) or json, for example "
              + ConfigKey.OUTPUT.example("json") + ".");
    }
    if (value.equals("json") && !JSON_GOALS.contains(goal)) {
      throw new EbException(
          Mention.goal(goal) + " has no JSON answer; " + ConfigKey.OUTPUT.example("json") + " is for "
              + String.join(", ", new TreeSet<>(JSON_GOALS).stream().map(Mention::goal).toList()) + ". Drop "
              + ConfigKey.OUTPUT.mention() + ".");
    }
    return new Answers(value.equals("json"), reporter);
  }

  /** Whether the answer is written as JSON; the text lines of the answer are then left out. */
  public boolean json() {
    return json;
  }

  /** The reporter the goal's operations use: without the answer's text lines when the answer is JSON. */
  Reporter reporter() {
    if (!json) {
      return reporter;
    }
    return new ForwardingReporter(reporter) {
      @Override
      public void result(String line) {}

      @Override
      public void warningResult(String line) {}
    };
  }

  void status(String application, EnvironmentState state, List<String> causes) throws EbException {
    if (json) {
      Map<String, Object> answer = environment(state);
      answer.put("application", application);
      answer.put("causes", causes);
      write(answer);
    }
  }

  void health(HealthOperation.HealthReport report) throws EbException {
    if (!json) {
      return;
    }
    EnvironmentHealth health = report.environment();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("environment", health.environment());
    answer.put("status", health.status());
    answer.put("color", health.color());
    answer.put("healthStatus", health.healthStatus());
    answer.put("causes", health.causes());
    answer.put("requests", requests(health.requests()));
    answer.put("instanceCounts", health.instanceCounts());
    answer.put("refreshedAt", time(health.refreshedAt()));
    List<Map<String, Object>> instances = new ArrayList<>();
    for (InstanceHealth i : report.instances()) {
      Map<String, Object> instance = new LinkedHashMap<>();
      instance.put("id", i.instanceId());
      instance.put("healthStatus", i.healthStatus());
      instance.put("color", i.color());
      instance.put("causes", i.causes());
      instance.put("requests", requests(i.requests()));
      instance.put("loadAverage", i.loadAverage());
      instance.put("cpuIdle", i.cpuIdle());
      instance.put("versionLabel", i.versionLabel());
      instance.put("deploymentStatus", i.deploymentStatus());
      instance.put("availabilityZone", i.availabilityZone());
      instance.put("instanceType", i.instanceType());
      instance.put("launchedAt", time(i.launchedAt()));
      instances.add(instance);
    }
    answer.put("instances", instances);
    write(answer);
  }

  void events(String environment, List<EbEvent> events) throws EbException {
    if (!json) {
      return;
    }
    List<Map<String, Object>> list = new ArrayList<>();
    for (EbEvent e : events) {
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("time", time(e.time()));
      event.put("severity", e.severity());
      event.put("message", e.message());
      event.put("versionLabel", e.versionLabel());
      event.put("requestId", e.requestId());
      list.add(event);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("environment", environment);
    answer.put("events", list);
    write(answer);
  }

  void config(String environment, ConfigOperation.ConfigResult result) throws EbException {
    if (!json) {
      return;
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("environment", environment);
    Object settings = new Yaml().load(result.yaml());
    answer.put("settings", settings == null ? Map.of() : settings);
    if (result.differences() != null) {
      List<Map<String, Object>> differences = new ArrayList<>();
      for (ConfigOperation.Difference d : result.differences()) {
        Map<String, Object> difference = new LinkedHashMap<>();
        difference.put("namespace", d.namespace());
        difference.put("optionName", d.optionName());
        difference.put("resourceName", d.resourceName());
        difference.put("pom", d.pom());
        difference.put("environment", d.environment());
        differences.add(difference);
      }
      answer.put("differences", differences);
    }
    write(answer);
  }

  void printenv(String environment, Map<String, String> shown) throws EbException {
    if (json) {
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("environment", environment);
      answer.put("properties", shown);
      write(answer);
    }
  }

  void platforms(List<PlatformsOperation.PlatformRow> rows) throws EbException {
    if (!json) {
      return;
    }
    List<Map<String, Object>> platforms = new ArrayList<>();
    for (PlatformsOperation.PlatformRow row : rows) {
      Map<String, Object> platform = new LinkedHashMap<>();
      platform.put("platform", row.platform());
      platform.put("branchName", row.branchName());
      platform.put("state", row.state());
      platform.put("newestVersion", row.newestVersion());
      platform.put("family", row.family());
      platforms.add(platform);
    }
    write(Map.of("platforms", platforms));
  }

  void versions(String application, List<VersionsOperation.VersionRow> rows) throws EbException {
    if (!json) {
      return;
    }
    List<Map<String, Object>> versions = new ArrayList<>();
    for (VersionsOperation.VersionRow row : rows) {
      VersionInfo v = row.version();
      Map<String, Object> version = new LinkedHashMap<>();
      version.put("label", v.label());
      version.put("status", v.status());
      version.put("created", time(v.created()));
      version.put("description", v.description());
      version.put("bundle", row.bundle());
      version.put("runningIn", row.runningIn());
      versions.add(version);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("application", application);
    answer.put("versions", versions);
    write(answer);
  }

  /** {@code eb:deploy} and {@code eb:create}: the deployment record, as {@code deployment.json} holds it. */
  void deployment(DeploymentRecord record) throws EbException {
    if (json && record != null) {
      write(record);
    }
  }

  private static Map<String, Object> environment(EnvironmentState state) {
    Map<String, Object> environment = new LinkedHashMap<>();
    environment.put("environment", state.name());
    environment.put("id", state.id());
    environment.put("status", state.status());
    environment.put("health", state.health());
    environment.put("healthStatus", state.healthStatus());
    environment.put("versionLabel", state.versionLabel());
    environment.put("platform", state.platform());
    environment.put("cname", state.cname());
    environment.put("url", state.url());
    environment.put("updated", time(state.updated()));
    return environment;
  }

  private static Map<String, Object> requests(RequestMetrics m) {
    if (m == null) {
      return null;
    }
    Map<String, Object> requests = new LinkedHashMap<>();
    requests.put("count", m.requestCount());
    requests.put("durationSeconds", m.durationSeconds());
    requests.put("status2xx", m.status2xx());
    requests.put("status3xx", m.status3xx());
    requests.put("status4xx", m.status4xx());
    requests.put("status5xx", m.status5xx());
    requests.put("p99", m.p99());
    requests.put("p90", m.p90());
    requests.put("p50", m.p50());
    return requests;
  }

  private static String time(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  private void write(Object answer) throws EbException {
    try {
      reporter.document(Json.MAPPER.writeValueAsString(answer));
    } catch (JsonProcessingException e) {
      throw new EbException("Cannot write the answer as JSON: " + e.getOriginalMessage(), e);
    }
  }
}
