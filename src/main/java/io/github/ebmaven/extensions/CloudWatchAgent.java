package io.github.ebmaven.extensions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CloudWatch agent as AWS's guide for Amazon Linux 2 and later platforms sets it up from
 * {@code .ebextensions} (the agent ships with the platform): an agent configuration written by
 * {@code files} and appended by a container command, so EB's own log streaming configuration
 * stays. Metrics go to the {@code CWAgent} namespace with the Auto Scaling group and instance as
 * dimensions, and are also aggregated per Auto Scaling group for the alarm.
 */
final class CloudWatchAgent {

  static final String CONFIG_PATH = "/opt/aws/amazon-cloudwatch-agent/bin/config.json";
  static final String COMMAND_NAME = "eb_maven_plugin_cloudwatch_agent";
  static final String ALARM = "EbMavenPluginMemoryAlarm";
  static final String NAMESPACE = "CWAgent";

  private CloudWatchAgent() {}

  static ExtensionFile configFile(CloudWatch cloudWatch) {
    List<String> collected = new ArrayList<>();
    if (cloudWatch.metrics().contains("memory")) {
      collected.add("      \"mem\": {\n        \"measurement\": [\"mem_used_percent\"]\n      }");
    }
    if (cloudWatch.metrics().contains("disk")) {
      collected.add("      \"disk\": {\n        \"measurement\": [\"used_percent\"],\n        \"resources\": [\"/\"]\n      }");
    }
    String json =
        "{\n"
            + "  \"agent\": {\n"
            + "    \"metrics_collection_interval\": 60,\n"
            + "    \"run_as_user\": \"root\"\n"
            + "  },\n"
            + "  \"metrics\": {\n"
            + "    \"namespace\": \"" + NAMESPACE + "\",\n"
            + "    \"append_dimensions\": {\n"
            + "      \"AutoScalingGroupName\": \"${aws:AutoScalingGroupName}\",\n"
            + "      \"InstanceId\": \"${aws:InstanceId}\"\n"
            + "    },\n"
            + "    \"aggregation_dimensions\": [[\"AutoScalingGroupName\"]],\n"
            + "    \"metrics_collected\": {\n"
            + String.join(",\n", collected) + "\n"
            + "    }\n"
            + "  }\n"
            + "}\n";
    return new ExtensionFile(CONFIG_PATH, json, "000600", "root", "root");
  }

  static ContainerCommand startCommand() {
    return new ContainerCommand(
        COMMAND_NAME,
        "/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a append-config -m ec2 -s -c file:" + CONFIG_PATH);
  }

  /** An alarm on the highest memory use among the environment's instances, over two 5-minute periods. */
  static Map<String, Object> memoryAlarm(CloudWatch cloudWatch) {
    Map<String, Object> dimension = new LinkedHashMap<>();
    dimension.put("Name", "AutoScalingGroupName");
    dimension.put("Value", Map.of("Ref", ResourcesBuilder.AUTO_SCALING_GROUP));
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("AlarmDescription", "Memory use of an instance of the environment above " + cloudWatch.memoryAlarmPercent() + " percent (eb-maven-plugin)");
    properties.put("Namespace", NAMESPACE);
    properties.put("MetricName", "mem_used_percent");
    properties.put("Dimensions", List.of(dimension));
    properties.put("Statistic", "Maximum");
    properties.put("Period", 300);
    properties.put("EvaluationPeriods", 2);
    properties.put("Threshold", cloudWatch.memoryAlarmPercent());
    properties.put("ComparisonOperator", "GreaterThanThreshold");
    properties.put("TreatMissingData", "missing");
    if (cloudWatch.alarmTopicArn() != null) {
      properties.put("AlarmActions", List.of(cloudWatch.alarmTopicArn()));
      properties.put("OKActions", List.of(cloudWatch.alarmTopicArn()));
    }
    Map<String, Object> resources = new LinkedHashMap<>();
    resources.put(ALARM, ResourcesBuilder.resource("AWS::CloudWatch::Alarm", properties));
    return resources;
  }
}
