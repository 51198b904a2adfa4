package io.github.ebmaven.localaws;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Events, health, resources and logs: what a deploy tool reads while it waits. */
final class InsightActions {
  private static final List<String> SEVERITIES = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL");

  private final EbEmulator eb;

  InsightActions(EbEmulator eb) {
    this.eb = eb;
  }

  void register(Map<String, EbEmulator.Action> actions) {
    actions.put("DescribeEvents", this::describeEvents);
    actions.put("DescribeEnvironmentHealth", this::environmentHealth);
    actions.put("DescribeInstancesHealth", this::instancesHealth);
    actions.put("DescribeEnvironmentResources", this::resources);
    actions.put("RequestEnvironmentInfo", this::requestInfo);
    actions.put("RetrieveEnvironmentInfo", this::retrieveInfo);
  }

  private Object describeEvents(EbEmulator.Call c) {
    Params p = c.params();
    String app = p.str("ApplicationName");
    String version = p.str("VersionLabel");
    String env = p.str("EnvironmentName");
    String envId = p.str("EnvironmentId");
    String envName = env;
    if (envId != null) {
      EbState.Environment e = c.state().environments.get(envId);
      envName = e == null ? "\u0000none" : e.name;
    }
    String requestId = p.str("RequestId");
    String severity = p.str("Severity");
    int minSeverity = severity == null ? 0 : SEVERITIES.indexOf(severity);
    Instant start = p.instant("StartTime");
    Instant end = p.instant("EndTime");
    List<Object> matching = new ArrayList<>();
    List<EbState.Event> events = c.state().events;
    for (int i = events.size() - 1; i >= 0; i--) {
      EbState.Event ev = events.get(i);
      if ((app != null && !app.equals(ev.application())) || (version != null && !version.equals(ev.versionLabel()))
          || (envName != null && !envName.equals(ev.environment()))
          || (requestId != null && !requestId.equals(ev.requestId()))
          || SEVERITIES.indexOf(ev.severity()) < minSeverity
          || (start != null && ev.date().isBefore(start)) || (end != null && !ev.date().isBefore(end))) {
        continue;
      }
      matching.add(Views.event(ev));
    }
    Map<String, Object> out = Views.ordered();
    List<Object> page = Views.page(matching, p.integer("MaxRecords"), p.str("NextToken"), 1000, out);
    Map<String, Object> result = Xml.obj("Events", page);
    result.putAll(out);
    return result;
  }

  private EbState.Environment environment(EbEmulator.Call c) {
    return c.state().environment(c.params().str("EnvironmentId"), c.params().str("EnvironmentName"));
  }

  private void requireEnhancedHealth(EbState.Environment env) {
    if ("basic".equals(env.apiSettings.get(OptionKey.of("aws:elasticbeanstalk:healthreporting:system", "SystemType")))) {
      throw new EbError("InvalidRequestException", 400, "Enhanced health reporting is not enabled for environment "
          + env.name + ".");
    }
  }

  private Object environmentHealth(EbEmulator.Call c) {
    EbState.Environment env = environment(c);
    requireEnhancedHealth(env);
    List<String> wanted = c.params().strings("AttributeNames");
    boolean all = wanted.isEmpty() || wanted.contains("All");
    String status = env.healthStatus == null ? "Unknown" : env.healthStatus;
    Map<String, Object> counts = Xml.obj("NoData", 0, "Unknown", 0, "Pending", 0, "Ok", 0, "Info", 0, "Warning", 0,
        "Degraded", 0, "Severe", 0);
    if (env.live() && !"Terminating".equals(env.status)) {
      counts.put(status, 1);
    }
    Map<String, Object> result = Xml.obj("EnvironmentName", env.name);
    put(result, all || wanted.contains("HealthStatus"), "HealthStatus", status);
    // EB's Status here is the environment's status (Ready, Updating, ...); Color is the colour.
    put(result, all || wanted.contains("Status"), "Status", env.status);
    put(result, all || wanted.contains("Color"), "Color", env.health);
    put(result, all || wanted.contains("Causes"), "Causes", EnvironmentActions.causes(env));
    put(result, all || wanted.contains("ApplicationMetrics"), "ApplicationMetrics", applicationMetrics(env));
    put(result, all || wanted.contains("InstancesHealth"), "InstancesHealth", counts);
    put(result, all || wanted.contains("RefreshedAt"), "RefreshedAt", c.now());
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

  private Object instancesHealth(EbEmulator.Call c) {
    EbState.Environment env = environment(c);
    requireEnhancedHealth(env);
    List<Object> instances = new ArrayList<>();
    if (env.live() && !"Terminating".equals(env.status)) {
      instances.add(Xml.obj("InstanceId", env.instanceId, "HealthStatus", env.healthStatus, "Color", env.health,
          "Causes", EnvironmentActions.causes(env), "LaunchedAt", env.created,
          "ApplicationMetrics", applicationMetrics(env),
          "Deployment", env.lastDeploymentTime == null ? null : Xml.obj("VersionLabel", env.versionLabel,
              "DeploymentId", env.deploymentId, "Status", env.lastDeploymentStatus, "DeploymentTime",
              env.lastDeploymentTime),
          "System", systemStatus(env),
          "AvailabilityZone", c.state().region + "a", "InstanceType", "t3.micro"));
    }
    return Xml.obj("InstanceHealthList", instances, "RefreshedAt", c.now());
  }

  /** CPU and load of the one instance: busier the worse its health. */
  private static Map<String, Object> systemStatus(EbState.Environment env) {
    double busy = switch (env.healthStatus == null ? "" : env.healthStatus) {
      case "Warning" -> 0.5;
      case "Degraded" -> 0.8;
      case "Severe" -> 1.0;
      default -> 0.1;
    };
    return Xml.obj("CPUUtilization", Xml.obj("User", 100 * busy * 0.8, "Nice", 0.0, "System", 100 * busy * 0.2,
            "Idle", 100 * (1 - busy), "IOWait", 0.0, "IRQ", 0.0, "SoftIRQ", 0.0),
        "LoadAverage", List.of(busy * 1.2, busy * 0.8, busy * 0.5));
  }

  private Object resources(EbEmulator.Call c) {
    EbState.Environment env = environment(c);
    boolean running = env.live() && !"Terminating".equals(env.status);
    String stack = "awseb-" + env.id + "-stack";
    return Xml.obj("EnvironmentResources", Xml.obj("EnvironmentName", env.name,
        "AutoScalingGroups", running ? List.of(Xml.obj("Name", stack + "-AWSEBAutoScalingGroup")) : List.of(),
        "Instances", running ? List.of(Xml.obj("Id", env.instanceId)) : List.of(),
        "LaunchConfigurations", List.of(),
        "LaunchTemplates", running ? List.of(Xml.obj("Id", "lt-0" + env.id.substring(2))) : List.of(),
        "LoadBalancers", running && env.cname != null
            ? List.of(Xml.obj("Name", "arn:aws:elasticloadbalancing:" + c.state().region + ":" + c.state().accountId
                + ":loadbalancer/app/awseb-AWSEB-" + env.id.substring(2) + "/" + env.id.substring(2)))
            : List.of(),
        "Triggers", List.of(), "Queues", List.of()));
  }

  private Object requestInfo(EbEmulator.Call c) {
    EbState state = c.state();
    EbState.Environment env = environment(c);
    if (!"Ready".equals(env.status)) {
      throw EbError.invalidState(env.name, "Ready");
    }
    String infoType = c.params().str("InfoType");
    String bucket = state.storageBucket();
    eb.s3.ensureBucket(bucket);
    state.storageBuckets.add(bucket);
    String log = logText(state, env);
    boolean tail = "tail".equals(infoType);
    String key = "resources/environments/logs/" + infoType + "/" + env.id + "/" + env.instanceId + "/"
        + c.now().toEpochMilli() + (tail ? ".txt" : ".zip");
    byte[] content = tail ? log.getBytes(StandardCharsets.UTF_8) : zipOf(log);
    eb.s3.write(bucket, key, content, tail ? "text/plain" : "application/zip");
    env.infoSamples.add(Xml.obj("InfoType", infoType, "Ec2InstanceId", env.instanceId, "SampleTimestamp", c.now(),
        "Bucket", bucket, "Key", key));
    state.event(c.now(), "INFO", "requestEnvironmentInfo is starting.", env.application, env.name, null, c.requestId());
    state.event(c.now(), "INFO", "requestEnvironmentInfo completed successfully.", env.application, env.name, null,
        c.requestId());
    return null;
  }

  private static String logText(EbState state, EbState.Environment env) {
    StringBuilder sb = new StringBuilder("----------------------------------------\n/var/log/eb-engine.log\n")
        .append("----------------------------------------\n");
    for (EbState.Event ev : state.events) {
      if (env.name.equals(ev.environment())) {
        sb.append(ev.date()).append(' ').append('[').append(ev.severity()).append("] ").append(ev.message()).append('\n');
      }
    }
    return sb.toString();
  }

  private static byte[] zipOf(String log) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
        zip.putNextEntry(new ZipEntry("var/log/eb-engine.log"));
        zip.write(log.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Object retrieveInfo(EbEmulator.Call c) {
    EbState.Environment env = environment(c);
    String infoType = c.params().str("InfoType");
    List<Object> out = new ArrayList<>();
    for (Map<String, Object> sample : env.infoSamples) {
      if (infoType.equals(sample.get("InfoType"))) {
        String url = eb.s3.presignedGet(eb.publicEndpoint(), c.state().region, (String) sample.get("Bucket"),
            (String) sample.get("Key"), Duration.ofMinutes(15));
        out.add(Xml.obj("InfoType", infoType, "Ec2InstanceId", sample.get("Ec2InstanceId"), "SampleTimestamp",
            sample.get("SampleTimestamp"), "Message", url));
      }
    }
    return Xml.obj("EnvironmentInfo", out);
  }
}
