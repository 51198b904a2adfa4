package io.github.ebmaven.localaws;

import java.net.URI;

/**
 * A local Elastic Beanstalk and S3 endpoint on one loopback port, for hermetic tests: S3 is
 * S3Proxy in-process, EB is this package's emulator of the EB Query API. Both check SigV4 with
 * the configured credentials (test/test by default).
 *
 * <pre>{@code
 * try (LocalAws aws = LocalAws.start(LocalAwsOptions.defaults())) {
 *   ElasticBeanstalkClient eb = ElasticBeanstalkClient.builder().endpointOverride(aws.endpoint())...;
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
  private final EbEmulator eb;
  private final ControlPath control;
  private final FrontServer front;

  private LocalAws(LocalAwsOptions options) throws Exception {
    this.options = options;
    this.s3 = new S3Backend(options.accessKey(), options.secretKey());
    try {
      this.eb = new EbEmulator(options, s3, faults, calls);
      this.control = new ControlPath(eb, faults, calls);
      this.front = new FrontServer(options.port(), eb, control, s3.port(), faults, calls);
      eb.publicEndpoint(endpoint());
      front.addService(new AppTraffic(eb, faults.app(), calls));
      front.addService(new Ec2Api(options, eb, calls, faults));
      front.addService(new SsmApi(options, eb, calls, faults, ssm));
      control.addRoutes(new ServingControl(eb, faults.app(), ssm, this::endpoint));
    } catch (Exception | Error e) {
      s3.close();
      throw e;
    }
  }

  /** Starts both services; port 0 picks a free port. */
  public static LocalAws start(LocalAwsOptions options) {
    try {
      return new LocalAws(options);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("local-aws failed to start: " + e, e);
    }
  }

  /** {@code http://127.0.0.1:<port>}: the endpoint override for both the EB and the S3 client (path-style). */
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

  /** The whole state (regions, applications, versions, environments, events, tags, faults, calls) as JSON. */
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
