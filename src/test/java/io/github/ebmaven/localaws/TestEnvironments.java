package io.github.ebmaven.localaws;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.elasticbeanstalk.ElasticBeanstalkClient;
import software.amazon.awssdk.services.elasticbeanstalk.model.ConfigurationOptionSetting;
import software.amazon.awssdk.services.elasticbeanstalk.model.CreateEnvironmentRequest;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentDescription;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentStatus;
import software.amazon.awssdk.services.s3.S3Client;

/** Applications, versions and environments set up through the SDK, as the plugin would. */
final class TestEnvironments {
  static final String PYTHON = "64bit Amazon Linux 2023 v4.7.3 running Python 3.11";

  private TestEnvironments() {}

  /** An endpoint and SDK clients on it; closing closes the clients, then the endpoint. */
  record Endpoint(LocalAws aws, ElasticBeanstalkClient eb, S3Client s3) implements AutoCloseable {
    static Endpoint start(Delays delays) {
      LocalAws aws = LocalAws.start(LocalAwsOptions.defaults().withDelays(delays));
      // What a correct client does on a new account: the instance profile EB needs exists.
      TestClients.createInstanceProfile(aws);
      return new Endpoint(aws, TestClients.eb(aws), TestClients.s3(aws));
    }

    /** Closes an endpoint that may not have started, as {@code @AfterAll} does after a failed {@code @BeforeAll}. */
    static void close(Endpoint endpoint) {
      if (endpoint != null) {
        endpoint.close();
      }
    }

    @Override
    public void close() {
      eb.close();
      s3.close();
      aws.close();
    }
  }

  /** Creates the application when missing and a processed version from a bundle of {@code files}. */
  static void version(ElasticBeanstalkClient eb, S3Client s3, String application, String label,
      Map<String, String> files) {
    String bucket = eb.createStorageLocation().s3Bucket();
    if (eb.describeApplications(r -> r.applicationNames(application)).applications().isEmpty()) {
      eb.createApplication(r -> r.applicationName(application));
    }
    String key = application + "/" + label + ".zip";
    s3.putObject(r -> r.bucket(bucket).key(key), RequestBody.fromBytes(TestClients.zip(files)));
    eb.createApplicationVersion(r -> r.applicationName(application).versionLabel(label)
        .sourceBundle(b -> b.s3Bucket(bucket).s3Key(key)));
  }

  static ConfigurationOptionSetting option(String namespace, String name, String value) {
    return ConfigurationOptionSetting.builder().namespace(namespace).optionName(name).value(value).build();
  }

  static EnvironmentDescription create(ElasticBeanstalkClient eb, CreateEnvironmentRequest.Builder request) {
    var created = eb.createEnvironment(request.build());
    return await(eb, created.environmentName(), EnvironmentStatus.READY);
  }

  static EnvironmentDescription describe(ElasticBeanstalkClient eb, String name) {
    return eb.describeEnvironments(r -> r.environmentNames(name).includeDeleted(false)).environments().stream()
        .findFirst().orElseGet(() -> eb.describeEnvironments(r -> r.environmentNames(name)).environments().get(0));
  }

  static EnvironmentDescription await(ElasticBeanstalkClient eb, String name, EnvironmentStatus status) {
    TestClients.await(Duration.ofSeconds(15), () -> describe(eb, name).status() == status);
    return describe(eb, name);
  }

  /**
   * A CreateEnvironment request for a web server environment with {@code settings} and, for each
   * option they do not set, what a new account needs (instance profile, launch template, enhanced
   * health: {@link TestClients#launchSettings()}).
   */
  static CreateEnvironmentRequest.Builder request(String application, String name, String label,
      ConfigurationOptionSetting... settings) {
    List<ConfigurationOptionSetting> all = new ArrayList<>(List.of(settings));
    for (ConfigurationOptionSetting needed : TestClients.launchSettings()) {
      if (all.stream().noneMatch(s -> s.namespace().equals(needed.namespace()) && s.optionName().equals(needed.optionName()))) {
        all.add(needed);
      }
    }
    return CreateEnvironmentRequest.builder().applicationName(application).environmentName(name).versionLabel(label)
        .solutionStackName(PYTHON).optionSettings(all);
  }
}
