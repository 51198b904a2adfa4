package io.github.ebmaven.localaws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.LimitExceededException;
import software.amazon.awssdk.services.iam.model.MalformedPolicyDocumentException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.sts.StsClient;

/** IAM and STS on the endpoint's port, through the SDK's IAM and STS clients. */
class IamAndStsTest {
  private static final String TRUST = "{\"Version\":\"2008-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
      + "{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
  private LocalAws aws;
  private IamClient iam;

  @BeforeEach
  void start() {
    aws = LocalAws.start(LocalAwsOptions.defaults());
    iam = TestClients.iam(aws);
  }

  @AfterEach
  void stop() {
    iam.close();
    aws.close();
  }

  @Test
  void callerIdentityNamesTheAccountAndTheCaller() {
    try (StsClient sts = TestClients.sts(aws)) {
      var identity = sts.getCallerIdentity();
      assertThat(identity.account()).isEqualTo("000000000000");
      assertThat(identity.arn()).isEqualTo("arn:aws:iam::000000000000:user/test");
      assertThat(identity.userId()).startsWith("AIDA");
    }
    assertThat(aws.calls().count("sts:GetCallerIdentity")).isEqualTo(1);
  }

  @Test
  void theEbCliSequenceCreatesTheInstanceProfileAndItsRole() {
    String name = "aws-elasticbeanstalk-ec2-role";
    assertThatThrownBy(() -> iam.getInstanceProfile(b -> b.instanceProfileName(name)))
        .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(404);
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchEntity");
          assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Instance Profile " + name + " cannot be found.");
        });
    iam.createInstanceProfile(b -> b.instanceProfileName(name));
    assertThatThrownBy(() -> iam.createInstanceProfile(b -> b.instanceProfileName(name)))
        .isInstanceOfSatisfying(EntityAlreadyExistsException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(409);
          assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Instance Profile " + name + " already exists.");
        });
    var created = iam.createRole(b -> b.roleName(name).assumeRolePolicyDocument(TRUST)).role();
    assertThat(created.arn()).isEqualTo("arn:aws:iam::000000000000:role/" + name);
    assertThatThrownBy(() -> iam.createRole(b -> b.roleName(name).assumeRolePolicyDocument(TRUST)))
        .isInstanceOf(EntityAlreadyExistsException.class).hasMessageContaining("Role with name " + name
            + " already exists.");
    for (String policy : new String[] {"AWSElasticBeanstalkWebTier", "AWSElasticBeanstalkWorkerTier",
        "AWSElasticBeanstalkMulticontainerDocker"}) {
      iam.attachRolePolicy(b -> b.roleName(name).policyArn("arn:aws:iam::aws:policy/" + policy));
    }
    iam.addRoleToInstanceProfile(b -> b.instanceProfileName(name).roleName(name));
    assertThatThrownBy(() -> iam.addRoleToInstanceProfile(b -> b.instanceProfileName(name).roleName(name)))
        .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
            .isEqualTo("Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1"));

    var role = iam.getRole(b -> b.roleName(name)).role();
    assertThat(URLDecoder.decode(role.assumeRolePolicyDocument(), StandardCharsets.UTF_8)).isEqualTo(TRUST);
    assertThat(iam.listAttachedRolePolicies(b -> b.roleName(name)).attachedPolicies())
        .extracting(AttachedPolicy::policyName)
        .containsExactly("AWSElasticBeanstalkWebTier", "AWSElasticBeanstalkWorkerTier",
            "AWSElasticBeanstalkMulticontainerDocker");
    var profile = iam.getInstanceProfile(b -> b.instanceProfileName(name)).instanceProfile();
    assertThat(profile.arn()).isEqualTo("arn:aws:iam::000000000000:instance-profile/" + name);
    assertThat(profile.roles()).singleElement().satisfies(r -> assertThat(r.roleName()).isEqualTo(name));
    assertThat(iam.listInstanceProfilesForRole(b -> b.roleName(name)).instanceProfiles()).hasSize(1);
    assertThat(iam.listInstanceProfiles().instanceProfiles()).hasSize(1);
    assertThat(iam.listRoles().roles()).hasSize(1);
    assertThat(aws.iam().hasInstanceProfile(name)).isTrue();
    assertThat(aws.stateJson()).contains("\"InstanceProfileName\" : \"" + name + "\"");
  }

  @Test
  void refusesWhatIamRefuses() {
    assertThatThrownBy(() -> iam.getRole(b -> b.roleName("ghost"))).isInstanceOfSatisfying(NoSuchEntityException.class,
        e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The role with name ghost cannot be found."));
    assertThatThrownBy(() -> iam.createRole(b -> b.roleName("bad").assumeRolePolicyDocument("{not json")))
        .isInstanceOfSatisfying(MalformedPolicyDocumentException.class, e -> assertThat(e.statusCode()).isEqualTo(400));
    iam.createRole(b -> b.roleName("app-role").assumeRolePolicyDocument(TRUST));
    assertThatThrownBy(() -> iam.attachRolePolicy(b -> b.roleName("app-role")
        .policyArn("arn:aws:iam::aws:policy/NoSuchPolicy"))).isInstanceOfSatisfying(NoSuchEntityException.class,
            e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Policy arn:aws:iam::aws:policy/NoSuchPolicy"
                + " does not exist or is not attachable."));
    assertThatThrownBy(() -> iam.createInstanceProfile(b -> b.instanceProfileName("has space")))
        .isInstanceOfSatisfying(IamException.class, e -> assertThat(e.awsErrorDetails().errorCode())
            .isEqualTo("ValidationError"));
  }

  @Test
  void theDenyFaultAnswersAccessDeniedForAllOrTheNamedActions() {
    aws.faults().denyIam("GetInstanceProfile");
    assertThatThrownBy(() -> iam.getInstanceProfile(b -> b.instanceProfileName("aws-elasticbeanstalk-ec2-role")))
        .isInstanceOfSatisfying(IamException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(403);
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
          assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("User: arn:aws:iam::000000000000:user/test is not"
              + " authorized to perform: iam:GetInstanceProfile on resource: arn:aws:iam::000000000000:instance-profile/"
              + "aws-elasticbeanstalk-ec2-role because no identity-based policy allows the iam:GetInstanceProfile"
              + " action");
        });
    iam.createInstanceProfile(b -> b.instanceProfileName("allowed"));
    aws.faults().denyIam();
    assertThatThrownBy(() -> iam.listRoles()).isInstanceOfSatisfying(IamException.class,
        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied"));
    try (StsClient sts = TestClients.sts(aws)) {
      assertThat(sts.getCallerIdentity().account()).isEqualTo("000000000000");
    }
    aws.faults().clear();
    assertThat(iam.listInstanceProfiles().instanceProfiles()).hasSize(1);
  }

  @Test
  void rolesBelongToTheAccountOfAPartitionNotToARegion() {
    aws.iam().createEbDefaultRoles();
    try (IamClient china = IamClient.builder().endpointOverride(aws.endpoint()).region(Region.AWS_CN_GLOBAL)
        .credentialsProvider(() -> AwsBasicCredentials.create("test", "test"))
        .httpClient(UrlConnectionHttpClient.create()).build()) {
      assertThat(china.listInstanceProfiles().instanceProfiles()).isEmpty();
      china.createInstanceProfile(b -> b.instanceProfileName("cn-profile"));
      assertThat(china.getInstanceProfile(b -> b.instanceProfileName("cn-profile")).instanceProfile().arn())
          .isEqualTo("arn:aws-cn:iam::000000000000:instance-profile/cn-profile");
    }
    assertThat(iam.getRole(b -> b.roleName(IamAccount.EB_SERVICE_ROLE)).role().arn())
        .isEqualTo("arn:aws:iam::000000000000:role/aws-elasticbeanstalk-service-role");
    assertThat(iam.listAttachedRolePolicies(b -> b.roleName(IamAccount.EB_SERVICE_ROLE)).attachedPolicies())
        .extracting(AttachedPolicy::policyArn).containsExactly(
            "arn:aws:iam::aws:policy/service-role/AWSElasticBeanstalkEnhancedHealth",
            "arn:aws:iam::aws:policy/AWSElasticBeanstalkManagedUpdatesCustomerRolePolicy");
  }

  @Test
  void theControlPathPreCreatesRolesAndProfiles() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(aws.endpoint() + "/_localaws/iam"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"roles\":[{\"name\":\"web\",\"policies\":"
            + "[\"arn:aws:iam::aws:policy/AWSElasticBeanstalkWebTier\"]}],\"instanceProfiles\":[{\"name\":\"web\","
            + "\"role\":\"web\"}]}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(reply.statusCode()).isEqualTo(200);
    JsonNode state = new ObjectMapper().readTree(aws.stateJson());
    assertThat(state.at("/iam/aws/instanceProfiles/0/Roles/0").asText()).isEqualTo("web");
    assertThat(iam.getInstanceProfile(b -> b.instanceProfileName("web")).instanceProfile().roles()).hasSize(1);
    HttpResponse<String> typo = http.send(HttpRequest.newBuilder(URI.create(aws.endpoint() + "/_localaws/iam"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"role\":[]}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(typo.statusCode()).isEqualTo(400);
  }
}
