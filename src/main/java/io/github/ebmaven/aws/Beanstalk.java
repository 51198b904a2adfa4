package io.github.ebmaven.aws;

import software.amazon.awssdk.services.elasticbeanstalk.ElasticBeanstalkClient;

/**
 * Elastic Beanstalk in the plugin's own terms, one object per API area. Every SDK type and error
 * stays in this package; each failure becomes an {@code EbException} that quotes EB's message.
 */
public final class Beanstalk {

  private final Applications applications;
  private final Environments environments;
  private final Events events;
  private final Health health;
  private final Platforms platforms;
  private final Storage storage;
  private final String region;
  private final String endpoint;

  /** @param bucket the bucket for source bundles ({@code eb.bucket}), or null for EB's storage location */
  public Beanstalk(ElasticBeanstalkClient client, String bucket) {
    this.applications = new Applications(client);
    this.environments = new Environments(client);
    this.events = new Events(client);
    this.health = new Health(client);
    this.platforms = new Platforms(client);
    this.storage = new Storage(client, bucket);
    var configuration = client.serviceClientConfiguration();
    this.region = configuration.region() == null ? null : configuration.region().id();
    this.endpoint = configuration.endpointOverride().map(Object::toString).orElse(null);
  }

  public Beanstalk(ElasticBeanstalkClient client) {
    this(client, null);
  }

  public Applications applications() {
    return applications;
  }

  public Environments environments() {
    return environments;
  }

  public Events events() {
    return events;
  }

  public Health health() {
    return health;
  }

  public Platforms platforms() {
    return platforms;
  }

  public Storage storage() {
    return storage;
  }

  /** The region the calls go to. */
  public String region() {
    return region;
  }

  /** Where the calls go, for messages: {@code us-east-1}, or {@code us-east-1 at http://127.0.0.1:4566}. */
  public String location() {
    return endpoint == null ? region : region + " at " + endpoint;
  }
}
