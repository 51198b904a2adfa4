package io.github.ebmaven.localaws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.elasticbeanstalk.ElasticBeanstalkClient;
import software.amazon.awssdk.services.elasticbeanstalk.model.ConfigurationOptionSetting;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentInfoType;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentStatus;
import software.amazon.awssdk.services.elasticbeanstalk.model.EventDescription;
import software.amazon.awssdk.services.s3.S3Client;

/** What the EB CLI (awsebcli 3.27) sends and reads, answered as EB answers it. */
class EbCliContractTest {
  /** Fast operations; steps of swaps, logs and tags far enough apart to read the state between them. */
  private static final Delays SLOW_STEPS = new Delays(Duration.ofMillis(60), Duration.ofMillis(60),
      Duration.ofMillis(60), Duration.ofMillis(60), Duration.ofMillis(60), Duration.ofMillis(400));
  private static final String STACK = "64bit Amazon Linux 2023 v4.7.3 running Python 3.11";
  private static LocalAws aws;
  private static ElasticBeanstalkClient eb;
  private static final List<String> RESPONSES = new ArrayList<>();

  @BeforeAll
  static void start() {
    aws = LocalAws.start(LocalAwsOptions.defaults().withDelays(SLOW_STEPS));
    eb = ElasticBeanstalkClient.builder().endpointOverride(aws.endpoint()).region(Region.of(aws.region()))
        .credentialsProvider(() -> AwsBasicCredentials.create("test", "test"))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.addExecutionInterceptor(new RawResponses())).build();
    TestClients.createInstanceProfile(aws);
    eb.createApplication(r -> r.applicationName("cli"));
    List<ConfigurationOptionSetting> settings = new ArrayList<>(TestClients.launchSettings());
    // What a web-tier `eb create` adds to the request.
    settings.add(TestClients.setting("aws:elb:policies", "ConnectionDrainingEnabled", "true"));
    settings.add(TestClients.setting("aws:elb:loadbalancer", "CrossZone", "true"));
    settings.add(TestClients.setting("aws:autoscaling:updatepolicy:rollingupdate", "RollingUpdateEnabled", "true"));
    settings.add(TestClients.setting("aws:autoscaling:updatepolicy:rollingupdate", "RollingUpdateType", "Health"));
    settings.add(TestClients.setting("aws:elasticbeanstalk:environment", "ServiceRole",
        IamAccount.EB_SERVICE_ROLE));
    eb.createEnvironment(r -> r.applicationName("cli").environmentName("cli-env").solutionStackName(STACK)
        .optionSettings(settings));
    TestClients.await(Duration.ofSeconds(5), () -> eb.describeEnvironments(r -> r.environmentNames("cli-env"))
        .environments().get(0).status() == EnvironmentStatus.READY);
  }

  @AfterAll
  static void stop() {
    eb.close();
    aws.close();
  }

  /** Keeps each response body, which the SDK would drop where its model has no member (Tier). */
  private static final class RawResponses implements ExecutionInterceptor {
    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
        ExecutionAttributes attributes) {
      return context.responseBody().map(in -> {
        try {
          byte[] body = in.readAllBytes();
          synchronized (RESPONSES) {
            RESPONSES.add(new String(body, StandardCharsets.UTF_8));
          }
          return new ByteArrayInputStream(body);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  private static String lastResponse() {
    synchronized (RESPONSES) {
      return RESPONSES.get(RESPONSES.size() - 1);
    }
  }

  private static List<EventDescription> awaitEvents(String requestId, String last) {
    List<EventDescription> events = new ArrayList<>();
    TestClients.await(Duration.ofSeconds(5), () -> {
      events.clear();
      events.addAll(eb.describeEvents(r -> r.requestId(requestId)).events());
      return events.stream().anyMatch(e -> e.message().equals(last));
    });
    java.util.Collections.reverse(events);
    return events;
  }

  @Test
  void configurationSettingsCarryTheTierAndWhatTheCliReads() {
    var settings = eb.describeConfigurationSettings(r -> r.applicationName("cli").environmentName("cli-env"))
        .configurationSettings().get(0);
    assertThat(lastResponse()).contains("<Tier>", "<Name>WebServer</Name>", "<Type>Standard</Type>",
        "<Version>1.0</Version>");
    Map<String, String> environment = settings.optionSettings().stream()
        .filter(s -> s.namespace().equals("aws:elasticbeanstalk:environment"))
        .collect(Collectors.toMap(s -> s.optionName(), s -> s.value()));
    assertThat(environment).containsEntry("LoadBalancerIsShared", "false").containsEntry("EnvironmentType",
        "LoadBalanced").containsEntry("LoadBalancerType", "classic").containsEntry("ServiceRole",
            IamAccount.EB_SERVICE_ROLE);
    assertThat(settings.optionSettings()).anySatisfy(s -> {
      assertThat(s.namespace()).isEqualTo("aws:elb:policies");
      assertThat(s.optionName()).isEqualTo("ConnectionDrainingEnabled");
      assertThat(s.value()).isEqualTo("true");
    });
    assertThat(settings.optionSettings()).noneMatch(s -> s.namespace().startsWith("aws:rds:")
        || s.namespace().startsWith("aws:elbv2:"));
  }

  @Test
  void everyOptionTheCliAndThePluginSetIsKnown() {
    var messages = eb.validateConfigurationSettings(r -> r.applicationName("cli").environmentName("cli-env")
        .optionSettings(TestClients.setting("aws:ec2:instances", "EnableSpot", "true"),
            TestClients.setting("aws:ec2:instances", "SpotFleetOnDemandBase", "0"),
            TestClients.setting("aws:ec2:instances", "SpotMaxPrice", "0.05"),
            TestClients.setting("aws:ec2:vpc", "VPCId", "vpc-1"),
            TestClients.setting("aws:ec2:vpc", "Subnets", "subnet-1"),
            TestClients.setting("aws:ec2:vpc", "ELBSubnets", "subnet-2"),
            TestClients.setting("aws:ec2:vpc", "AssociatePublicIpAddress", "true"),
            TestClients.setting("aws:ec2:vpc", "ELBScheme", "internal"),
            TestClients.setting("aws:elasticbeanstalk:customoption", "AnythingAtAll", "x"),
            TestClients.setting("aws:elasticbeanstalk:cloudwatch:logs", "StreamLogs", "true"),
            TestClients.setting("aws:elasticbeanstalk:cloudwatch:logs:health", "HealthStreamingEnabled", "true"),
            TestClients.setting("aws:elbv2:loadbalancer", "IpAddressType", "dualstack"),
            TestClients.setting("aws:elbv2:listener:443", "Protocol", "HTTPS"),
            TestClients.setting("aws:elasticbeanstalk:environment:process:api", "Port", "8080"),
            TestClients.setting("aws:autoscaling:launchconfiguration", "RootVolumeType", "gp3"),
            TestClients.setting("aws:elasticbeanstalk:container:python", "WSGIPath", "app:application")))
        .messages();
    assertThat(messages).isEmpty();
    assertThat(eb.validateConfigurationSettings(r -> r.applicationName("cli").environmentName("cli-env")
        .optionSettings(TestClients.setting("aws:elbv2:loadbalancer", "IpAddressType", "ipv5"))).messages())
        .singleElement().satisfies(m -> assertThat(m.message()).contains("Value is not one of the allowed values:"
            + " [ipv4, dualstack]"));
  }

  @Test
  void logsArePulledAfterTheStartEventNotInTheSameMillisecond() {
    String rid = eb.requestEnvironmentInfo(r -> r.environmentName("cli-env").infoType(EnvironmentInfoType.BUNDLE))
        .responseMetadata().requestId();
    assertThat(eb.retrieveEnvironmentInfo(r -> r.environmentName("cli-env").infoType(EnvironmentInfoType.BUNDLE))
        .environmentInfo()).isEmpty();
    List<EventDescription> events = awaitEvents(rid, "Pulled logs for environment instances.");
    assertThat(events).extracting(EventDescription::message).first().isEqualTo("requestEnvironmentInfo is starting.");
    assertThat(events.get(1).message()).matches("\\[Instance: i-[0-9a-f]+\\] Successfully finished bundling \\d+ log\\(s\\)");
    assertThat(events.get(events.size() - 1).eventDate()).isAfter(events.get(0).eventDate());
    assertThat(eb.retrieveEnvironmentInfo(r -> r.environmentName("cli-env").infoType(EnvironmentInfoType.BUNDLE))
        .environmentInfo()).hasSize(1);
  }

  @Test
  void environmentTagUpdatesAreAnOperationTheCliWaitsFor() {
    String arn = eb.describeEnvironments(r -> r.environmentNames("cli-env")).environments().get(0).environmentArn();
    String rid = eb.updateTagsForResource(r -> r.resourceArn(arn).tagsToAdd(t -> t.key("team").value("web")))
        .responseMetadata().requestId();
    assertThat(eb.describeEnvironments(r -> r.environmentNames("cli-env")).environments().get(0).status())
        .isEqualTo(EnvironmentStatus.UPDATING);
    assertThat(awaitEvents(rid, "Environment tag update completed successfully.")).extracting(EventDescription::message)
        .containsExactly("Environment tag update started.", "Environment tag update completed successfully.");
    assertThat(eb.listTagsForResource(r -> r.resourceArn(arn)).resourceTags())
        .anySatisfy(t -> assertThat(t.key() + "=" + t.value()).isEqualTo("team=web"));
    TestClients.await(Duration.ofSeconds(5), () -> eb.describeEnvironments(r -> r.environmentNames("cli-env"))
        .environments().get(0).status() == EnvironmentStatus.READY);
  }

  @Test
  void savedConfigurationsAreTemplatesWithAFileInTheStorageBucket() {
    String envId = eb.describeEnvironments(r -> r.environmentNames("cli-env")).environments().get(0).environmentId();
    var created = eb.createConfigurationTemplate(r -> r.applicationName("cli").templateName("saved")
        .environmentId(envId).description("eb config save"));
    assertThat(created.templateName()).isEqualTo("saved");
    assertThat(created.optionSettings()).anySatisfy(s -> assertThat(s.value()).isEqualTo("gp3"));
    assertThatThrownBy(() -> eb.createConfigurationTemplate(r -> r.applicationName("cli").templateName("saved")
        .environmentId(envId))).hasMessageContaining("Configuration Template saved already exists.");
    assertThat(eb.describeApplications(r -> r.applicationNames("cli")).applications().get(0).configurationTemplates())
        .containsExactly("saved");
    try (S3Client s3 = TestClients.s3(aws)) {
      String file = s3.getObjectAsBytes(r -> r.bucket("elasticbeanstalk-us-east-1-000000000000")
          .key("resources/templates/cli/saved")).asUtf8String();
      assertThat(file).contains("OptionSettings:", "aws:autoscaling:launchconfiguration:", "RootVolumeType: gp3",
          "AWSConfigurationTemplateVersion: 1.1.0.0");
    }
    assertThat(eb.describeConfigurationOptions(r -> r.applicationName("cli").templateName("saved")
        .options(o -> o.namespace("aws:elasticbeanstalk:healthreporting:system").optionName("SystemType")))
        .options()).singleElement().satisfies(o -> assertThat(o.valueOptions()).containsExactly("basic", "enhanced"));
    eb.updateConfigurationTemplate(r -> r.applicationName("cli").templateName("saved").optionSettings(
        TestClients.setting("aws:autoscaling:asg", "MaxSize", "2")));
    assertThat(eb.describeConfigurationSettings(r -> r.applicationName("cli").templateName("saved"))
        .configurationSettings().get(0).optionSettings())
        .anySatisfy(s -> assertThat(s.optionName() + "=" + s.value()).isEqualTo("MaxSize=2"));
    eb.createEnvironment(r -> r.applicationName("cli").environmentName("from-template").templateName("saved"));
    TestClients.await(Duration.ofSeconds(5), () -> eb.describeEnvironments(r -> r.environmentNames("from-template"))
        .environments().get(0).status() == EnvironmentStatus.READY);
    eb.deleteConfigurationTemplate(r -> r.applicationName("cli").templateName("saved"));
    assertThat(eb.describeApplications(r -> r.applicationNames("cli")).applications().get(0).configurationTemplates())
        .isEmpty();
    assertThatThrownBy(() -> eb.describeConfigurationSettings(r -> r.applicationName("cli").templateName("saved")))
        .hasMessageContaining("No Configuration Template named 'cli/saved' found.");
  }

  @Test
  void deletingAnApplicationWithItsEnvironmentsEndsWithEbsEvent() {
    eb.createApplication(r -> r.applicationName("doomed"));
    eb.createEnvironment(r -> r.applicationName("doomed").environmentName("doomed-env").solutionStackName(STACK)
        .optionSettings(TestClients.launchSettings()));
    TestClients.await(Duration.ofSeconds(5), () -> eb.describeEnvironments(r -> r.environmentNames("doomed-env"))
        .environments().get(0).status() == EnvironmentStatus.READY);
    String rid = eb.deleteApplication(r -> r.applicationName("doomed").terminateEnvByForce(true)).responseMetadata()
        .requestId();
    assertThat(awaitEvents(rid, "The application has been deleted successfully.")).extracting(EventDescription::message)
        .contains("terminateEnvironment is starting.", "terminateEnvironment completed successfully.");
    assertThat(eb.describeApplications(r -> r.applicationNames("doomed")).applications()).isEmpty();
  }
}
