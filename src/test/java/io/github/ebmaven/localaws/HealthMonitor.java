package io.github.ebmaven.localaws;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Health as EB reports it: refreshed on a cadence ({@link Delays#healthRefresh()}, 10 s on EB),
 * so what DescribeEnvironments, DescribeEnvironmentHealth and DescribeInstancesHealth show is the
 * last refresh, not the present. Each refresh judges the environment (operation in progress, a
 * failed operation, a crashing version, a degrade fault) and publishes status, colour, causes and
 * the instance's deployment; a change writes EB's transition event, which belongs to no request.
 * With basic health (EB's API default) only the colour changes, announced as "Environment health
 * has been set to RED".
 */
final class HealthMonitor {
  private final EbEmulator eb;

  HealthMonitor(EbEmulator eb) {
    this.eb = eb;
  }

  /** One refresh of every live environment of every region; the caller holds the lock. */
  void refreshAll() {
    Instant now = eb.now();
    for (EbState state : eb.regions().values()) {
      for (EbState.Environment env : state.environments.values()) {
        if (env.live()) {
          refresh(state, env, now);
        }
      }
    }
  }

  /** Judges an environment now and publishes the result. */
  void refresh(EbState state, EbState.Environment env, Instant now) {
    String status = judge(env);
    List<String> causes = causes(env, status, now);
    String from = env.healthStatus;
    String fromColour = env.health;
    env.healthStatus = status;
    env.health = colour(status);
    env.causes = causes;
    env.refreshedAt = now;
    env.instanceReport = env.hasInstance ? new EbState.InstanceReport(status, colour(status), causes,
        env.deploymentLabel, env.deploymentId, env.lastDeploymentStatus, env.lastDeploymentTime) : null;
    if (eb.enhancedHealth(env)) {
      if (!status.equals(from)) {
        String detail = transitionDetail(env, status, causes, now);
        boolean worse = rank(status) >= 3 && rank(status) > rank(from);
        state.event(now, worse ? "WARN" : "INFO", "Environment health has transitioned from " + from + " to " + status
            + "." + (detail.isEmpty() ? "" : " " + detail), env.application, env.name, null, null);
      }
    } else if (!env.health.equals(fromColour) && !"Grey".equals(env.health)) {
      state.event(now, "Red".equals(env.health) ? "WARN" : "INFO", "Environment health has been set to "
          + env.health.toUpperCase(Locale.ROOT), env.application, env.name, null, null);
    }
  }

  /** Grey and no health status once terminated, as EB reports a terminated environment. */
  static void terminated(EbState.Environment env) {
    env.health = "Grey";
    env.healthStatus = null;
    env.causes = List.of();
    env.instanceReport = null;
  }

  private static String judge(EbState.Environment env) {
    if (!env.hasInstance) {
      return "Launching".equals(env.status) ? "Pending" : "NoData";
    }
    if ("Launching".equals(env.status)) {
      return "Pending";
    }
    if ("Updating".equals(env.status) && env.operation != null) {
      return "Info";
    }
    if (env.failedOperation != null || env.crashingSince != null) {
      return "Severe";
    }
    return env.degradedTo != null ? env.degradedTo : "Ok";
  }

  private static List<String> causes(EbState.Environment env, String status, Instant now) {
    switch (status) {
      case "Pending":
        return List.of("Initialization in progress (running for " + since(env.operationStarted, now) + ").");
      case "NoData":
        return List.of("None of the instances are sending data.");
      case "Info":
        return List.of(env.operation + " in progress on 1 instance. 0 out of 1 instance completed (running for "
            + since(env.operationStarted, now) + ").");
      case "Severe":
        if (env.failedOperation != null) {
          return failureCauses(env, now);
        }
        if (env.crashingSince != null) {
          return List.of("100.0 % of the requests are failing with HTTP 5xx.", "Process default has been unhealthy for "
              + since(env.crashingSince, now) + " (Target.FailedHealthChecks).");
        }
        return List.of("100.0 % of the requests are failing with HTTP 5xx.");
      case "Warning":
        return List.of("20.0 % of the requests are failing with HTTP 5xx.");
      case "Degraded":
        return List.of("55.0 % of the requests are failing with HTTP 5xx.");
      default:
        return List.of();
    }
  }

  private static List<String> failureCauses(EbState.Environment env, Instant now) {
    String failed = env.failedOperation + " failed " + since(env.operationEnded, now) + " ago and took "
        + between(env.operationStarted, env.operationEnded) + ".";
    if ("Application update".equals(env.failedOperation) || "Initialization".equals(env.failedOperation)) {
      return List.of(failed, "Incorrect application version found on all instances. Expected version \""
          + (env.versionLabel == null ? "Sample Application" : env.versionLabel) + "\" (deployment "
          + Math.max(1, env.deploymentId - 1) + ").");
    }
    return List.of(failed, "Command failed on all instances.");
  }

  private static String transitionDetail(EbState.Environment env, String status, List<String> causes, Instant now) {
    if ("Ok".equals(status) && env.operation != null && env.operationEnded != null) {
      return env.operation + " completed " + since(env.operationEnded, now) + " ago and took "
          + between(env.operationStarted, env.operationEnded) + ".";
    }
    return String.join(" ", causes);
  }

  static String colour(String healthStatus) {
    return switch (healthStatus == null ? "" : healthStatus) {
      case "Ok", "Info" -> "Green";
      case "Warning" -> "Yellow";
      case "Degraded", "Severe" -> "Red";
      default -> "Grey";
    };
  }

  private static int rank(String healthStatus) {
    return switch (healthStatus == null ? "" : healthStatus) {
      case "Ok" -> 1;
      case "Info" -> 2;
      case "Warning" -> 3;
      case "Degraded" -> 4;
      case "Severe" -> 5;
      default -> 0;
    };
  }

  private static String since(Instant start, Instant now) {
    return between(start, now);
  }

  /** A duration in EB's words: "1 second", "42 seconds", "3 minutes". */
  static String between(Instant start, Instant end) {
    long seconds = start == null || end == null ? 0 : Math.max(0, Duration.between(start, end).toSeconds());
    if (seconds >= 120) {
      return seconds / 60 + " minutes";
    }
    return seconds == 1 ? "1 second" : seconds + " seconds";
  }
}
