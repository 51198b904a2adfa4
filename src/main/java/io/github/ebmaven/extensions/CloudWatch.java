package io.github.ebmaven.extensions;

import java.util.Set;

/**
 * CloudWatch for the environment: instance metrics the EB platform does not publish (memory and
 * disk use, through the CloudWatch agent), an alarm on memory, and EB's log and health streaming.
 *
 * @param metrics {@code memory}, {@code disk}: what the CloudWatch agent publishes; never null
 * @param memoryAlarmPercent memory use (percent) above which an alarm fires, or null for no alarm
 * @param alarmTopicArn SNS topic the alarm notifies, or null
 * @param streamLogs {@code aws:elasticbeanstalk:cloudwatch:logs StreamLogs}, or null
 * @param logRetentionDays {@code RetentionInDays} of the streamed logs, or null
 * @param deleteLogsOnTerminate {@code DeleteOnTerminate} of the streamed logs, or null
 * @param streamHealth {@code aws:elasticbeanstalk:cloudwatch:logs:health HealthStreamingEnabled}, or null
 */
public record CloudWatch(
    Set<String> metrics,
    Integer memoryAlarmPercent,
    String alarmTopicArn,
    Boolean streamLogs,
    Integer logRetentionDays,
    Boolean deleteLogsOnTerminate,
    Boolean streamHealth) {

  /** The metrics the CloudWatch agent can publish for the plugin. */
  public static final Set<String> METRICS = Set.of("memory", "disk");

  public CloudWatch {
    metrics = metrics == null ? Set.of() : Set.copyOf(metrics);
  }
}
