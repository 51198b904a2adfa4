package io.github.ebmaven.aws;

import java.net.URI;

/**
 * How to reach AWS: all optional, resolved by {@link AwsClients} the way the AWS CLI resolves them.
 *
 * @param region {@code eb.region}, or null for the SDK's default region chain
 * @param profile {@code eb.profile}, or null for the default profile / {@code AWS_PROFILE}
 * @param endpoint {@code eb.endpoint}: Elastic Beanstalk's endpoint, and S3's unless {@code
 *     s3Endpoint} is set; null for AWS
 * @param s3Endpoint {@code eb.s3Endpoint}, or null
 * @param credentials keys from Maven's settings.xml ({@code eb.serverId}), or null for the SDK's
 *     default credentials chain
 * @param pluginVersion named in the user agent
 */
public record AwsSettings(
    String region,
    String profile,
    URI endpoint,
    URI s3Endpoint,
    StaticKeys credentials,
    String pluginVersion) {

  /** An access key pair (and optional session token) given explicitly; never printed. */
  public record StaticKeys(String accessKeyId, String secretAccessKey, String sessionToken) {
    @Override
    public String toString() {
      return "StaticKeys[accessKeyId=" + accessKeyId + ", secretAccessKey=****]";
    }
  }
}
