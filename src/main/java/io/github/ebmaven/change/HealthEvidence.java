package io.github.ebmaven.change;

import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.aws.Health.InstancesReading;
import io.github.ebmaven.aws.InstanceHealth;
import io.github.ebmaven.config.ConfigKey;
import io.github.ebmaven.config.Durations;
import io.github.ebmaven.report.Formats;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What Elastic Beanstalk's health checks say of a version after EB reported the change complete.
 * EB's completion event comes before its health checks have seen the new version, so a verdict
 * taken then judges the old health: a crashing application still gets "Environment update
 * completed successfully." and turns Severe a refresh later.
 *
 * <p>With enhanced health the evidence is instance health refreshed after the completion: two
 * refreshes in which every instance reports the expected version {@code Deployed} with an
 * accepted colour succeed; two in which one is Degraded or Severe fail, quoting the causes. With
 * basic health, which has no instance view and no refresh time, the environment's colour is read
 * once EB's refresh interval has passed since the completion. Either way, no evidence within
 * {@code eb.healthGrace} fails.
 */
final class HealthEvidence {

  /** How often EB refreshes health: enhanced health every 10 seconds; basic health checks as often at least. */
  static final Duration REFRESH = Duration.ofSeconds(10);
  private static final int REFRESHES = 2;

  private final String expectedLabel;
  private final Set<String> acceptedHealth;
  private final Duration grace;
  private final Instant completedAt;
  private final Instant seenAt;
  private final Set<Instant> healthyRefreshes = new HashSet<>();
  private final Set<Instant> unhealthyRefreshes = new HashSet<>();
  private Instant lastRefresh;
  private Instant lastRefreshSeenAt;
  private Duration refreshInterval;
  private Duration unchangedPause = Duration.ofMillis(500);
  private List<String> lastCauses = List.of();
  private String lastSummary = "no health reading yet";

  /**
   * @param completedAt when EB stamped the completion event (EB's clock, as health refresh times)
   * @param seenAt when the completion event was seen (this machine's clock, as reading times)
   */
  HealthEvidence(String expectedLabel, Set<String> acceptedHealth, Duration grace, Instant completedAt, Instant seenAt) {
    this.expectedLabel = expectedLabel;
    this.acceptedHealth = acceptedHealth;
    this.grace = grace;
    this.completedAt = completedAt;
    this.seenAt = seenAt;
  }

  /** What a reading decided: nothing yet, healthy enough, or unhealthy with reasons. */
  enum Finding {
    PENDING,
    HEALTHY,
    UNHEALTHY
  }

  /** An enhanced-health reading of every instance. */
  Finding onInstances(InstancesReading reading, Instant readAt) {
    Instant refreshed = reading.refreshedAt();
    if (refreshed != null && !refreshed.equals(lastRefresh)) {
      if (lastRefresh != null && refreshed.isAfter(lastRefresh)) {
        refreshInterval = Duration.between(lastRefresh, refreshed);
      }
      lastRefresh = refreshed;
      lastRefreshSeenAt = readAt;
      unchangedPause = Duration.ofMillis(500);
    }
    if (refreshed == null || !refreshed.isAfter(completedAt) || reading.instances().isEmpty()) {
      lastSummary = reading.instances().isEmpty() ? "no instance reports health yet" : "health not refreshed since the completion";
      return expired(readAt);
    }
    List<String> unhealthy = new ArrayList<>();
    List<String> causes = new ArrayList<>();
    boolean allGood = true;
    for (InstanceHealth instance : reading.instances()) {
      String colour = instance.color() == null ? "Grey" : instance.color();
      boolean bad = "Red".equalsIgnoreCase(colour) || "Degraded".equals(instance.healthStatus())
          || "Severe".equals(instance.healthStatus()) || "Failed".equals(instance.deploymentStatus());
      if (bad) {
        unhealthy.add(instance.instanceId() + " " + Formats.health(colour, instance.healthStatus()) + " running "
            + (instance.versionLabel() == null ? "no version" : instance.versionLabel()));
        instance.causes().forEach(cause -> causes.add(instance.instanceId() + ": " + cause));
      }
      allGood &= !bad && expectedLabel.equals(instance.versionLabel()) && "Deployed".equals(instance.deploymentStatus())
          && acceptedHealth.contains(colour.toLowerCase(java.util.Locale.ROOT));
    }
    lastCauses = causes;
    lastSummary = reading.instances().size() + " instance" + (reading.instances().size() == 1 ? "" : "s")
        + (unhealthy.isEmpty() ? "" : ", unhealthy: " + String.join("; ", unhealthy));
    if (!unhealthy.isEmpty()) {
      healthyRefreshes.clear();
      unhealthyRefreshes.add(refreshed);
      return unhealthyRefreshes.size() >= REFRESHES ? Finding.UNHEALTHY : expired(readAt);
    }
    unhealthyRefreshes.clear();
    if (allGood) {
      healthyRefreshes.add(refreshed);
      if (healthyRefreshes.size() >= REFRESHES) {
        return Finding.HEALTHY;
      }
    }
    return expired(readAt);
  }

  /** A basic-health reading of the environment: only its colour, once a refresh has passed. */
  Finding onBasicState(EnvironmentState state, Instant readAt) {
    lastSummary = "health " + Formats.health(state);
    if (readAt.isBefore(basicReadingDue())) {
      return Finding.PENDING;
    }
    if ("Red".equalsIgnoreCase(state.health())) {
      return Finding.UNHEALTHY;
    }
    if (state.health() != null && acceptedHealth.contains(state.health().toLowerCase(java.util.Locale.ROOT))) {
      return Finding.HEALTHY;
    }
    return expired(readAt);
  }

  /** When a basic-health reading can be trusted: one refresh after the completion, or the grace's end. */
  Instant basicReadingDue() {
    return seenAt.plus(REFRESH.compareTo(grace) < 0 ? REFRESH : grace);
  }

  /**
   * How long to wait before reading instance health again: just after the next refresh once two
   * refreshes told how often EB refreshes; until then, short pauses that double while nothing
   * changes (0.5 s, 1 s, 2 s, 4 s), so a fast refresh is caught quickly and a slow one cheaply.
   */
  Duration pause(Instant now) {
    if (refreshInterval == null || lastRefreshSeenAt == null) {
      Duration pause = unchangedPause;
      unchangedPause = clamp(unchangedPause.multipliedBy(2));
      return pause;
    }
    Duration untilNext = Duration.between(now, lastRefreshSeenAt.plus(refreshInterval)).plusMillis(150);
    return clamp(untilNext);
  }

  private static Duration clamp(Duration pause) {
    Duration fastest = Duration.ofMillis(200);
    Duration slowest = Duration.ofSeconds(5);
    return pause.compareTo(fastest) < 0 ? fastest : pause.compareTo(slowest) > 0 ? slowest : pause;
  }

  private Finding expired(Instant readAt) {
    return Duration.between(seenAt, readAt).compareTo(grace) >= 0 ? Finding.UNHEALTHY : Finding.PENDING;
  }

  /** Whether the grace ran out before any decisive reading. */
  boolean graceOver(Instant now) {
    return Duration.between(seenAt, now).compareTo(grace) >= 0;
  }

  /** The failure's headline for the reasons. */
  String unhealthyHeadline(String environment, Instant now) {
    if (graceOver(now) && unhealthyRefreshes.size() < REFRESHES) {
      return "Elastic Beanstalk reported the change complete, but its health checks did not find " + expectedLabel
          + " healthy on " + environment + " within " + Durations.describe(grace) + " (" + ConfigKey.HEALTH_GRACE.mention()
          + "): " + lastSummary + ".";
    }
    return "Elastic Beanstalk reported the change complete, then its health checks found " + environment + " unhealthy: "
        + lastSummary + ".";
  }

  List<String> causes() {
    return lastCauses;
  }
}
