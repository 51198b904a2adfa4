package io.github.ebmaven.localaws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.elasticbeanstalk.ElasticBeanstalkClient;
import software.amazon.awssdk.services.elasticbeanstalk.model.ElasticBeanstalkException;
import software.amazon.awssdk.services.s3.S3Client;

/** Each fault, from Java and from the HTTP control path, and the introspection endpoints. */
class FaultsAndControlPathTest {
  private LocalAws aws;
  private ElasticBeanstalkClient eb;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    aws = LocalAws.start(LocalAwsOptions.defaults());
    eb = TestClients.ebNoRetry(aws);
  }

  @AfterEach
  void stop() {
    eb.close();
    aws.close();
  }

  private HttpResponse<String> control(String method, String path, String json) throws IOException,
      InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(aws.endpoint() + "/_localaws/" + path));
    b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void throttlesTheNextCallsWithEbsError() {
    aws.faults().throttleNextCalls(2, "DescribeApplications");
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> eb.describeApplications()).isInstanceOfSatisfying(ElasticBeanstalkException.class, e -> {
        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("Throttling");
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Rate exceeded");
      });
    }
    eb.describeApplications();
    eb.describeEnvironments();
    assertThat(aws.calls().count("DescribeApplications")).isEqualTo(3);
  }

  @Test
  void throttlesAboveARate() {
    aws.faults().throttleAbove(3, "DescribeEvents");
    int throttled = 0;
    for (int i = 0; i < 6; i++) {
      try {
        eb.describeEvents();
      } catch (ElasticBeanstalkException e) {
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("Throttling");
        throttled++;
      }
    }
    assertThat(throttled).isBetween(1, 3);
    eb.describeApplications();
  }

  @Test
  void answersServerErrorsForTheNextCalls() {
    aws.faults().failNextCalls(1, 503);
    assertThatThrownBy(() -> eb.describeApplications()).isInstanceOfSatisfying(ElasticBeanstalkException.class,
        e -> assertThat(e.statusCode()).isEqualTo(503));
    aws.faults().failNextCalls(1, 500);
    assertThatThrownBy(() -> eb.describeApplications()).isInstanceOfSatisfying(ElasticBeanstalkException.class,
        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InternalFailure"));
    eb.describeApplications();
  }

  @Test
  void slowsResponsesDown() {
    aws.faults().slowResponses(Duration.ofMillis(300), "DescribeApplications");
    long start = System.nanoTime();
    eb.describeApplications();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    aws.faults().clear();
    start = System.nanoTime();
    eb.describeEnvironments();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(300));
  }

  @Test
  void resetsAnS3UploadMidwayAndCountsBytes() {
    try (S3Client s3 = TestClients.s3(aws)) {
      String bucket = eb.createStorageLocation().s3Bucket();
      aws.calls().reset();
      aws.faults().resetNextS3Upload(1000);
      byte[] body = new byte[64 * 1024];
      assertThatThrownBy(() -> s3.putObject(r -> r.bucket(bucket).key("cut.zip"), RequestBody.fromBytes(body)))
          .isInstanceOf(SdkClientException.class);
      assertThat(aws.calls().s3BytesReceived()).isLessThan(body.length);
      assertThat(s3.listObjectsV2(r -> r.bucket(bucket)).contents()).isEmpty();
      aws.calls().reset();
      s3.putObject(r -> r.bucket(bucket).key("whole.zip"), RequestBody.fromBytes(body));
      assertThat(aws.calls().s3BytesReceived()).isGreaterThanOrEqualTo(body.length);
      assertThat(aws.calls().count("s3:PutObject")).isEqualTo(1);
      assertThat(s3.headObject(r -> r.bucket(bucket).key("whole.zip")).contentLength()).isEqualTo(body.length);
    }
  }

  @Test
  void controlPathArmsFaultsAndReportsCallsAndState() throws Exception {
    ObjectMapper json = new ObjectMapper();
    assertThat(control("GET", "health", null).body()).contains("\"ok\"");
    HttpResponse<String> armed = control("POST", "faults", "{\"throttleNextCalls\":1,\"actions\":[\"DescribeApplications\"],"
        + "\"failNextDeployment\":true}");
    assertThat(armed.statusCode()).isEqualTo(200);
    assertThat(json.readTree(armed.body()).get("failNextDeployments").asInt()).isEqualTo(1);
    assertThatThrownBy(() -> eb.describeApplications()).hasMessageContaining("Rate exceeded");
    eb.createApplication(r -> r.applicationName("ctl"));

    JsonNode calls = json.readTree(control("GET", "calls", null).body());
    assertThat(calls.get("counts").get("DescribeApplications").asInt()).isEqualTo(1);
    assertThat(calls.get("calls").get(0).get("status").asInt()).isEqualTo(400);
    JsonNode state = json.readTree(control("GET", "state", null).body());
    assertThat(state.at("/regions/us-east-1/applications/0/ApplicationName").asText()).isEqualTo("ctl");
    assertThat(aws.stateJson()).contains("\"ctl\"");

    assertThat(control("POST", "faults", "{\"throttleNextCall\":1}").statusCode()).isEqualTo(400);
    assertThat(control("DELETE", "faults", null).body()).contains("\"failNextDeployments\" : 0");
    assertThat(json.readTree(control("POST", "calls/reset", null).body()).get("counts").size()).isZero();
    assertThat(control("GET", "nothing", null).statusCode()).isEqualTo(404);
  }
}
