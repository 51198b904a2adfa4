package io.github.ebmaven.localaws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * DescribeEnvironmentHealth and DescribeInstancesHealth: what the last health refresh found
 * ({@link HealthMonitor}). Both exist only with enhanced health; with basic health EB answers
 * {@code InvalidRequestException} "DescribeEnvironmentHealth is not supported." (the text the EB
 * CLI checks for).
 */
final class HealthActions {
  private final EbEmulator eb;

  HealthActions(EbEmulator eb) {
    this.eb = eb;
  }

  void register(Map<String, EbEmulator.Action> actions) {
    actions.put("DescribeEnvironmentHealth", this::environmentHealth);
    actions.put("DescribeInstancesHealth", this::instancesHealth);
  }

  private EbState.Environment enhanced(EbEmulator.Call c, String action) {
    EbState.Environment env = c.state().environment(c.params().str("EnvironmentId"), c.params().str("EnvironmentName"));
    if (!eb.enhancedHealth(env)) {
      throw new EbError("InvalidRequestException", 400, action + " is not supported.");
    }
    return env;
  }

  private Object environmentHealth(EbEmulator.Call c) {
    EbState.Environment env = enhanced(c, "DescribeEnvironmentHealth");
    List<String> wanted = c.params().strings("AttributeNames");
    boolean all = wanted.contains("All");
    String status = env.healthStatus == null ? "Unknown" : env.healthStatus;
    Map<String, Object> counts = Xml.obj("NoData", 0, "Unknown", 0, "Pending", 0, "Ok", 0, "Info", 0, "Warning", 0,
        "Degraded", 0, "Severe", 0);
    if (env.instanceReport != null) {
      counts.put(env.instanceReport.healthStatus(), 1);
    }
    Map<String, Object> result = Xml.obj("EnvironmentName", env.name);
    put(result, all || wanted.contains("HealthStatus"), "HealthStatus", status);
    // EB's Status here is the environment's status (Ready, Updating, ...); Color is the colour.
    put(result, all || wanted.contains("Status"), "Status", env.status);
    put(result, all || wanted.contains("Color"), "Color", env.health);
    put(result, all || wanted.contains("Causes"), "Causes", env.causes);
    put(result, all || wanted.contains("ApplicationMetrics"), "ApplicationMetrics", applicationMetrics(env));
    put(result, all || wanted.contains("InstancesHealth"), "InstancesHealth", counts);
    put(result, all || wanted.contains("RefreshedAt"), "RefreshedAt", env.refreshedAt == null ? env.created
        : env.refreshedAt);
    return result;
  }

  private static void put(Map<String, Object> map, boolean wanted, String key, Object value) {
    if (wanted) {
      map.put(key, value);
    }
  }

  private static Map<String, Object> applicationMetrics(EbState.Environment env) {
    int failing = switch (env.healthStatus == null ? "" : env.healthStatus) {
      case "Warning" -> 20;
      case "Degraded" -> 55;
      case "Severe" -> 100;
      default -> 0;
    };
    return Xml.obj("Duration", 10, "RequestCount", 100, "StatusCodes",
        Xml.obj("Status2xx", 100 - failing, "Status3xx", 0, "Status4xx", 0, "Status5xx", failing),
        "Latency", Xml.obj("P999", 0.9, "P99", 0.5, "P95", 0.2, "P90", 0.1, "P85", 0.08, "P75", 0.05, "P50", 0.02,
            "P10", 0.005));
  }

  /** Instance entries carry the attributes asked for ({@code All} for every one); without any, only the id. */
  private Object instancesHealth(EbEmulator.Call c) {
    EbState.Environment env = enhanced(c, "DescribeInstancesHealth");
    List<String> wanted = c.params().strings("AttributeNames");
    boolean all = wanted.contains("All");
    List<Object> instances = new ArrayList<>();
    EbState.InstanceReport report = env.instanceReport;
    if (report != null && env.running()) {
      Map<String, Object> instance = Xml.obj("InstanceId", env.instanceId);
      put(instance, all || wanted.contains("HealthStatus"), "HealthStatus", report.healthStatus());
      put(instance, all || wanted.contains("Color"), "Color", report.colour());
      put(instance, all || wanted.contains("Causes"), "Causes", report.causes());
      put(instance, all || wanted.contains("LaunchedAt"), "LaunchedAt", env.created);
      put(instance, all || wanted.contains("ApplicationMetrics"), "ApplicationMetrics", applicationMetrics(env));
      if (report.deploymentTime() != null) {
        put(instance, all || wanted.contains("Deployment"), "Deployment", Xml.obj("VersionLabel",
            report.deploymentLabel(), "DeploymentId", report.deploymentId(), "Status", report.deploymentStatus(),
            "DeploymentTime", report.deploymentTime()));
      }
      put(instance, all || wanted.contains("System"), "System", systemStatus(report.healthStatus()));
      put(instance, all || wanted.contains("AvailabilityZone"), "AvailabilityZone", c.state().region + "a");
      put(instance, all || wanted.contains("InstanceType"), "InstanceType", "t3.micro");
      instances.add(instance);
    }
    Map<String, Object> result = Xml.obj("InstanceHealthList", instances);
    put(result, all || wanted.contains("RefreshedAt"), "RefreshedAt", env.refreshedAt == null ? env.created
        : env.refreshedAt);
    return result;
  }

  /** CPU and load of the one instance: busier the worse its health. */
  private static Map<String, Object> systemStatus(String healthStatus) {
    double busy = switch (healthStatus == null ? "" : healthStatus) {
      case "Warning" -> 0.5;
      case "Degraded" -> 0.8;
      case "Severe" -> 1.0;
      default -> 0.1;
    };
    return Xml.obj("CPUUtilization", Xml.obj("User", 100 * busy * 0.8, "Nice", 0.0, "System", 100 * busy * 0.2,
            "Idle", 100 * (1 - busy), "IOWait", 0.0, "IRQ", 0.0, "SoftIRQ", 0.0),
        "LoadAverage", List.of(busy * 1.2, busy * 0.8, busy * 0.5));
  }
}
