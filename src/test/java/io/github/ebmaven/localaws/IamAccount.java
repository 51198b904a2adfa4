package io.github.ebmaven.localaws;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The IAM roles and instance profiles of the account in one partition ({@code aws}, {@code aws-cn},
 * {@code aws-us-gov}). Account-wide, not per region, as in IAM. Tests pre-create what they need
 * here; the IAM API of the endpoint works on the same objects. Thread-safe.
 */
public final class IamAccount {
  /** The instance profile and role the EB CLI creates for instances. */
  public static final String EB_INSTANCE_PROFILE = "aws-elasticbeanstalk-ec2-role";
  /** The service role the EB CLI creates. */
  public static final String EB_SERVICE_ROLE = "aws-elasticbeanstalk-service-role";

  /** AWS managed policies a role may attach (path and name, as in their ARNs). */
  static final Set<String> MANAGED_POLICIES = Set.of("AWSElasticBeanstalkWebTier", "AWSElasticBeanstalkWorkerTier",
      "AWSElasticBeanstalkMulticontainerDocker", "service-role/AWSElasticBeanstalkEnhancedHealth",
      "AWSElasticBeanstalkManagedUpdatesCustomerRolePolicy", "service-role/AWSElasticBeanstalkService",
      "AdministratorAccess-AWSElasticBeanstalk", "AWSElasticBeanstalkReadOnly", "AmazonS3ReadOnlyAccess",
      "AmazonSSMManagedInstanceCore", "CloudWatchAgentServerPolicy", "AdministratorAccess");

  /** A role. */
  record Role(String name, String path, String id, String trustPolicy, Instant created, Set<String> policies) { }

  /** An instance profile: at most one role, as IAM allows. */
  record InstanceProfile(String name, String path, String id, Instant created, List<String> roles) { }

  final String partition;
  final String accountId;
  private final Clock clock;
  private final Map<String, Role> roles = new LinkedHashMap<>();
  private final Map<String, InstanceProfile> profiles = new LinkedHashMap<>();

  IamAccount(String partition, String accountId, Clock clock) {
    this.partition = partition;
    this.accountId = accountId;
    this.clock = clock;
  }

  /**
   * The partition of a signing region: {@code aws-cn} for cn-* (and IAM's aws-cn-global), {@code
   * aws-us-gov} for us-gov-* (and aws-us-gov-global), else {@code aws}.
   */
  static String partitionOf(String region) {
    return region.startsWith("cn-") || region.startsWith("aws-cn") ? "aws-cn"
        : region.startsWith("us-gov-") || region.startsWith("aws-us-gov") ? "aws-us-gov" : "aws";
  }

  String arn(String resource) {
    return "arn:" + partition + ":iam::" + accountId + ":" + resource;
  }

  String managedPolicyArn(String pathAndName) {
    return "arn:" + partition + ":iam::aws:policy/" + pathAndName;
  }

  /** Creates a role with its trust policy (JSON); fails with EntityAlreadyExists when it exists. */
  public synchronized IamAccount createRole(String name, String trustPolicy) {
    if (roles.containsKey(name)) {
      throw IamEmulator.error("EntityAlreadyExists", 409, "Role with name " + name + " already exists.");
    }
    roles.put(name, new Role(name, "/", "AROA" + id(), trustPolicy, clock.instant(), new LinkedHashSet<>()));
    return this;
  }

  /** Attaches a managed policy ({@code arn:<partition>:iam::aws:policy/...}) to a role. */
  public synchronized IamAccount attachRolePolicy(String roleName, String policyArn) {
    Role role = role(roleName);
    String prefix = "arn:" + partition + ":iam::aws:policy/";
    if (policyArn == null || !policyArn.startsWith(prefix) || !MANAGED_POLICIES.contains(policyArn.substring(prefix.length()))) {
      throw IamEmulator.error("NoSuchEntity", 404, "Policy " + policyArn + " does not exist or is not attachable.");
    }
    role.policies().add(policyArn);
    return this;
  }

  /** Creates an empty instance profile; fails with EntityAlreadyExists when it exists. */
  public synchronized IamAccount createInstanceProfile(String name) {
    if (profiles.containsKey(name)) {
      throw IamEmulator.error("EntityAlreadyExists", 409, "Instance Profile " + name + " already exists.");
    }
    profiles.put(name, new InstanceProfile(name, "/", "AIPA" + id(), clock.instant(), new ArrayList<>()));
    return this;
  }

  /** Puts a role into an instance profile, which holds at most one. */
  public synchronized IamAccount addRoleToInstanceProfile(String profileName, String roleName) {
    InstanceProfile profile = instanceProfile(profileName);
    role(roleName);
    if (!profile.roles().isEmpty()) {
      throw IamEmulator.error("LimitExceeded", 409, "Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1");
    }
    profile.roles().add(roleName);
    return this;
  }

  /**
   * What the EB CLI creates on a new account: the instance profile and role {@value
   * #EB_INSTANCE_PROFILE} (web, worker and multicontainer Docker tier policies) and the service
   * role {@value #EB_SERVICE_ROLE} (enhanced health and managed updates policies). Existing ones are kept.
   */
  public synchronized IamAccount createEbDefaultRoles() {
    String ec2Trust = "{\"Version\":\"2008-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
        + "\"ec2.amazonaws.com" + ("aws-cn".equals(partition) ? ".cn" : "") + "\"},\"Action\":\"sts:AssumeRole\"}]}";
    String serviceTrust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
        + "\"elasticbeanstalk.amazonaws.com\"},\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":"
        + "{\"sts:ExternalId\":\"elasticbeanstalk\"}}}]}";
    if (!roles.containsKey(EB_INSTANCE_PROFILE)) {
      createRole(EB_INSTANCE_PROFILE, ec2Trust);
      for (String policy : List.of("AWSElasticBeanstalkWebTier", "AWSElasticBeanstalkWorkerTier",
          "AWSElasticBeanstalkMulticontainerDocker")) {
        attachRolePolicy(EB_INSTANCE_PROFILE, managedPolicyArn(policy));
      }
    }
    if (!profiles.containsKey(EB_INSTANCE_PROFILE)) {
      createInstanceProfile(EB_INSTANCE_PROFILE);
      addRoleToInstanceProfile(EB_INSTANCE_PROFILE, EB_INSTANCE_PROFILE);
    }
    if (!roles.containsKey(EB_SERVICE_ROLE)) {
      createRole(EB_SERVICE_ROLE, serviceTrust);
      attachRolePolicy(EB_SERVICE_ROLE, managedPolicyArn("service-role/AWSElasticBeanstalkEnhancedHealth"));
      attachRolePolicy(EB_SERVICE_ROLE, managedPolicyArn("AWSElasticBeanstalkManagedUpdatesCustomerRolePolicy"));
    }
    return this;
  }

  public synchronized boolean hasInstanceProfile(String name) {
    return profiles.containsKey(name);
  }

  public synchronized boolean hasRole(String name) {
    return roles.containsKey(name);
  }

  synchronized Role role(String name) {
    Role role = roles.get(name);
    if (role == null) {
      throw IamEmulator.error("NoSuchEntity", 404, "The role with name " + name + " cannot be found.");
    }
    return role;
  }

  synchronized InstanceProfile instanceProfile(String name) {
    InstanceProfile profile = profiles.get(name);
    if (profile == null) {
      throw IamEmulator.error("NoSuchEntity", 404, "Instance Profile " + name + " cannot be found.");
    }
    return profile;
  }

  /** The profile a launch names (a name, or an ARN of this account), or null when IAM has none. */
  synchronized InstanceProfile resolveInstanceProfile(String nameOrArn) {
    String name = nameOrArn;
    String arnPrefix = "arn:" + partition + ":iam::" + accountId + ":instance-profile/";
    if (nameOrArn.startsWith("arn:")) {
      if (!nameOrArn.startsWith(arnPrefix)) {
        return null;
      }
      name = nameOrArn.substring(nameOrArn.lastIndexOf('/') + 1);
    }
    return profiles.get(name);
  }

  synchronized List<Role> roles() {
    return List.copyOf(roles.values());
  }

  synchronized List<InstanceProfile> instanceProfiles() {
    return List.copyOf(profiles.values());
  }

  synchronized List<InstanceProfile> profilesOf(String roleName) {
    role(roleName);
    return profiles.values().stream().filter(p -> p.roles().contains(roleName)).toList();
  }

  /** Roles and profiles as the state JSON shows them. */
  synchronized Map<String, Object> describe() {
    Map<String, Object> out = new LinkedHashMap<>();
    List<Object> roleList = new ArrayList<>();
    roles.values().forEach(r -> roleList.add(Xml.obj("RoleName", r.name(), "Arn", arn("role" + r.path() + r.name()),
        "AssumeRolePolicyDocument", r.trustPolicy(), "AttachedPolicies", List.copyOf(r.policies()))));
    List<Object> profileList = new ArrayList<>();
    profiles.values().forEach(p -> profileList.add(Xml.obj("InstanceProfileName", p.name(), "Arn",
        arn("instance-profile" + p.path() + p.name()), "Roles", List.copyOf(p.roles()))));
    out.put("roles", roleList);
    out.put("instanceProfiles", profileList);
    return out;
  }

  synchronized void clear() {
    roles.clear();
    profiles.clear();
  }

  private static String id() {
    return Ids.alnum(17).toUpperCase(java.util.Locale.ROOT);
  }
}
