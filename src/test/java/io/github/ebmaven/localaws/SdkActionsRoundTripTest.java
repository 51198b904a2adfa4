package io.github.ebmaven.localaws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.elasticbeanstalk.ElasticBeanstalkClient;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentHealth;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentInfoType;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentStatus;
import software.amazon.awssdk.services.elasticbeanstalk.model.EventDescription;
import software.amazon.awssdk.services.elasticbeanstalk.model.PlatformFilter;
import software.amazon.awssdk.services.elasticbeanstalk.model.PlatformSummary;
import software.amazon.awssdk.services.elasticbeanstalk.model.SearchFilter;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** The actions SdkLifecycleTest does not cover, each round-tripped through the SDK v2 client. */
class SdkActionsRoundTripTest {
  private static LocalAws aws;
  private static ElasticBeanstalkClient eb;
  private static S3Client s3;
  private static String bucket;

  @BeforeAll
  static void start() {
    aws = LocalAws.start(LocalAwsOptions.defaults().withDelays(Delays.uniform(Duration.ofMillis(50))));
    eb = TestClients.eb(aws);
    s3 = TestClients.s3(aws);
    bucket = eb.createStorageLocation().s3Bucket();
    eb.createApplication(r -> r.applicationName("rt").tags(t -> t.key("team").value("a")));
    s3.putObject(r -> r.bucket(bucket).key("rt/v1.zip"), RequestBody.fromBytes(TestClients.zip(Map.of("x", "y"))));
    eb.createApplicationVersion(r -> r.applicationName("rt").versionLabel("v1")
        .sourceBundle(b -> b.s3Bucket(bucket).s3Key("rt/v1.zip")));
    TestClients.createInstanceProfile(aws);
    eb.createEnvironment(r -> r.applicationName("rt").environmentName("rt-env").versionLabel("v1")
        .solutionStackName("64bit Amazon Linux 2023 v5.9.3 running Tomcat 10 Corretto 21")
        .optionSettings(TestClients.launchSettings()));
    TestClients.await(Duration.ofSeconds(5), () -> {
      var env = eb.describeEnvironments(r -> r.environmentNames("rt-env")).environments().get(0);
      return env.status() == EnvironmentStatus.READY && env.health() == EnvironmentHealth.GREEN;
    });
  }

  @AfterAll
  static void stop() {
    eb.close();
    s3.close();
    aws.close();
  }

  @Test
  void applications() {
    eb.updateApplication(r -> r.applicationName("rt").description("new"));
    var lifecycle = eb.updateApplicationResourceLifecycle(r -> r.applicationName("rt").resourceLifecycleConfig(c -> c
        .serviceRole("role").versionLifecycleConfig(v -> v.maxCountRule(m -> m.enabled(false).maxCount(5)))));
    assertThat(lifecycle.resourceLifecycleConfig().versionLifecycleConfig().maxCountRule().maxCount()).isEqualTo(5);
    var app = eb.describeApplications(r -> r.applicationNames("rt")).applications().get(0);
    assertThat(app.description()).isEqualTo("new");
    assertThat(app.versions()).containsExactly("v1");
    eb.createApplication(r -> r.applicationName("doomed"));
    eb.deleteApplication(r -> r.applicationName("doomed").terminateEnvByForce(true));
    assertThatThrownBy(() -> eb.createApplication(r -> r.applicationName("rt"))).hasMessageContaining("already exists");
  }

  @Test
  void deletingAVersionCanDeleteItsBundle() {
    s3.putObject(r -> r.bucket(bucket).key("rt/tmp.zip"), RequestBody.fromBytes(TestClients.zip(Map.of("a", "b"))));
    eb.createApplicationVersion(r -> r.applicationName("rt").versionLabel("tmp")
        .sourceBundle(b -> b.s3Bucket(bucket).s3Key("rt/tmp.zip")));
    assertThatThrownBy(() -> eb.deleteApplicationVersion(r -> r.applicationName("rt").versionLabel("v1")))
        .hasMessageContaining("being used");
    eb.deleteApplicationVersion(r -> r.applicationName("rt").versionLabel("tmp").deleteSourceBundle(true));
    assertThatThrownBy(() -> s3.headObject(r -> r.bucket(bucket).key("rt/tmp.zip")))
        .isInstanceOf(NoSuchKeyException.class);
  }

  @Test
  void platforms() {
    var python = eb.listPlatformVersions(r -> r.filters(PlatformFilter.builder().type("PlatformBranchName")
        .operator("=").values("Python 3.11 running on 64bit Amazon Linux 2023").build())).platformSummaryList();
    assertThat(python).hasSizeGreaterThan(1).allMatch(p -> p.platformBranchName().startsWith("Python 3.11"));
    PlatformSummary latest = python.stream().filter(p -> "Recommended".equals(p.platformLifecycleState()))
        .findFirst().orElseThrow();
    assertThat(latest.platformArn()).isEqualTo("arn:aws:elasticbeanstalk:us-east-1::platform/Python 3.11 running on"
        + " 64bit Amazon Linux 2023/4.7.3");
    var description = eb.describePlatformVersion(r -> r.platformArn(latest.platformArn())).platformDescription();
    assertThat(description.solutionStackName()).isEqualTo("64bit Amazon Linux 2023 v4.7.3 running Python 3.11");
    var branches = eb.listPlatformBranches(r -> r.filters(SearchFilter.builder().attribute("LifecycleState")
        .operator("=").values("Supported").build())).platformBranchSummaryList();
    assertThat(branches).extracting(b -> b.platformName()).contains("Python", "Java", "Tomcat", "Node.js", "Docker",
        "Go", "PHP", "Ruby", ".NET on Linux");
    var paged = eb.listPlatformVersions(r -> r.maxRecords(2));
    assertThat(paged.platformSummaryList()).hasSize(2);
    assertThat(eb.listPlatformVersions(r -> r.maxRecords(2).nextToken(paged.nextToken())).platformSummaryList())
        .doesNotContainAnyElementsOf(paged.platformSummaryList());
  }

  @Test
  void healthAndResources() {
    var health = eb.describeEnvironmentHealth(r -> r.environmentName("rt-env").attributeNamesWithStrings("All"));
    assertThat(health.healthStatus()).isEqualTo("Ok");
    assertThat(health.instancesHealth().ok()).isEqualTo(1);
    var instances = eb.describeInstancesHealth(r -> r.environmentName("rt-env").attributeNamesWithStrings("All"))
        .instanceHealthList();
    assertThat(instances).singleElement().satisfies(i -> assertThat(i.deployment().versionLabel()).isEqualTo("v1"));
    var resources = eb.describeEnvironmentResources(r -> r.environmentName("rt-env")).environmentResources();
    assertThat(resources.instances()).singleElement()
        .satisfies(i -> assertThat(i.id()).isEqualTo(instances.get(0).instanceId()));
  }

  @Test
  void configurationOptionsAndValidation() {
    var options = eb.describeConfigurationOptions(r -> r.environmentName("rt-env").applicationName("rt")
        .options(o -> o.namespace("aws:elasticbeanstalk:environment").optionName("EnvironmentType")));
    assertThat(options.options()).singleElement().satisfies(o -> assertThat(o.valueOptions())
        .containsExactly("SingleInstance", "LoadBalanced"));
    var messages = eb.validateConfigurationSettings(r -> r.applicationName("rt").environmentName("rt-env")
        .optionSettings(o -> o.namespace("aws:elasticbeanstalk:environment").optionName("EnvironmentType")
            .value("Huge"))).messages();
    assertThat(messages).singleElement().satisfies(m -> assertThat(m.message())
        .contains("Value is not one of the allowed values"));
  }

  @Test
  void environmentInfoIsStoredInS3AndFetchableWithPlainGet() throws Exception {
    String rid = eb.requestEnvironmentInfo(r -> r.environmentName("rt-env").infoType(EnvironmentInfoType.TAIL))
        .responseMetadata().requestId();
    TestClients.await(Duration.ofSeconds(5), () -> eb.describeEvents(r -> r.requestId(rid)).events().stream()
        .anyMatch(e -> e.message().equals("Pulled logs for environment instances.")));
    var info = eb.retrieveEnvironmentInfo(r -> r.environmentName("rt-env").infoType(EnvironmentInfoType.TAIL))
        .environmentInfo();
    assertThat(info).singleElement().satisfies(i -> assertThat(i.message()).startsWith(aws.endpoint().toString()));
    HttpResponse<String> log = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(info.get(0).message()))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(log.statusCode()).isEqualTo(200);
    assertThat(log.body()).contains("Successfully launched environment: rt-env");
  }

  @Test
  void tags() {
    String arn = eb.describeApplications(r -> r.applicationNames("rt")).applications().get(0).applicationArn();
    eb.updateTagsForResource(r -> r.resourceArn(arn).tagsToAdd(t -> t.key("env").value("prod")).tagsToRemove("team"));
    assertThat(eb.listTagsForResource(r -> r.resourceArn(arn)).resourceTags()).singleElement()
        .satisfies(t -> assertThat(t.key() + "=" + t.value()).isEqualTo("env=prod"));
    assertThatThrownBy(() -> eb.listTagsForResource(r -> r.resourceArn(arn + "-missing")))
        .hasMessageContaining("not found");
  }

  @Test
  void eventFilters() {
    Instant now = Instant.now();
    var all = eb.describeEvents(r -> r.environmentName("rt-env")).events();
    assertThat(all).isNotEmpty();
    assertThat(all.get(0).eventDate()).isAfterOrEqualTo(all.get(all.size() - 1).eventDate());
    assertThat(eb.describeEvents(r -> r.environmentName("rt-env").endTime(all.get(all.size() - 1).eventDate()))
        .events()).isEmpty();
    assertThat(eb.describeEvents(r -> r.environmentName("rt-env").startTime(now.plusSeconds(60))).events()).isEmpty();
    assertThat(eb.describeEvents(r -> r.environmentName("rt-env").severity("ERROR")).events()).isEmpty();
    var first = eb.describeEvents(r -> r.environmentName("rt-env").maxRecords(2));
    assertThat(first.events()).hasSize(2);
    var second = eb.describeEvents(r -> r.environmentName("rt-env").maxRecords(2).nextToken(first.nextToken()));
    assertThat(second.events()).extracting(EventDescription::message).isNotEmpty()
        .isEqualTo(all.subList(2, 2 + second.events().size()).stream().map(EventDescription::message).toList());
  }
}
