package io.github.ebmaven.aws;

import static io.github.ebmaven.aws.EbCalls.call;
import static io.github.ebmaven.aws.EbCalls.oldestFirst;

import io.github.ebmaven.report.EbException;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.services.elasticbeanstalk.ElasticBeanstalkClient;
import software.amazon.awssdk.services.elasticbeanstalk.model.DescribeEventsRequest;

/** EB's events, oldest first: of an environment, of one request, of an application version. */
public final class Events {

  private final ElasticBeanstalkClient client;

  Events(ElasticBeanstalkClient client) {
    this.client = client;
  }

  /** Events of the environment since {@code since} (inclusive), of one request when {@code requestId} is set. */
  public List<EbEvent> of(String application, String environment, String requestId, Instant since) throws EbException {
    DescribeEventsRequest.Builder request =
        DescribeEventsRequest.builder().applicationName(application).environmentName(environment).startTime(since);
    if (requestId != null) {
      request.requestId(requestId);
    }
    return oldestFirst(call("DescribeEvents", () -> client.describeEvents(request.build()).events()));
  }

  /** Up to {@code maxRecords} of the environment's newest events since {@code since} (null: any time). */
  public List<EbEvent> newest(String application, String environment, Instant since, int maxRecords) throws EbException {
    DescribeEventsRequest.Builder request =
        DescribeEventsRequest.builder().applicationName(application).environmentName(environment).maxRecords(maxRecords);
    if (since != null) {
      request.startTime(since);
    }
    return oldestFirst(call("DescribeEvents", () -> client.describeEvents(request.build()).events()));
  }

  /** Events about one application version (processing failures are reported this way). */
  public List<EbEvent> ofVersion(String application, String label, Instant since) throws EbException {
    return oldestFirst(
        call(
            "DescribeEvents",
            () -> client.describeEvents(b -> b.applicationName(application).versionLabel(label).startTime(since)).events()));
  }
}
