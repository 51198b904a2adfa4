package io.github.ebmaven.localaws;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The EC2 instances behind the emulator's environments, as EC2 and Systems Manager describe them:
 * the instance id {@code DescribeEnvironmentResources} reports, a state that follows the
 * environment's, addresses, key pair, subnet, VPC and instance profile from the environment's
 * effective option settings (API settings over the bundle's {@code .ebextensions} over defaults).
 * Values EB does not choose (addresses, ids of default resources) are derived from the instance
 * id, so they are stable for the life of an environment.
 */
final class InstanceFacts {
  private static final String VPC = "aws:ec2:vpc";

  /** How long EC2 keeps describing a terminated instance. */
  static final Duration TERMINATED_VISIBLE = Duration.ofHours(1);
  static final String LAUNCH = "aws:autoscaling:launchconfiguration";

  /** One instance. Addresses and DNS names are null where the instance has none. */
  record Instance(String id, String region, String accountId, String environmentName, String environmentId,
      String application,
      String state, int stateCode, String privateIp, String privateDns, String publicIp, String publicDns,
      String keyName, String vpcId, String subnetId, String instanceProfileName, String instanceProfileArn,
      String instanceProfileId, Map<String, String> securityGroups, String instanceType, String imageId,
      String availabilityZone, Instant launchTime, Map<String, String> tags) {

    boolean running() {
      return "running".equals(state);
    }
  }

  private InstanceFacts() {}

  /** The instances of a region, oldest environment first. */
  static List<Instance> of(EbEmulator eb, String region) {
    List<Instance> out = new ArrayList<>();
    synchronized (eb.lock) {
      EbState state = eb.regions().get(region);
      if (state == null) {
        return out;
      }
      for (EbState.Environment env : state.environments.values()) {
        boolean gone = "Terminated".equals(env.status);
        if (!gone || !env.updated.plus(TERMINATED_VISIBLE).isBefore(eb.now())) {
          out.add(describe(state, env, eb.effectiveSettings(env)));
        }
      }
    }
    return out;
  }

  private static Instance describe(EbState state, EbState.Environment env, Map<OptionKey, String> settings) {
    byte[] seed = SigV4.sha256(env.instanceId.getBytes(StandardCharsets.UTF_8));
    String region = state.region;
    String vpcSetting = setting(settings, VPC, "VPCId");
    String subnets = setting(settings, VPC, "Subnets");
    String associate = setting(settings, VPC, "AssociatePublicIpAddress");
    // The default VPC's subnets give instances public addresses; in a custom VPC only an explicit
    // AssociatePublicIpAddress=true does (its subnets are taken as private).
    boolean publicAddress = associate != null ? Boolean.parseBoolean(associate) : vpcSetting == null;
    String instanceState = switch (env.status) {
      case "Launching" -> "pending";
      case "Terminating" -> "shutting-down";
      case "Terminated" -> "terminated";
      default -> "running";
    };
    boolean addressed = !"terminated".equals(instanceState);
    String privateIp = (vpcSetting == null ? "172.31." : "10.0.") + octet(seed[0]) + "." + (octet(seed[1]) % 254 + 1);
    String publicIp = "3." + octet(seed[2]) + "." + octet(seed[3]) + "." + (octet(seed[4]) % 254 + 1);
    String profile = setting(settings, LAUNCH, "IamInstanceProfile");
    String profileName = profile == null ? null : profile.substring(profile.lastIndexOf('/') + 1);
    String instanceTypes = setting(settings, "aws:ec2:instances", "InstanceTypes");
    String stack = "awseb-" + env.id + "-stack";
    return new Instance(env.instanceId, region, state.accountId, env.name, env.id, env.application, instanceState,
        stateCode(instanceState),
        addressed ? privateIp : null, addressed ? privateDns(privateIp, region) : null,
        addressed && publicAddress ? publicIp : null, addressed && publicAddress ? publicDns(publicIp, region) : null,
        setting(settings, LAUNCH, "EC2KeyName"),
        vpcSetting != null ? vpcSetting : "vpc-0" + hex(region, 16),
        subnets != null ? subnets.split(",")[0].trim() : "subnet-0" + hex(region + "a", 16),
        profileName,
        profile == null ? null : profile.startsWith("arn:") ? profile
            : "arn:" + partition(region) + ":iam::" + state.accountId + ":instance-profile/" + profile,
        profile == null ? null : "AIPA" + hex(profile, 17).toUpperCase(),
        securityGroups(env, settings, stack),
        instanceTypes == null ? "t3.micro" : instanceTypes.split(",")[0].trim(),
        "ami-0" + hex(env.solutionStack, 16), region + "a", env.created, tags(state, env, stack));
  }

  private static Map<String, String> securityGroups(EbState.Environment env, Map<OptionKey, String> settings,
      String stack) {
    Map<String, String> groups = new LinkedHashMap<>();
    groups.put("sg-0" + hex(env.id, 16), stack + "-AWSEBSecurityGroup-" + hex(env.id + "sg", 12).toUpperCase());
    String extra = setting(settings, LAUNCH, "SecurityGroups");
    if (extra != null) {
      for (String group : extra.split(",")) {
        String g = group.trim();
        if (!g.isEmpty()) {
          groups.put(g.startsWith("sg-") ? g : "sg-0" + hex(g, 16), g);
        }
      }
    }
    return groups;
  }

  private static Map<String, String> tags(EbState state, EbState.Environment env, String stack) {
    Map<String, String> tags = new TreeMap<>();
    Map<String, String> own = state.tags.get(state.arn("environment/" + env.application + "/" + env.name));
    if (own != null) {
      tags.putAll(own);
    }
    tags.put("Name", env.name);
    tags.put("elasticbeanstalk:environment-name", env.name);
    tags.put("elasticbeanstalk:environment-id", env.id);
    tags.put("aws:cloudformation:stack-name", stack);
    tags.put("aws:autoscaling:groupName", stack + "-AWSEBAutoScalingGroup");
    return tags;
  }

  private static String setting(Map<OptionKey, String> settings, String namespace, String name) {
    String value = settings.get(OptionKey.of(namespace, name));
    return value == null || value.isBlank() ? null : value.trim();
  }

  static int stateCode(String state) {
    return switch (state) {
      case "pending" -> 0;
      case "shutting-down" -> 32;
      case "terminated" -> 48;
      case "stopping" -> 64;
      case "stopped" -> 80;
      default -> 16;
    };
  }

  private static String privateDns(String ip, String region) {
    String host = "ip-" + ip.replace('.', '-');
    return "us-east-1".equals(region) ? host + ".ec2.internal" : host + "." + region + ".compute.internal";
  }

  private static String publicDns(String ip, String region) {
    String host = "ec2-" + ip.replace('.', '-');
    return "us-east-1".equals(region) ? host + ".compute-1.amazonaws.com"
        : host + "." + region + ".compute.amazonaws.com";
  }

  static String partition(String region) {
    return region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
  }

  /** {@code length} lower-case hex digits derived from {@code seed}. */
  static String hex(String seed, int length) {
    return HexFormat.of().formatHex(SigV4.sha256(seed.getBytes(StandardCharsets.UTF_8))).substring(0, length);
  }

  private static int octet(byte b) {
    return b & 0xff;
  }
}
