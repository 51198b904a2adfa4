package io.github.ebmaven.environment;

import io.github.ebmaven.aws.AwsCallException;
import io.github.ebmaven.aws.EnvironmentHealth;
import io.github.ebmaven.aws.InstanceHealth;
import io.github.ebmaven.aws.RequestMetrics;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Formats;
import io.github.ebmaven.report.Mention;
import io.github.ebmaven.report.Reporter;
import io.github.ebmaven.report.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code eb:health}: enhanced health of the environment and of each instance (causes, requests,
 * latency, load), as {@code eb health} shows it, in one table.
 */
public final class HealthOperation {

  /** What one look at the environment's health found. */
  public record HealthReport(EnvironmentHealth environment, List<InstanceHealth> instances) {}

  private final Services services;

  public HealthOperation(Services services) {
    this.services = services;
  }

  public HealthReport health(String application, String environment) throws EbException {
    services.eb().environments().require(application, environment);
    EnvironmentHealth health;
    List<InstanceHealth> instances;
    try {
      health = services.eb().health().environment(environment);
      instances = services.eb().health().instances(environment);
    } catch (AwsCallException e) {
      if (e.awsMessage() != null
          && (e.awsMessage().contains("is not supported") || e.awsMessage().contains("Enhanced health reporting is not enabled"))) {
        throw new EbException(
            "Environment " + environment + " has basic health reporting only, so there is no enhanced health to show ("
                + e.awsMessage() + "). Enable it with the option aws:elasticbeanstalk:healthreporting:system"
                + " SystemType=enhanced (eb:create sets it on new environments), or use " + Mention.goal("status") + " for the basic colour.",
            e);
      }
      throw e;
    }
    Reporter out = services.reporter();
    out.result("Environment " + environment + ": " + health.status() + ", health "
        + Formats.health(health.color(), health.healthStatus()) + " (refreshed " + Formats.time(health.refreshedAt()) + ")");
    health.causes().forEach(cause -> out.result("  cause: " + cause));
    out.result("Requests: " + requests(health.requests()));
    out.result("Instances: " + counts(health.instanceCounts()));
    if (!instances.isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      for (InstanceHealth i : instances) {
        RequestMetrics m = i.requests();
        rows.add(List.of(
            i.instanceId(),
            Formats.health(i.color(), i.healthStatus()),
            m == null ? "-" : Formats.number(m.requestCount()),
            m == null ? "-" : Formats.number(m.status2xx()),
            m == null ? "-" : Formats.number(m.status4xx()),
            m == null ? "-" : Formats.number(m.status5xx()),
            m == null ? "-" : Formats.seconds(m.p99()),
            m == null ? "-" : Formats.seconds(m.p50()),
            i.loadAverage().isEmpty() ? "-" : i.loadAverage().stream().map(Formats::decimal).collect(Collectors.joining(" ")),
            i.cpuIdle() == null ? "-" : Formats.decimal(i.cpuIdle()) + " %",
            orDash(i.versionLabel()),
            orDash(i.availabilityZone()),
            orDash(i.instanceType())));
      }
      out.result("");
      List<String> lines = Table.render(
          List.of("instance", "health", "requests", "2xx", "4xx", "5xx", "p99", "p50", "load 1/5/15m", "cpu idle",
              "version", "zone", "type"),
          rows);
      out.result(lines.get(0));
      for (int r = 0; r < instances.size(); r++) {
        out.result(lines.get(r + 1));
        instances.get(r).causes().forEach(cause -> out.result("  cause: " + cause));
      }
    }
    return new HealthReport(health, instances);
  }

  private static String requests(RequestMetrics m) {
    if (m == null) {
      return "no data yet";
    }
    return Formats.number(m.requestCount()) + " in the last " + Formats.number(m.durationSeconds()) + " s (2xx "
        + Formats.number(m.status2xx()) + ", 3xx " + Formats.number(m.status3xx()) + ", 4xx " + Formats.number(m.status4xx())
        + ", 5xx " + Formats.number(m.status5xx()) + "); latency p99 " + Formats.seconds(m.p99()) + ", p90 "
        + Formats.seconds(m.p90()) + ", p50 " + Formats.seconds(m.p50());
  }

  private static String counts(Map<String, Integer> counts) {
    String text = counts.entrySet().stream()
        .filter(e -> e.getValue() != null && e.getValue() > 0)
        .map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", "));
    return text.isEmpty() ? "none reporting" : text;
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? "-" : s;
  }
}
