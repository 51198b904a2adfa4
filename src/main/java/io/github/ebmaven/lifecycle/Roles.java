package io.github.ebmaven.lifecycle;

import io.github.ebmaven.aws.AwsCallException;
import io.github.ebmaven.aws.Identity;
import io.github.ebmaven.aws.Partitions;
import io.github.ebmaven.config.ConfigKey;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import java.util.List;
import java.util.Optional;

/**
 * The IAM roles an environment needs, as the EB CLI makes sure of them: the EC2 instance profile
 * ({@code aws:autoscaling:launchconfiguration IamInstanceProfile}; EB no longer creates a default
 * one, and launches fail without it) and the service role ({@code aws:elasticbeanstalk:environment
 * ServiceRole}). A role or profile the user named must exist; the default ones are created when
 * missing. Without IAM permission to look, the names are used as they are, with one warning.
 */
public final class Roles {

  public static final String DEFAULT_INSTANCE_PROFILE = "aws-elasticbeanstalk-ec2-role";
  public static final String DEFAULT_SERVICE_ROLE = "aws-elasticbeanstalk-service-role";

  private static final List<String> INSTANCE_POLICIES =
      List.of("AWSElasticBeanstalkWebTier", "AWSElasticBeanstalkWorkerTier", "AWSElasticBeanstalkMulticontainerDocker");
  private static final List<String> SERVICE_POLICIES =
      List.of("service-role/AWSElasticBeanstalkEnhancedHealth", "AWSElasticBeanstalkManagedUpdatesCustomerRolePolicy");

  private final Identity identity;
  private final Reporter reporter;
  private boolean warned;

  public Roles(Identity identity, Reporter reporter) {
    this.identity = identity;
    this.reporter = reporter;
  }

  /**
   * Checks that the named instance profile and service role exist (an error before anything is
   * created when one the user named does not), then creates the default ones that are missing.
   *
   * @param instanceProfile a name or ARN; null when the environment's settings name one already
   * @param serviceRole a name or ARN; null when the environment's settings name one already
   */
  public void ensure(String instanceProfile, String serviceRole) throws EbException {
    Optional<Boolean> profileExists = instanceProfile == null ? Optional.of(true) : profileExists(instanceProfile);
    Optional<Boolean> roleExists = serviceRole == null ? Optional.of(true) : roleExists(serviceRole);
    if (profileExists.equals(Optional.of(false)) && !isDefault(instanceProfile, DEFAULT_INSTANCE_PROFILE)) {
      throw new EbException(
          "The instance profile '" + instanceProfile + "' (" + ConfigKey.INSTANCE_PROFILE.mention() + ") does not exist in IAM."
              + " Create it, or leave " + ConfigKey.INSTANCE_PROFILE.mention() + " unset to use " + DEFAULT_INSTANCE_PROFILE
              + ", which the plugin creates when it is missing. Nothing was created.");
    }
    if (roleExists.equals(Optional.of(false)) && !isDefault(serviceRole, DEFAULT_SERVICE_ROLE)) {
      throw new EbException(
          "The service role '" + serviceRole + "' (" + ConfigKey.SERVICE_ROLE.mention() + ") does not exist in IAM."
              + " Create it, or leave " + ConfigKey.SERVICE_ROLE.mention() + " unset to use " + DEFAULT_SERVICE_ROLE
              + ", which the plugin creates when it is missing. Nothing was created.");
    }
    if (profileExists.equals(Optional.of(false))) {
      createInstanceProfile();
    }
    if (roleExists.equals(Optional.of(false))) {
      createServiceRole();
    }
  }

  /**
   * The service role as an ARN, for APIs that take only ARNs (the version lifecycle): the account
   * comes from STS, the partition from the region.
   */
  public String serviceRoleArn(String serviceRole) throws EbException {
    if (serviceRole.startsWith("arn:")) {
      return serviceRole;
    }
    return "arn:" + identity.partition() + ":iam::" + identity.caller().account() + ":role/" + serviceRole;
  }

  /** Whether it exists; empty when IAM does not let us look. */
  private Optional<Boolean> profileExists(String profile) throws EbException {
    try {
      return Optional.of(identity.instanceProfile(name(profile)).isPresent());
    } catch (AwsCallException e) {
      return denied(e, "iam:GetInstanceProfile", "instance profile '" + profile + "'");
    }
  }

  private Optional<Boolean> roleExists(String role) throws EbException {
    try {
      return Optional.of(identity.role(name(role)).isPresent());
    } catch (AwsCallException e) {
      return denied(e, "iam:GetRole", "service role '" + role + "'");
    }
  }

  private void createInstanceProfile() throws EbException {
    String name = DEFAULT_INSTANCE_PROFILE;
    try {
      if (identity.role(name).isEmpty()) {
        identity.createRole(name, ec2TrustPolicy(), "Instances of Elastic Beanstalk environments (created by eb-maven-plugin)");
        attach(name, INSTANCE_POLICIES);
      }
      identity.createInstanceProfile(name);
      identity.addRoleToInstanceProfile(name, name);
      reporter.info("Created the IAM instance profile " + name + " with the role " + name + " (policies "
          + String.join(", ", INSTANCE_POLICIES) + "), as the EB CLI does");
    } catch (AwsCallException e) {
      denied(e, "iam:" + e.action(), "instance profile '" + name + "' (it could not be created)");
    }
  }

  private void createServiceRole() throws EbException {
    String name = DEFAULT_SERVICE_ROLE;
    try {
      identity.createRole(name, serviceTrustPolicy(), "Elastic Beanstalk's service role (created by eb-maven-plugin)");
      attach(name, SERVICE_POLICIES);
      reporter.info("Created the IAM service role " + name + " (policies " + String.join(", ", SERVICE_POLICIES)
          + "), as the EB CLI does");
    } catch (AwsCallException e) {
      denied(e, "iam:" + e.action(), "service role '" + name + "' (it could not be created)");
    }
  }

  private void attach(String role, List<String> policies) throws EbException {
    for (String policy : policies) {
      identity.attachPolicy(role, "arn:" + identity.partition() + ":iam::aws:policy/" + policy);
    }
  }

  /** An IAM refusal becomes one warning and the assumption that the names exist, as the EB CLI does. */
  private Optional<Boolean> denied(AwsCallException e, String permission, String what) throws AwsCallException {
    if (!e.isAccessDenied()) {
      throw e;
    }
    if (!warned) {
      reporter.warn("Insufficient IAM privileges (" + permission + " was denied). Unable to determine if " + what
          + " exists, assuming that it exists. If the environment fails to launch for want of it, have an"
          + " administrator create it, or grant " + permission + ".");
      warned = true;
    }
    return Optional.empty();
  }

  private String ec2TrustPolicy() {
    return "{\"Version\":\"2008-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\""
        + Partitions.ec2Principal(identity.partition()) + "\"},\"Action\":\"sts:AssumeRole\"}]}";
  }

  private static String serviceTrustPolicy() {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
        + "\"elasticbeanstalk.amazonaws.com\"},\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":"
        + "{\"sts:ExternalId\":\"elasticbeanstalk\"}}}]}";
  }

  /** The name in a name or ARN ({@code arn:aws:iam::123:instance-profile/path/name}). */
  static String name(String nameOrArn) {
    return nameOrArn.startsWith("arn:") ? nameOrArn.substring(nameOrArn.lastIndexOf('/') + 1) : nameOrArn;
  }

  private static boolean isDefault(String nameOrArn, String defaultName) {
    return defaultName.equals(name(nameOrArn));
  }
}
