package io.github.ebmaven.localaws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.elasticbeanstalk.ElasticBeanstalkClient;
import software.amazon.awssdk.services.elasticbeanstalk.model.ConfigurationOptionSetting;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentDescription;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentHealth;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentStatus;
import software.amazon.awssdk.services.elasticbeanstalk.model.EventDescription;
import software.amazon.awssdk.services.elasticbeanstalk.model.EventSeverity;
import software.amazon.awssdk.services.s3.S3Client;

/** CreateEnvironment on an account of today: instance profile, launch templates, default VPC. */
class NewAccountLaunchTest {
  private static final String STACK = "64bit Amazon Linux 2023 v4.7.3 running Python 3.11";
  private static final String PROFILE = "aws:autoscaling:launchconfiguration";
  private LocalAws aws;
  private ElasticBeanstalkClient eb;

  @BeforeEach
  void start() {
    aws = LocalAws.start(LocalAwsOptions.defaults().withDelays(Delays.uniform(Duration.ofMillis(60))));
    eb = TestClients.eb(aws);
    eb.createApplication(r -> r.applicationName("app"));
  }

  @AfterEach
  void stop() {
    eb.close();
    aws.close();
  }

  private String create(String name, ConfigurationOptionSetting... settings) {
    return eb.createEnvironment(r -> r.applicationName("app").environmentName(name).solutionStackName(STACK)
        .optionSettings(settings)).responseMetadata().requestId();
  }

  private EnvironmentDescription env(String name) {
    return eb.describeEnvironments(r -> r.environmentNames(name)).environments().get(0);
  }

  private List<EventDescription> awaitEvent(String requestId, String message) {
    List<EventDescription> events = new ArrayList<>();
    TestClients.await(Duration.ofSeconds(5), () -> {
      events.clear();
      events.addAll(eb.describeEvents(r -> r.requestId(requestId)).events());
      java.util.Collections.reverse(events);
      return events.stream().anyMatch(e -> e.message().startsWith(message));
    });
    return events;
  }

  private static List<String> messages(List<EventDescription> events) {
    return events.stream().map(EventDescription::message).toList();
  }

  @Test
  void withoutAnInstanceProfileTheLaunchFailsAndTheEnvironmentIsTerminated() {
    String rid = create("no-profile", TestClients.setting(PROFILE, "RootVolumeType", "gp3"));
    List<EventDescription> events = awaitEvent(rid, "Deleting SNS topic");
    assertThat(messages(events)).containsExactly("createEnvironment is starting.",
        "Using elasticbeanstalk-us-east-1-000000000000 as Amazon S3 storage bucket for environment data.",
        "Environment must have instance profile associated with it.", "Failed to launch environment.",
        "Deleting SNS topic for environment no-profile.");
    assertThat(events).filteredOn(e -> e.severity() == EventSeverity.ERROR).hasSize(2);
    TestClients.await(Duration.ofSeconds(5), () -> env("no-profile").status() == EnvironmentStatus.TERMINATED);
    assertThat(env("no-profile").health()).isEqualTo(EnvironmentHealth.GREY);
    assertThat(env("no-profile").healthStatus()).isNull();
  }

  @Test
  void aNamedProfileMustExistAndHoldARole() {
    String missing = create("missing-profile", TestClients.setting(PROFILE, "IamInstanceProfile", "nobody"),
        TestClients.setting(PROFILE, "DisableIMDSv1", "true"));
    assertThat(messages(awaitEvent(missing, "Failed to launch environment.")))
        .contains("The instance profile nobody associated with the environment does not exist.");
    aws.iam().createInstanceProfile("empty");
    String empty = create("empty-profile", TestClients.setting(PROFILE, "IamInstanceProfile",
        "arn:aws:iam::000000000000:instance-profile/empty"), TestClients.setting(PROFILE, "DisableIMDSv1", "true"));
    assertThat(messages(awaitEvent(empty, "Failed to launch environment."))).contains("The instance profile"
        + " arn:aws:iam::000000000000:instance-profile/empty associated with the environment has no role. Please"
        + " attach a role to the instance profile.");
  }

  @Test
  void withoutALaunchTemplateOptionANewAccountCannotCreateTheLaunchConfiguration() {
    aws.iam().createEbDefaultRoles();
    String rid = create("no-template", TestClients.setting(PROFILE, "IamInstanceProfile",
        IamAccount.EB_INSTANCE_PROFILE));
    List<String> messages = messages(awaitEvent(rid, "Launched environment: no-template."));
    assertThat(messages).anyMatch(m -> m.startsWith("Creating Auto Scaling launch configuration failed Reason: Resource"
        + " handler returned message: \"The Launch Configuration creation operation is not available in your account."
        + " Use launch templates to create configuration templates for your Auto Scaling groups. (Service:"
        + " AutoScaling, Status Code: 400, Request ID: ") && m.endsWith("HandlerErrorCode: GeneralServiceException)"));
    String envId = env("no-template").environmentId();
    assertThat(messages).contains("Stack named 'awseb-" + envId + "-stack' aborted operation. Current state:"
        + " 'CREATE_FAILED'  Reason: The following resource(s) failed to create: [AWSEBAutoScalingLaunchConfiguration].",
        "Launched environment: no-template. However, there were issues during launch. See event log for details.")
        .doesNotContain("Successfully launched environment: no-template");
    TestClients.await(Duration.ofSeconds(5), () -> env("no-template").status() == EnvironmentStatus.READY);
    assertThat(eb.describeEnvironmentResources(r -> r.environmentName("no-template")).environmentResources()
        .instances()).isEmpty();
  }

  @Test
  void aLegacyAccountStillLaunchesWithALaunchConfiguration() throws Exception {
    aws.iam().createEbDefaultRoles();
    HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(aws.endpoint() + "/_localaws/account")).POST(HttpRequest.BodyPublishers.ofString(
            "{\"legacyAccount\":true}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(reply.body()).contains("\"legacyAccount\" : true");
    String rid = create("legacy", TestClients.setting(PROFILE, "IamInstanceProfile", IamAccount.EB_INSTANCE_PROFILE));
    assertThat(messages(awaitEvent(rid, "Successfully launched environment: legacy")))
        .anyMatch(m -> m.startsWith("Created Auto Scaling launch configuration named: "));
    var resources = eb.describeEnvironmentResources(r -> r.environmentName("legacy")).environmentResources();
    assertThat(resources.launchConfigurations()).hasSize(1);
    assertThat(resources.launchTemplates()).isEmpty();
  }

  @Test
  void theProfileAndTheLaunchTemplateOptionMayComeFromTheBundlesEbextensions() {
    aws.iam().createEbDefaultRoles();
    try (S3Client s3 = TestClients.s3(aws)) {
      String bucket = eb.createStorageLocation().s3Bucket();
      s3.putObject(r -> r.bucket(bucket).key("app/v1.zip"), RequestBody.fromBytes(TestClients.zip(Map.of(
          "application.py", "print('hi')\n", ".ebextensions/launch.config", "option_settings:\n"
              + "  aws:autoscaling:launchconfiguration:\n    IamInstanceProfile: aws-elasticbeanstalk-ec2-role\n"
              + "    RootVolumeType: gp3\n"))));
      eb.createApplicationVersion(r -> r.applicationName("app").versionLabel("v1")
          .sourceBundle(b -> b.s3Bucket(bucket).s3Key("app/v1.zip")));
    }
    String rid = eb.createEnvironment(r -> r.applicationName("app").environmentName("from-bundle")
        .solutionStackName(STACK).versionLabel("v1")).responseMetadata().requestId();
    assertThat(messages(awaitEvent(rid, "Successfully launched environment: from-bundle")))
        .anyMatch(m -> m.startsWith("Created Auto Scaling launch template named: "));
  }

  @Test
  void eachDocumentedOptionSelectsALaunchTemplate() {
    String lc = PROFILE;
    assertThat(Launch.usesLaunchTemplate(Map.of())).isFalse();
    assertThat(Launch.usesLaunchTemplate(Map.of(OptionKey.of(lc, "RootVolumeType"), "gp2"))).isFalse();
    assertThat(Launch.usesLaunchTemplate(Map.of(OptionKey.of(lc, "RootVolumeType"), "gp3"))).isTrue();
    assertThat(Launch.usesLaunchTemplate(Map.of(OptionKey.of(lc, "BlockDeviceMappings"), "/dev/sdj=:100:true:gp3")))
        .isTrue();
    assertThat(Launch.usesLaunchTemplate(Map.of(OptionKey.of(lc, "DisableIMDSv1"), "true"))).isTrue();
    assertThat(Launch.usesLaunchTemplate(Map.of(OptionKey.of("aws:ec2:instances", "EnableSpot"), "true"))).isTrue();
  }

  @Test
  void withoutADefaultVpcTheSecurityGroupFailsUnlessAVpcIsNamed() {
    aws.iam().createEbDefaultRoles();
    aws.faults().noDefaultVpc();
    List<ConfigurationOptionSetting> settings = new ArrayList<>(TestClients.launchSettings());
    String rid = eb.createEnvironment(r -> r.applicationName("app").environmentName("no-vpc").solutionStackName(STACK)
        .optionSettings(settings)).responseMetadata().requestId();
    List<String> messages = messages(awaitEvent(rid, "Launched environment: no-vpc."));
    assertThat(messages).anyMatch(m -> m.startsWith("Creating security group failed Reason: No default VPC for this"
        + " user.") && m.contains("Error Code: VPCIdNotSpecified;"));
    assertThat(messages).anyMatch(m -> m.endsWith("The following resource(s) failed to create: [AWSEBSecurityGroup]."));
    settings.add(TestClients.setting("aws:ec2:vpc", "VPCId", "vpc-0abc"));
    settings.add(TestClients.setting("aws:ec2:vpc", "Subnets", "subnet-1,subnet-2"));
    String inVpc = eb.createEnvironment(r -> r.applicationName("app").environmentName("in-vpc").solutionStackName(STACK)
        .optionSettings(settings)).responseMetadata().requestId();
    awaitEvent(inVpc, "Successfully launched environment: in-vpc");
  }
}
