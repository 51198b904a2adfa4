package io.github.ebmaven.aws;

import io.github.ebmaven.report.EbException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.StsException;

/** Who the caller is (STS) and the IAM roles and instance profiles Elastic Beanstalk needs. */
public final class Identity {

  /** The account and ARN of the credentials in use. */
  public record Caller(String account, String arn) {}

  /** An instance profile and the roles in it. */
  public record InstanceProfile(String name, String arn, List<String> roles) {}

  private final Supplier<IamClient> iam;
  private final Supplier<StsClient> sts;
  private final String partition;

  /** @param iam and {@code sts} are asked for on first use, so goals that need neither never create them */
  public Identity(Supplier<IamClient> iam, Supplier<StsClient> sts, String partition) {
    this.iam = iam;
    this.sts = sts;
    this.partition = partition;
  }

  /** {@code aws}, {@code aws-cn} or {@code aws-us-gov}. */
  public String partition() {
    return partition;
  }

  public Caller caller() throws EbException {
    try {
      var response = sts.get().getCallerIdentity();
      return new Caller(response.account(), response.arn());
    } catch (StsException e) {
      throw new AwsCallException("STS", "GetCallerIdentity", code(e), message(e), e);
    } catch (SdkException e) {
      throw new AwsCallException("STS", "GetCallerIdentity", "", e.getMessage(), e);
    }
  }

  /** The instance profile, or empty when IAM has none of that name. */
  public Optional<InstanceProfile> instanceProfile(String name) throws EbException {
    try {
      var profile = iamCall("GetInstanceProfile", () -> iam.get().getInstanceProfile(b -> b.instanceProfileName(name)).instanceProfile());
      return Optional.of(
          new InstanceProfile(profile.instanceProfileName(), profile.arn(), profile.roles().stream().map(r -> r.roleName()).toList()));
    } catch (AwsCallException e) {
      return ifMissing(e);
    }
  }

  /** The role's ARN, or empty when IAM has no role of that name. */
  public Optional<String> role(String name) throws EbException {
    try {
      return Optional.of(iamCall("GetRole", () -> iam.get().getRole(b -> b.roleName(name)).role().arn()));
    } catch (AwsCallException e) {
      return ifMissing(e);
    }
  }

  public String createRole(String name, String trustPolicy, String description) throws EbException {
    return iamCall("CreateRole", () ->
        iam.get().createRole(b -> b.roleName(name).assumeRolePolicyDocument(trustPolicy).description(description)).role().arn());
  }

  public List<String> attachedPolicies(String role) throws EbException {
    return iamCall("ListAttachedRolePolicies", () ->
        iam.get().listAttachedRolePolicies(b -> b.roleName(role)).attachedPolicies().stream().map(AttachedPolicy::policyArn).toList());
  }

  public void attachPolicy(String role, String policyArn) throws EbException {
    iamCall("AttachRolePolicy", () -> iam.get().attachRolePolicy(b -> b.roleName(role).policyArn(policyArn)));
  }

  public String createInstanceProfile(String name) throws EbException {
    return iamCall("CreateInstanceProfile", () ->
        iam.get().createInstanceProfile(b -> b.instanceProfileName(name)).instanceProfile().arn());
  }

  public void addRoleToInstanceProfile(String profile, String role) throws EbException {
    iamCall("AddRoleToInstanceProfile", () ->
        iam.get().addRoleToInstanceProfile(b -> b.instanceProfileName(profile).roleName(role)));
  }

  /** Empty when IAM answered NoSuchEntity (what was asked for does not exist); else the failure. */
  private static <T> Optional<T> ifMissing(AwsCallException e) throws AwsCallException {
    if ("NoSuchEntity".equals(e.errorCode())) {
      return Optional.empty();
    }
    throw e;
  }

  private interface IamCall<T> {
    T run();
  }

  private static <T> T iamCall(String action, IamCall<T> call) throws AwsCallException {
    try {
      return call.run();
    } catch (IamException e) {
      throw new AwsCallException("IAM", action, code(e), message(e), e);
    } catch (SdkException e) {
      throw new AwsCallException("IAM", action, "", e.getMessage(), e);
    }
  }

  private static String code(software.amazon.awssdk.awscore.exception.AwsServiceException e) {
    return e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null ? "" : e.awsErrorDetails().errorCode();
  }

  private static String message(software.amazon.awssdk.awscore.exception.AwsServiceException e) {
    return e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
  }
}
