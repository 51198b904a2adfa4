package io.github.ebmaven.testing;

import io.github.ebmaven.aws.AwsClients;
import io.github.ebmaven.aws.AwsSettings;
import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.localaws.LocalAws;
import io.github.ebmaven.localaws.LocalAwsOptions;
import io.github.ebmaven.report.EbException;

/**
 * A local endpoint with default options and the plugin's own clients on it, with its region and
 * keys (us-east-1, test/test). Closing it closes the clients, then the endpoint.
 */
public class LocalAwsFixture implements AutoCloseable {

  public final LocalAws aws;
  public final AwsClients clients;
  public final Beanstalk eb;

  public LocalAwsFixture() throws EbException {
    aws = LocalAws.start(LocalAwsOptions.defaults());
    try {
      clients = AwsClients.create(new AwsSettings(aws.region(), null, aws.endpoint(), null,
          new AwsSettings.StaticKeys(aws.accessKey(), aws.secretKey(), null), "test"));
    } catch (EbException | RuntimeException e) {
      aws.close();
      throw e;
    }
    eb = new Beanstalk(clients.elasticBeanstalk());
  }

  /** Closes a fixture that may not have started, as {@code @AfterAll} does after a failed {@code @BeforeAll}. */
  public static void close(LocalAwsFixture fixture) {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Override
  public void close() {
    clients.close();
    aws.close();
  }
}
