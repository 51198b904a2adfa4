package io.github.ebmaven.localaws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.elasticbeanstalk.ElasticBeanstalkClient;
import software.amazon.awssdk.services.elasticbeanstalk.model.ApplicationVersionStatus;
import software.amazon.awssdk.services.elasticbeanstalk.model.ConfigurationOptionSetting;
import software.amazon.awssdk.services.elasticbeanstalk.model.CreateEnvironmentResponse;
import software.amazon.awssdk.services.elasticbeanstalk.model.ElasticBeanstalkException;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentDescription;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentHealth;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentStatus;
import software.amazon.awssdk.services.elasticbeanstalk.model.EventDescription;
import software.amazon.awssdk.services.elasticbeanstalk.model.UpdateEnvironmentResponse;
import software.amazon.awssdk.services.s3.S3Client;

/** A whole application life through the SDK: storage, upload, version, environment, update, terminate. */
class SdkLifecycleTest {
  private static LocalAws aws;
  private static ElasticBeanstalkClient eb;
  private static S3Client s3;

  @BeforeAll
  static void start() {
    aws = LocalAws.start(LocalAwsOptions.defaults().withDelays(Delays.uniform(Duration.ofMillis(150))));
    eb = TestClients.eb(aws);
    s3 = TestClients.s3(aws);
  }

  @AfterAll
  static void stop() {
    eb.close();
    s3.close();
    aws.close();
  }

  private static EnvironmentDescription environment(String name) {
    return eb.describeEnvironments(r -> r.environmentNames(name).includeDeleted(false)).environments().get(0);
  }

  private static void awaitStatus(String name, EnvironmentStatus status) {
    TestClients.await(Duration.ofSeconds(10), () -> environment(name).status() == status);
  }

  @Test
  void fullApplicationLife() {
    String bucket = eb.createStorageLocation().s3Bucket();
    assertThat(bucket).isEqualTo("elasticbeanstalk-us-east-1-000000000000");
    eb.createApplication(r -> r.applicationName("shop").description("The shop"));
    byte[] bundle = TestClients.zip(Map.of("application.py", "print('hi')\n",
        ".ebextensions/01-env.config", "option_settings:\n  aws:elasticbeanstalk:application:environment:\n"
            + "    GREETING: from-ebextensions\n    MODE: bundle\n"));
    s3.putObject(r -> r.bucket(bucket).key("shop/v1.zip"), RequestBody.fromBytes(bundle));
    assertThat(aws.calls().s3BytesReceived()).isGreaterThanOrEqualTo(bundle.length);

    var created = eb.createApplicationVersion(r -> r.applicationName("shop").versionLabel("v1").process(true)
        .sourceBundle(b -> b.s3Bucket(bucket).s3Key("shop/v1.zip")));
    assertThat(created.applicationVersion().status()).isEqualTo(ApplicationVersionStatus.PROCESSING);
    TestClients.await(Duration.ofSeconds(5), () -> eb.describeApplicationVersions(r -> r.applicationName("shop")
        .versionLabels("v1")).applicationVersions().get(0).status() == ApplicationVersionStatus.PROCESSED);

    String stack = eb.listAvailableSolutionStacks().solutionStacks().stream()
        .filter(s -> s.endsWith("running Python 3.11")).findFirst().orElseThrow();
    TestClients.createInstanceProfile(aws);
    List<ConfigurationOptionSetting> settings = new ArrayList<>(TestClients.launchSettings());
    settings.add(TestClients.setting("aws:elasticbeanstalk:application:environment", "MODE", "api"));
    CreateEnvironmentResponse env = eb.createEnvironment(r -> r.applicationName("shop").environmentName("shop-prod")
        .cnamePrefix("shop-prod").solutionStackName(stack).versionLabel("v1").optionSettings(settings));
    assertThat(env.status()).isEqualTo(EnvironmentStatus.LAUNCHING);
    assertThat(env.health()).isEqualTo(EnvironmentHealth.GREY);
    assertThat(env.cname()).isEqualTo("shop-prod.us-east-1.elasticbeanstalk.com");
    assertThat(eb.checkDNSAvailability(r -> r.cnamePrefix("shop-prod")).available()).isFalse();
    awaitStatus("shop-prod", EnvironmentStatus.READY);
    TestClients.await(Duration.ofSeconds(5), () -> environment("shop-prod").health() == EnvironmentHealth.GREEN);

    String createRequestId = env.responseMetadata().requestId();
    List<String> launchEvents = eb.describeEvents(r -> r.requestId(createRequestId)).events().stream()
        .map(EventDescription::message).toList();
    assertThat(launchEvents).contains("createEnvironment is starting.", "Successfully launched environment: shop-prod");

    var described = eb.describeConfigurationSettings(r -> r.applicationName("shop").environmentName("shop-prod"))
        .configurationSettings().get(0).optionSettings();
    assertThat(described).anySatisfy(s -> {
      assertThat(s.optionName()).isEqualTo("MODE");
      assertThat(s.value()).isEqualTo("api");
    });
    assertThat(described).anySatisfy(s -> {
      assertThat(s.optionName()).isEqualTo("GREETING");
      assertThat(s.value()).isEqualTo("from-ebextensions");
    });

    s3.putObject(r -> r.bucket(bucket).key("shop/v2.zip"), RequestBody.fromBytes(TestClients.zip(Map.of("a", "b"))));
    eb.createApplicationVersion(r -> r.applicationName("shop").versionLabel("v2")
        .sourceBundle(b -> b.s3Bucket(bucket).s3Key("shop/v2.zip")));
    UpdateEnvironmentResponse update = eb.updateEnvironment(r -> r.environmentName("shop-prod").versionLabel("v2"));
    assertThat(update.status()).isEqualTo(EnvironmentStatus.UPDATING);
    assertThatThrownBy(() -> eb.updateEnvironment(r -> r.environmentName("shop-prod").versionLabel("v1")))
        .isInstanceOfSatisfying(ElasticBeanstalkException.class, e -> {
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValue");
          assertThat(e.awsErrorDetails().errorMessage())
              .isEqualTo("Environment named shop-prod is in an invalid state for this operation. Must be Ready.");
          assertThat(e.statusCode()).isEqualTo(400);
        });
    awaitStatus("shop-prod", EnvironmentStatus.READY);
    assertThat(environment("shop-prod").versionLabel()).isEqualTo("v2");
    List<String> updateEvents = eb.describeEvents(r -> r.requestId(update.responseMetadata().requestId())).events()
        .stream().map(EventDescription::message).toList();
    assertThat(updateEvents).containsExactly("Environment update completed successfully.",
        "New application version was deployed to running EC2 instances.",
        "Instance deployment completed successfully.", "Deploying new version to instance(s).",
        "Environment update is starting.");

    var terminated = eb.terminateEnvironment(r -> r.environmentName("shop-prod"));
    assertThat(terminated.status()).isEqualTo(EnvironmentStatus.TERMINATING);
    TestClients.await(Duration.ofSeconds(5), () -> eb.describeEnvironments(r -> r.environmentIds(terminated
        .environmentId())).environments().get(0).status() == EnvironmentStatus.TERMINATED);
    assertThat(eb.describeEnvironments(r -> r.applicationName("shop").includeDeleted(false)).environments()).isEmpty();
    assertThat(eb.checkDNSAvailability(r -> r.cnamePrefix("shop-prod")).available()).isTrue();
  }
}
