package io.github.ebmaven.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.aws.Identity;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.testing.LocalAwsFixture;
import io.github.ebmaven.testing.RecordingReporter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The IAM roles an environment needs, against the local endpoint's IAM with the plugin's clients. */
class RolesTest {

  private LocalAwsFixture local;
  private final RecordingReporter reporter = new RecordingReporter();
  private Roles roles;

  @BeforeEach
  void start() throws EbException {
    local = new LocalAwsFixture();
    roles = new Roles(identity(), reporter);
  }

  @AfterEach
  void stop() {
    LocalAwsFixture.close(local);
  }

  private Identity identity() {
    return new Identity(local.clients::iam, local.clients::sts, local.clients.partition());
  }

  @Test
  void theDefaultRolesAreCreatedWhenMissingAsTheEbCliCreatesThem() throws EbException {
    roles.ensure(Roles.DEFAULT_INSTANCE_PROFILE, Roles.DEFAULT_SERVICE_ROLE);

    assertThat(local.aws.iam().hasInstanceProfile("aws-elasticbeanstalk-ec2-role")).isTrue();
    assertThat(local.aws.iam().hasRole("aws-elasticbeanstalk-service-role")).isTrue();
    Identity identity = identity();
    assertThat(identity.instanceProfile("aws-elasticbeanstalk-ec2-role").orElseThrow().roles())
        .containsExactly("aws-elasticbeanstalk-ec2-role");
    assertThat(identity.attachedPolicies("aws-elasticbeanstalk-ec2-role")).containsExactlyInAnyOrder(
        "arn:aws:iam::aws:policy/AWSElasticBeanstalkWebTier", "arn:aws:iam::aws:policy/AWSElasticBeanstalkWorkerTier",
        "arn:aws:iam::aws:policy/AWSElasticBeanstalkMulticontainerDocker");
    assertThat(identity.attachedPolicies("aws-elasticbeanstalk-service-role")).containsExactlyInAnyOrder(
        "arn:aws:iam::aws:policy/service-role/AWSElasticBeanstalkEnhancedHealth",
        "arn:aws:iam::aws:policy/AWSElasticBeanstalkManagedUpdatesCustomerRolePolicy");
    assertThat(reporter.infos).anyMatch(l -> l.startsWith("Created the IAM instance profile aws-elasticbeanstalk-ec2-role"))
        .anyMatch(l -> l.startsWith("Created the IAM service role aws-elasticbeanstalk-service-role"));

    local.aws.calls().reset();
    roles.ensure(Roles.DEFAULT_INSTANCE_PROFILE, Roles.DEFAULT_SERVICE_ROLE);
    assertThat(local.aws.calls().count("iam:CreateRole")).as("existing roles are kept").isZero();
  }

  @Test
  void aNamedProfileThatDoesNotExistFailsBeforeAnythingIsCreated() {
    assertThatThrownBy(() -> roles.ensure("team-ec2-profile", Roles.DEFAULT_SERVICE_ROLE))
        .isInstanceOf(EbException.class)
        .hasMessage("The instance profile 'team-ec2-profile' (eb.instanceProfile) does not exist in IAM. Create it, or"
            + " leave eb.instanceProfile unset to use aws-elasticbeanstalk-ec2-role, which the plugin creates when it"
            + " is missing. Nothing was created.");
    assertThat(local.aws.calls().count("iam:CreateRole")).isZero();
    assertThat(local.aws.iam().hasRole("aws-elasticbeanstalk-service-role")).isFalse();
  }

  @Test
  void aNamedServiceRoleArnThatDoesNotExistFails() {
    assertThatThrownBy(() -> roles.ensure(Roles.DEFAULT_INSTANCE_PROFILE,
            "arn:aws:iam::000000000000:role/service-role/team-eb-role"))
        .hasMessageStartingWith("The service role 'arn:aws:iam::000000000000:role/service-role/team-eb-role'"
            + " (eb.serviceRole) does not exist in IAM.");
  }

  @Test
  void withoutIamPermissionOneWarningAndTheNamesAreUsedAsTheEbCliDoes() throws EbException {
    local.aws.faults().denyIam();
    roles.ensure(Roles.DEFAULT_INSTANCE_PROFILE, Roles.DEFAULT_SERVICE_ROLE);

    assertThat(reporter.warnings).singleElement().asString()
        .startsWith("Insufficient IAM privileges (iam:GetInstanceProfile was denied). Unable to determine if instance"
            + " profile 'aws-elasticbeanstalk-ec2-role' exists, assuming that it exists.");
    assertThat(local.aws.iam().hasInstanceProfile("aws-elasticbeanstalk-ec2-role")).isFalse();
  }

  @Test
  void theServiceRoleArnUsesTheCallersAccountFromStsAndTheRegionsPartition() throws EbException {
    assertThat(roles.serviceRoleArn("aws-elasticbeanstalk-service-role"))
        .isEqualTo("arn:aws:iam::000000000000:role/aws-elasticbeanstalk-service-role");
    assertThat(roles.serviceRoleArn("arn:aws-cn:iam::123456789012:role/x")).isEqualTo("arn:aws-cn:iam::123456789012:role/x");
    assertThat(local.aws.calls().count("sts:GetCallerIdentity")).isEqualTo(1);
    assertThat(Roles.name("arn:aws:iam::1:instance-profile/path/team")).isEqualTo("team");
    assertThat(List.of(Roles.name("plain"))).containsExactly("plain");
  }
}
