package io.github.ebmaven.localaws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;

/**
 * A local Elastic Beanstalk, S3, IAM and STS endpoint on one loopback port, for hermetic tests:
 * S3 is S3Proxy in-process, EB, IAM and STS are this package's emulators of their Query APIs. All
 * check SigV4 with the configured credentials (test/test by default). By default the endpoint
 * behaves as a new AWS account does (see docs/local-aws.md for every rule).
 *
 * <pre>{@code
 * try (LocalAws aws = LocalAws.start(LocalAwsOptions.defaults())) {
 *   ElasticBeanstalkClient eb = ElasticBeanstalkClient.builder().endpointOverride(aws.endpoint())...;
 *   aws.iam().createEbDefaultRoles();
 *   aws.faults().failNextDeployment();
 *   ...
 *   assertThat(aws.calls().count("DescribeEvents")).isLessThan(20);
 * }
 * }</pre>
 */
public final class LocalAws implements AutoCloseable {
  private final LocalAwsOptions options;
  private final Faults faults = new Faults();
  private final Calls calls = new Calls();
  private final SsmAgents ssm = new SsmAgents();
  private final S3Backend s3;
  private final IamEmulator iam;
  private final EbEmulator eb;
  private final ControlPath control;
  private final FrontServer front;

  private LocalAws(LocalAwsOptions options) throws Exception {
    this.options = options;
    this.s3 = new S3Backend(options.accessKey(), options.secretKey());
    try {
      this.iam = new IamEmulator(options, faults, calls);
      this.eb = new EbEmulator(options, s3, iam, faults, calls);
      this.control = new ControlPath(eb, faults, calls, new ControlPath.Endpoint() {
        @Override
        public void restartEmpty() {
          LocalAws.this.restartEmpty();
        }

        @Override
        public void goDown(Duration downFor) {
          LocalAws.this.goDownLater(downFor);
        }
      });
      this.front = new FrontServer(options.port(), eb, iam, control, s3, faults, calls);
      eb.publicEndpoint(endpoint());
      front.addService(new AppTraffic(eb, faults.app(), calls));
      front.addService(new Ec2Api(options, eb, calls, faults));
      front.addService(new SsmApi(options, eb, calls, faults, ssm));
      control.addRoutes(new ServingControl(eb, faults.app(), ssm, this::endpoint));
      eb.onAnswered(this::afterCall);
      iam.onAnswered(this::afterCall);
    } catch (Exception | Error e) {
      s3.close();
      throw e;
    }
  }

  /** Starts the services; port 0 picks a free port. */
  public static LocalAws start(LocalAwsOptions options) {
    try {
      return new LocalAws(options);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("local-aws failed to start: " + e, e);
    }
  }

  /** {@code http://127.0.0.1:<port>}: the endpoint override for every client (S3 path-style). */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + front.port());
  }

  public int port() {
    return front.port();
  }

  /** The region clients should use by default (requests may sign for any region). */
  public String region() {
    return options.region();
  }

  public String accountId() {
    return options.accountId();
  }

  public String accessKey() {
    return options.accessKey();
  }

  public String secretKey() {
    return options.secretKey();
  }

  public Faults faults() {
    return faults;
  }

  /** Which instances Systems Manager reports as managed, and the sessions opened to them. */
  public SsmAgents ssm() {
    return ssm;
  }

  /**
   * {@code http://127.0.0.1:<port>/_app/<cname>/}: where the application of the environment that
   * holds {@code cname} (now, swaps included) answers HTTP.
   */
  public URI appUrl(String cname) {
    return ServingControl.appUrl(endpoint(), cname);
  }

  public Calls calls() {
    return calls;
  }

  /** The IAM roles and instance profiles of the account (in the partition of the default region). */
  public IamAccount iam() {
    return iam.account(IamAccount.partitionOf(options.region()));
  }

  /** The IAM account of a partition ({@code aws}, {@code aws-cn}, {@code aws-us-gov}). */
  public IamAccount iam(String partition) {
    return iam.account(partition);
  }

  /**
   * Runs a health refresh now, besides the periodic ones ({@link Delays#healthRefresh()}): with a
   * long refresh period a test decides exactly when health catches up with the environment.
   */
  public void refreshHealth() {
    eb.refreshHealth();
  }

  /** Legacy account and quota settings, changeable while running. */
  public AccountSettings account() {
    return eb.account;
  }

  /**
   * The endpoint restarts empty on the same port: every application, version, environment,
   * event, tag, role, profile, bucket and object is gone. Faults and counted calls are kept.
   */
  public void restartEmpty() {
    eb.reset();
    iam.clear();
    s3.clear();
  }

  /** Stops answering: connections are refused (and open ones cut) until {@link #comeBack()}. */
  public void goDown() {
    front.stopAnswering();
  }

  /** Answers again on the same port after {@link #goDown()}. */
  public void comeBack() {
    try {
      front.answerAgain();
    } catch (IOException e) {
      throw new UncheckedIOException("local-aws could not listen on port " + front.port() + " again", e);
    }
  }

  /** Whether the port accepts connections. */
  public boolean answering() {
    return front.answering();
  }

  /** Goes down once the current reply has been written; comes back after {@code downFor} unless it is zero. */
  private void goDownLater(Duration downFor) {
    Thread t = new Thread(() -> {
      try {
        Thread.sleep(50);
        goDown();
        if (!downFor.isZero()) {
          Thread.sleep(downFor.toMillis());
          comeBack();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "local-aws-down");
    t.setDaemon(true);
    t.start();
  }

  private void afterCall(String action) {
    Faults.Lifecycle what = faults.afterCall(action);
    if (what == null) {
      return;
    }
    if (what.restartEmpty()) {
      restartEmpty();
    } else {
      goDownLater(what.downFor());
    }
  }

  /** The whole state (regions, IAM, account settings, faults, calls) as JSON. */
  public String stateJson() {
    return control.stateJson();
  }

  @Override
  public void close() {
    try {
      front.close();
    } catch (Exception e) {
      // best effort
    }
    eb.close();
    try {
      s3.close();
    } catch (Exception e) {
      // best effort
    }
  }
}
