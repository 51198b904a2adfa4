package io.github.ebmaven.aws;

import java.time.Instant;
import software.amazon.awssdk.services.elasticbeanstalk.model.ElasticBeanstalkResponse;

/**
 * A change EB accepted: the request id its events carry, the environment it concerns (when EB
 * says), and when it was made.
 */
public record Requested(String requestId, String environmentId, Instant at) {

  static Requested of(ElasticBeanstalkResponse response, String environmentId) {
    return new Requested(response.responseMetadata().requestId(), environmentId, Instant.now());
  }
}
