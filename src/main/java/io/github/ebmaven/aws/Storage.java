package io.github.ebmaven.aws;

import static io.github.ebmaven.aws.EbCalls.call;

import io.github.ebmaven.report.EbException;
import software.amazon.awssdk.services.elasticbeanstalk.ElasticBeanstalkClient;

/** Where source bundles go: the configured bucket, else EB's storage location. */
public final class Storage {

  private final ElasticBeanstalkClient client;
  private final String bucket;

  Storage(ElasticBeanstalkClient client, String bucket) {
    this.client = client;
    this.bucket = bucket == null || bucket.isBlank() ? null : bucket.trim();
  }

  /**
   * The configured bucket, else the account's EB storage bucket ({@code
   * elasticbeanstalk-<region>-<account>}), created if missing.
   */
  public String bucket() throws EbException {
    if (bucket != null) {
      return bucket;
    }
    return call("CreateStorageLocation", () -> client.createStorageLocation(b -> {}).s3Bucket());
  }

  /** Whether a bucket was configured ({@code eb.bucket}) instead of EB's own. */
  public boolean isConfigured() {
    return bucket != null;
  }
}
