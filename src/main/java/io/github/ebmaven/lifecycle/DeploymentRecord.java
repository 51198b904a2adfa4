package io.github.ebmaven.lifecycle;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.ebmaven.aws.CallCounter;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Formats;
import io.github.ebmaven.report.Mention;
import io.github.ebmaven.report.SecretMasker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code target/eb/deployment.json}: what a deploy or create did, for pipelines to read. Every text
 * field passes through the secret masker before it is written.
 *
 * @param status SUCCEEDED, FAILED, TIMED_OUT, or REQUESTED when {@code eb.wait=false}
 * @param version CREATED when this run created the application version, REUSED otherwise
 * @param ebCalls the requests the goal sent to Elastic Beanstalk and S3, retries included
 * @param awsRequests the requests the goal sent, by service ({@code elasticbeanstalk}, {@code s3},
 *     {@code iam}, {@code sts})
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({
  "goal", "application", "environment", "versionLabel", "bundleSha256", "bytesUploaded", "version",
  "status", "environmentStatus", "health", "url", "startedAt", "endedAt", "ebCalls", "awsRequests", "reasons", "events"
})
public record DeploymentRecord(
    String goal,
    String application,
    String environment,
    String versionLabel,
    String bundleSha256,
    long bytesUploaded,
    String version,
    String status,
    String environmentStatus,
    String health,
    String url,
    String startedAt,
    String endedAt,
    int ebCalls,
    Map<String, Integer> awsRequests,
    List<String> reasons,
    List<String> events) {

  public static final String FILE_NAME = "deployment.json";

  static DeploymentRecord of(
      String goal,
      String application,
      String environment,
      VersionPublisher.Published version,
      String bundleSha256,
      String status,
      io.github.ebmaven.aws.EnvironmentState state,
      java.time.Instant started,
      java.time.Instant ended,
      CallCounter calls,
      List<String> reasons,
      List<String> events) {
    return new DeploymentRecord(
        goal,
        application,
        environment,
        version.label(),
        bundleSha256,
        version.bytesUploaded(),
        version.versionCreated() ? "CREATED" : "REUSED",
        status,
        state == null ? null : state.status(),
        state == null ? null : Formats.health(state),
        state == null ? null : state.url(),
        started.toString(),
        ended.toString(),
        calls.total(CallCounter.ELASTIC_BEANSTALK, CallCounter.S3),
        calls.byService(),
        reasons,
        events);
  }

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public void write(Path file, SecretMasker masker) throws EbException {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, masker.mask(Mention.render(JSON.writeValueAsString(this), Mention.PLAIN)) + "\n");
    } catch (IOException e) {
      throw new EbException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
