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

  private Object resources(EbEmulator.Call c) {
    EbState.Environment env = environment(c);
    boolean running = env.running() && env.hasInstance;
    String stack = "awseb-" + env.id + "-stack";
    String loadBalancerType = eb.effectiveSettings(env).get(OptionKey.of("aws:elasticbeanstalk:environment",
        "LoadBalancerType"));
    String loadBalancer = "classic".equals(loadBalancerType) ? "awseb-" + env.id.substring(2, 7) + "-AWSEBLoa-"
        + env.id.substring(2).toUpperCase(java.util.Locale.ROOT)
        : "arn:aws:elasticloadbalancing:" + c.state().region + ":" + c.state().accountId + ":loadbalancer/app/awseb-AWSEB-"
            + env.id.substring(2) + "/" + env.id.substring(2);
    return Xml.obj("EnvironmentResources", Xml.obj("EnvironmentName", env.name,
        "AutoScalingGroups", running ? List.of(Xml.obj("Name", stack + "-AWSEBAutoScalingGroup")) : List.of(),
        "Instances", running ? List.of(Xml.obj("Id", env.instanceId)) : List.of(),
        "LaunchConfigurations", running && !env.launchTemplate
            ? List.of(Xml.obj("Name", stack + "-AWSEBAutoScalingLaunchConfiguration")) : List.of(),
        "LaunchTemplates", running && env.launchTemplate ? List.of(Xml.obj("Id", "lt-0" + env.id.substring(2)))
            : List.of(),
        "LoadBalancers", running && env.cname != null ? List.of(Xml.obj("Name", loadBalancer)) : List.of(),
        "Triggers", List.of(), "Queues", List.of()));
  }

  /**
   * Logs are pulled from the instance a little later, as on EB: "requestEnvironmentInfo is
   * starting.", then the instance's "Successfully finished tailing/bundling N log(s)" (from then
   * on RetrieveEnvironmentInfo lists the sample), then "Pulled logs for environment instances."
   */
  private Object requestInfo(EbEmulator.Call c) {
    EbState state = c.state();
    EbState.Environment env = environment(c);
    if (!"Ready".equals(env.status)) {
      throw EbError.invalidState(env.name, "Ready");
    }
    String infoType = c.params().str("InfoType");
    String rid = c.requestId();
    state.event(c.now(), "INFO", "requestEnvironmentInfo is starting.", env.application, env.name, null, rid);
    eb.schedule(eb.delays.eventSpacing(), () -> {
      if (!env.running() || !env.hasInstance) {
        return;
      }
      String bucket = state.storageBucket();
      eb.s3.ensureBucket(bucket);
      state.storageBuckets.add(bucket);
      String log = logText(state, env);
      boolean tail = "tail".equals(infoType);
      String key = "resources/environments/logs/" + infoType + "/" + env.id + "/" + env.instanceId + "/"
          + eb.now().toEpochMilli() + (tail ? ".txt" : ".zip");
      byte[] content = tail ? log.getBytes(StandardCharsets.UTF_8) : zipOf(log);
      eb.s3.write(bucket, key, content, tail ? "text/plain" : "application/zip");
      env.infoSamples.add(Xml.obj("InfoType", infoType, "Ec2InstanceId", env.instanceId, "SampleTimestamp", eb.now(),
          "Bucket", bucket, "Key", key));
      state.event(eb.now(), "INFO", "[Instance: " + env.instanceId + "] Successfully finished "
          + (tail ? "tailing" : "bundling") + " 1 log(s)", env.application, env.name, null, rid);
      eb.schedule(eb.delays.eventSpacing(), () -> state.event(eb.now(), "INFO",
          "Pulled logs for environment instances.", env.application, env.name, null, rid));
    });
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
