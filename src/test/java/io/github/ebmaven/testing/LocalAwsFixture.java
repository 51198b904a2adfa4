package io.github.ebmaven.testing;

import io.github.ebmaven.aws.AwsClients;
import io.github.ebmaven.aws.AwsSettings;
import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.aws.BundleStore;
import io.github.ebmaven.aws.Identity;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.change.Sleeper;
import io.github.ebmaven.localaws.LocalAws;
import io.github.ebmaven.localaws.LocalAwsOptions;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import io.github.ebmaven.report.SecretMasker;
import java.time.Clock;

/**
 * A local endpoint with default options and the plugin's own clients on it, with its region and
 * keys (us-east-1, test/test), and the core's services built on them. Closing it closes the
 * clients, then the endpoint.
 */
public class LocalAwsFixture implements AutoCloseable {

  public final LocalAws aws;
  public final AwsClients clients;
  public final Beanstalk eb;

  public LocalAwsFixture() throws EbException {
    this(LocalAwsOptions.defaults());
  }

  public LocalAwsFixture(LocalAwsOptions options) throws EbException {
    aws = LocalAws.start(options);
    try {
      clients = newClients();
    } catch (EbException | RuntimeException e) {
      aws.close();
      throw e;
    }
    eb = new Beanstalk(clients.elasticBeanstalk());
  }

  /** Clients of the plugin's own on this endpoint, as a goal opens them (their request counts start at zero). */
  public AwsClients newClients() throws EbException {
    return AwsClients.create(new AwsSettings(aws.region(), null, aws.endpoint(), null,
        new AwsSettings.StaticKeys(aws.accessKey(), aws.secretKey(), null), "test"));
  }

  /** The core's services on {@code goalClients}, as one goal has them, with real time. */
  public Services services(Reporter reporter, AwsClients goalClients) {
    return new Services(
        new Beanstalk(goalClients.elasticBeanstalk()), new BundleStore(goalClients.s3(), reporter),
        new Identity(goalClients::iam, goalClients::sts, goalClients.partition()), reporter, new SecretMasker(),
        Clock.systemUTC(), Sleeper.REAL, Services.HEALTH_GRACE, goalClients.calls());
  }

  /** The core's services on this endpoint, reporting to {@code reporter}, with real time. */
  public Services services(Reporter reporter) {
    return services(reporter, Clock.systemUTC(), Sleeper.REAL);
  }

  public Services services(Reporter reporter, Clock clock, Sleeper sleeper) {
    return services(reporter, new SecretMasker(), clock, sleeper);
  }

  public Services services(Reporter reporter, SecretMasker masker, Clock clock, Sleeper sleeper) {
    return new Services(
        eb, new BundleStore(clients.s3(), reporter), new Identity(clients::iam, clients::sts, clients.partition()),
        reporter, masker, clock, sleeper, Services.HEALTH_GRACE, clients.calls());
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
