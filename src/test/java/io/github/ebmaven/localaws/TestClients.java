package io.github.ebmaven.localaws;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.elasticbeanstalk.ElasticBeanstalkClient;
import software.amazon.awssdk.services.elasticbeanstalk.model.ConfigurationOptionSetting;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

/** SDK clients pointed at a {@link LocalAws}, and small helpers for the tests. */
final class TestClients {
  private TestClients() {}

  static ElasticBeanstalkClient eb(LocalAws aws) {
    return eb(aws, aws.secretKey());
  }

  static ElasticBeanstalkClient eb(LocalAws aws, String secret) {
    return ElasticBeanstalkClient.builder()
        .endpointOverride(aws.endpoint())
        .region(Region.of(aws.region()))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(aws.accessKey(), secret)))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(ClientOverrideConfiguration.builder()
            .retryStrategy(RetryMode.STANDARD).build())
        .build();
  }

  static ElasticBeanstalkClient ebNoRetry(LocalAws aws) {
    return ElasticBeanstalkClient.builder()
        .endpointOverride(aws.endpoint())
        .region(Region.of(aws.region()))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(aws.accessKey(), aws.secretKey())))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1)))
        .build();
  }

  static IamClient iam(LocalAws aws) {
    return IamClient.builder()
        .endpointOverride(aws.endpoint())
        .region(Region.AWS_GLOBAL)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(aws.accessKey(),
            aws.secretKey())))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1)))
        .build();
  }

  static StsClient sts(LocalAws aws) {
    return StsClient.builder()
        .endpointOverride(aws.endpoint())
        .region(Region.of(aws.region()))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(aws.accessKey(),
            aws.secretKey())))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1)))
        .build();
  }

  /**
   * What a client that gets EB right does before its first environment on a new account, through
   * IAM as the EB CLI does it: the instance profile {@code aws-elasticbeanstalk-ec2-role} with its
   * role and the web tier policy, unless the profile exists.
   */
  static void createInstanceProfile(LocalAws aws) {
    createInstanceProfile(aws, IamAccount.EB_INSTANCE_PROFILE);
  }

  /** An instance profile of that name with a role of the same name, unless the profile exists. */
  static void createInstanceProfile(LocalAws aws, String name) {
    try (IamClient iam = iam(aws)) {
      try {
        iam.getInstanceProfile(b -> b.instanceProfileName(name));
        return;
      } catch (NoSuchEntityException e) {
        // create it below
      }
      iam.createInstanceProfile(b -> b.instanceProfileName(name));
      iam.createRole(b -> b.roleName(name).assumeRolePolicyDocument("{\"Version\":\"2008-10-17\",\"Statement\":[{"
          + "\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}"));
      iam.attachRolePolicy(b -> b.roleName(name).policyArn("arn:aws:iam::aws:policy/AWSElasticBeanstalkWebTier"));
      iam.addRoleToInstanceProfile(b -> b.instanceProfileName(name).roleName(name));
    }
  }

  /**
   * The option settings such a client passes to CreateEnvironment: the instance profile, a
   * launch-template option (gp3 root volume, IMDSv1 off) and enhanced health.
   */
  static List<ConfigurationOptionSetting> launchSettings() {
    return List.of(setting("aws:autoscaling:launchconfiguration", "IamInstanceProfile", IamAccount.EB_INSTANCE_PROFILE),
        setting("aws:autoscaling:launchconfiguration", "RootVolumeType", "gp3"),
        setting("aws:autoscaling:launchconfiguration", "DisableIMDSv1", "true"),
        setting("aws:elasticbeanstalk:healthreporting:system", "SystemType", "enhanced"));
  }

  static ConfigurationOptionSetting setting(String namespace, String name, String value) {
    return ConfigurationOptionSetting.builder().namespace(namespace).optionName(name).value(value).build();
  }

  static S3Client s3(LocalAws aws) {
    return S3Client.builder()
        .endpointOverride(aws.endpoint())
        .region(Region.of(aws.region()))
        .forcePathStyle(true)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(aws.accessKey(),
            aws.secretKey())))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1)))
        .build();
  }

  /** A zip with the given entries (name to UTF-8 content). */
  static byte[] zip(Map<String, String> entries) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
        for (Map.Entry<String, String> e : entries.entrySet()) {
          zip.putNextEntry(new ZipEntry(e.getKey()));
          zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
          zip.closeEntry();
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Polls until the condition holds; fails after {@code timeout}. */
  static void await(Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within " + timeout);
      }
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
