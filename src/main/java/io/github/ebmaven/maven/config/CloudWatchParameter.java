package io.github.ebmaven.maven.config;

import io.github.ebmaven.extensions.CloudWatch;
import io.github.ebmaven.report.EbException;
import java.util.LinkedHashSet;

/**
 * {@code <cloudWatch>}: the metrics the CloudWatch agent publishes ({@code memory}, {@code disk}),
 * a memory alarm and its SNS topic, and EB's log and health streaming.
 */
public class CloudWatchParameter {
  private String metrics;
  private String memoryAlarmPercent;
  private String alarmTopicArn;
  private String streamLogs;
  private String logRetentionDays;
  private String deleteLogsOnTerminate;
  private String streamHealth;

  public CloudWatchParameter() {}

  public CloudWatch toCloudWatch() throws EbException {
    return new CloudWatch(
        new LinkedHashSet<>(Values.list(metrics)),
        Values.integer(memoryAlarmPercent, "<cloudWatch><memoryAlarmPercent>", "90"),
        Values.text(alarmTopicArn),
        Values.flag(streamLogs, "<cloudWatch><streamLogs>"),
        Values.integer(logRetentionDays, "<cloudWatch><logRetentionDays>", "30"),
        Values.flag(deleteLogsOnTerminate, "<cloudWatch><deleteLogsOnTerminate>"),
        Values.flag(streamHealth, "<cloudWatch><streamHealth>"));
  }
}
