package io.github.ebmaven.aws;

import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Mention;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.elasticbeanstalk.ElasticBeanstalkClient;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The SDK clients for Elastic Beanstalk and S3 (and, made on first use, IAM and STS for the roles,
 * EC2 and Systems Manager for {@code eb:ssh}), configured once: region, credentials, endpoint
 * overrides, retries and a user agent that
 * names the plugin. Resolving region and credentials happens here, before any call, so a missing
 * one fails with a message that says how to provide it.
 */
public final class AwsClients implements AutoCloseable {

  /**
   * The SDK's own attempts per call, with its standard strategy: throttling is waited out above it,
   * with pauses that fit the goal's time budget (EbCalls, the change engine), rather than by the
   * adaptive strategy's client-side rate limiter, which can hold calls back for longer than a short
   * budget; and a service that cannot be reached fails within a second.
   */
  private static final int MAX_ATTEMPTS = 3;

  private final Region region;
  private final AwsCredentialsProvider credentials;
  private final SdkHttpClient http;
  private final ClientOverrideConfiguration override;
  private final URI endpoint;
  private final CallCounter calls = new CallCounter();
  private final ElasticBeanstalkClient elasticBeanstalk;
  private final S3Client s3;
  private IamClient iam;
  private StsClient sts;
  private Ec2Client ec2;
  private SsmClient ssm;

  private AwsClients(AwsSettings settings, Region region, AwsCredentialsProvider credentials) {
    this.region = region;
    this.credentials = credentials;
    this.http =
        UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(10))
            .socketTimeout(Duration.ofMinutes(2))
            .build();
    this.endpoint = settings.endpoint();
    this.override =
        ClientOverrideConfiguration.builder()
            .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(MAX_ATTEMPTS).build())
            .putAdvancedOption(
                SdkAdvancedClientOption.USER_AGENT_SUFFIX, "eb-maven-plugin/" + settings.pluginVersion())
            .build();
    this.elasticBeanstalk = build(ElasticBeanstalkClient.builder(), endpoint, CallCounter.ELASTIC_BEANSTALK);
    URI s3Endpoint = settings.s3Endpoint() != null ? settings.s3Endpoint() : settings.endpoint();
    var s3Builder = S3Client.builder();
    if (s3Endpoint != null) {
      s3Builder.forcePathStyle(true);
    }
    this.s3 = build(s3Builder, s3Endpoint, CallCounter.S3);
  }

  /**
   * A client with this region, credentials, HTTP client, retries and user agent, at {@code
   * endpoint} when not null, its requests counted as {@code service}'s.
   */
  private <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C> C build(B builder, URI endpoint, String service) {
    builder.region(region).credentialsProvider(credentials).httpClient(http)
        .overrideConfiguration(override.toBuilder().addExecutionInterceptor(calls.interceptorFor(service)).build());
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    return builder.build();
  }

  /**
   * Resolves region and credentials and builds the clients.
   *
   * @throws EbException when no region or no credentials can be found
   */
  public static AwsClients create(AwsSettings settings) throws EbException {
    Region region = resolveRegion(settings);
    AwsCredentialsProvider credentials = credentialsProvider(settings);
    try {
      credentials.resolveCredentials();
    } catch (SdkClientException e) {
      throw new EbException(
          "No AWS credentials found. Provide them with AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile ("
              + Mention.property("eb.profile") + " or AWS_PROFILE, SSO profiles included), web identity (AWS_ROLE_ARN and"
              + " AWS_WEB_IDENTITY_TOKEN_FILE, as GitHub Actions OIDC sets them), or a settings.xml <server> named by "
              + Mention.property("eb.serverId") + ". What was tried:" + CredentialSources.lines(e.getMessage()));
    }
    return new AwsClients(settings, region, credentials);
  }

  private static Region resolveRegion(AwsSettings settings) throws EbException {
    if (settings.region() != null && !settings.region().isBlank()) {
      Region region = Region.of(settings.region().trim());
      if (settings.endpoint() == null && !Region.regions().contains(region)) {
        throw new EbException(
            Mention.setting("eb.region") + " '" + settings.region().trim() + "' is not an AWS region. Use one such as"
                + " us-east-1 or eu-west-1 (a region newer than this plugin's SDK also needs " + Mention.setting("eb.endpoint")
                + "). Nothing was called.");
      }
      return region;
    }
    try {
      var chain = DefaultAwsRegionProviderChain.builder();
      if (settings.profile() != null) {
        chain.profileName(settings.profile());
      }
      return chain.build().getRegion();
    } catch (SdkClientException e) {
      throw new EbException(
          "No AWS region configured. Set " + Mention.setting("eb.region") + " (for example " + Mention.example("eb.region", "us-east-1") + "), or AWS_REGION,"
              + " or region in the profile of ~/.aws/config.");
    }
  }

  private static AwsCredentialsProvider credentialsProvider(AwsSettings settings) {
    AwsSettings.StaticKeys keys = settings.credentials();
    if (keys != null) {
      AwsCredentials credentials =
          keys.sessionToken() == null || keys.sessionToken().isBlank()
              ? AwsBasicCredentials.create(keys.accessKeyId(), keys.secretAccessKey())
              : AwsSessionCredentials.create(
                  keys.accessKeyId(), keys.secretAccessKey(), keys.sessionToken());
      return StaticCredentialsProvider.create(credentials);
    }
    var chain = DefaultCredentialsProvider.builder();
    if (settings.profile() != null) {
      chain.profileName(settings.profile());
    }
    return chain.build();
  }

  public String region() {
    return region.id();
  }

  public ElasticBeanstalkClient elasticBeanstalk() {
    return elasticBeanstalk;
  }

  public S3Client s3() {
    return s3;
  }

  /** The requests these clients sent, by service. */
  public CallCounter calls() {
    return calls;
  }

  /** IAM, made on first use: only the goals that check roles need it. */
  public synchronized IamClient iam() {
    if (iam == null) {
      iam = build(IamClient.builder(), endpoint, "iam");
    }
    return iam;
  }

  /** STS, made on first use. */
  public synchronized StsClient sts() {
    if (sts == null) {
      sts = build(StsClient.builder(), endpoint, "sts");
    }
    return sts;
  }

  /** The partition of the region: {@code aws}, {@code aws-cn} or {@code aws-us-gov}. */
  public String partition() {
    return Partitions.of(region.id());
  }

  /** EC2, built on first use (only {@code eb:ssh} needs it), at {@code eb.endpoint} like Elastic Beanstalk. */
  public synchronized Ec2Client ec2() {
    if (ec2 == null) {
      ec2 = build(Ec2Client.builder(), endpoint, "ec2");
    }
    return ec2;
  }

  /** Systems Manager, built on first use, at {@code eb.endpoint} like Elastic Beanstalk. */
  public synchronized SsmClient ssm() {
    if (ssm == null) {
      ssm = build(SsmClient.builder(), endpoint, "ssm");
    }
    return ssm;
  }

  /** The credentials the clients sign with, for a tool the user runs with the same identity. */
  public AwsCredentialsProvider credentials() {
    return credentials;
  }

  @Override
  public synchronized void close() {
    elasticBeanstalk.close();
    s3.close();
    if (iam != null) {
      iam.close();
    }
    if (sts != null) {
      sts.close();
    }
    if (ec2 != null) {
      ec2.close();
    }
    if (ssm != null) {
      ssm.close();
    }
    http.close();
    if (credentials instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // Closing a credentials cache cannot fail in a way the build should notice.
      }
    }
  }
}
