package io.github.ebmaven.localaws;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An environment launch as EB runs it on an account of today: the storage bucket, the instance
 * profile (EB no longer creates one), the security group (which needs a default VPC unless
 * {@code aws:ec2:vpc VPCId} is set), the load balancer, the launch template (a launch
 * configuration only on accounts opened before October 2024, unless a launch-template option is
 * set), the Auto Scaling group and the instance, then the deployment of the version. Each step
 * writes EB's event, spread over {@link Delays#launch()}; a failing step ends the launch the way
 * EB ends it.
 */
final class Launch {
  static final String NO_PROFILE = "Environment must have instance profile associated with it.";
  static final String FAILED_TO_LAUNCH = "Failed to launch environment.";

  private final EbEmulator eb;
  private final Deployments deployments;

  Launch(EbEmulator eb, Deployments deployments) {
    this.eb = eb;
    this.deployments = deployments;
  }

  /** Runs the launch of a new environment (its "createEnvironment is starting." event is written). */
  void start(Operation op, String label) {
    EbState.Environment env = op.env;
    Duration total = eb.delays.launch();
    BundleProcessor.Result[] bundle = {new BundleProcessor.Result(null, Map.of())};
    env.operation = "Initialization";
    env.operationStarted = eb.now();
    op.at(total, 0.1, () -> op.info("Using " + op.state.storageBucket() + " as Amazon S3 storage bucket for environment"
        + " data."));
    op.at(total, 0.2, () -> {
      bundle[0] = deployments.bundleOf(op.state, env, label);
      String problem = instanceProfileProblem(op, settings(env, bundle[0]));
      if (problem != null) {
        failBeforeResources(op, problem);
        return;
      }
      op.at(total, 0.15, () -> securityGroup(op, bundle[0], total));
    });
  }

  private void securityGroup(Operation op, BundleProcessor.Result bundle, Duration total) {
    String stack = "awseb-" + op.env.id + "-stack";
    Map<OptionKey, String> settings = settings(op.env, bundle);
    String vpc = settings.get(OptionKey.of("aws:ec2:vpc", "VPCId"));
    if ((vpc == null || vpc.isBlank()) && eb.faults.hasNoDefaultVpc()) {
      op.error("Creating security group failed Reason: No default VPC for this user. GroupName is only supported for"
          + " EC2-Classic and default VPC. (Service: AmazonEC2; Status Code: 400; Error Code: VPCIdNotSpecified;"
          + " Request ID: " + UUID.randomUUID() + ")");
      stackFailed(op, stack, "AWSEBSecurityGroup", total);
      return;
    }
    op.info("Created security group named: " + stack + "-AWSEBSecurityGroup-" + upper(12));
    op.at(total, 0.1, () -> {
      if (loadBalanced(op.env, settings)) {
        op.info("Created load balancer named: awseb-" + op.env.id.substring(2, 7) + "-AWSEBLoa-" + upper(12));
      }
      op.at(total, 0.1, () -> launchTemplate(op, bundle, total));
    });
  }

  private void launchTemplate(Operation op, BundleProcessor.Result bundle, Duration total) {
    String stack = "awseb-" + op.env.id + "-stack";
    boolean template = usesLaunchTemplate(settings(op.env, bundle));
    if (!template && !eb.account.legacy()) {
      op.error("Creating Auto Scaling launch configuration failed Reason: Resource handler returned message: \"The"
          + " Launch Configuration creation operation is not available in your account. Use launch templates to"
          + " create configuration templates for your Auto Scaling groups. (Service: AutoScaling, Status Code: 400,"
          + " Request ID: " + UUID.randomUUID() + ")\" (RequestToken: " + UUID.randomUUID()
          + ", HandlerErrorCode: GeneralServiceException)");
      stackFailed(op, stack, "AWSEBAutoScalingLaunchConfiguration", total);
      return;
    }
    op.env.launchTemplate = template;
    op.info(template ? "Created Auto Scaling launch template named: " + stack + "-AWSEBEC2LaunchTemplate-" + upper(12)
        : "Created Auto Scaling launch configuration named: " + stack + "-AWSEBAutoScalingLaunchConfiguration-"
            + upper(12));
    op.at(total, 0.1, () -> {
      op.info("Created Auto Scaling group named: " + stack + "-AWSEBAutoScalingGroup-" + upper(12));
      op.info("Waiting for EC2 instances to launch. This may take a few minutes.");
      op.at(total, 0.15, () -> {
        op.env.hasInstance = true;
        op.info("Added instance [" + op.env.instanceId + "] to your environment.");
        op.at(total, 0.1, () -> deployments.finishLaunch(op, bundle));
      });
    });
  }

  /** A failed resource: CloudFormation's abort event, then EB's "launched, with issues" and a Ready environment without instances. */
  private void stackFailed(Operation op, String stack, String resource, Duration total) {
    op.at(total, 0.1, () -> {
      op.error("Stack named '" + stack + "' aborted operation. Current state: 'CREATE_FAILED'  Reason: The following"
          + " resource(s) failed to create: [" + resource + "].");
      op.at(total, 0.05, () -> {
        op.info("Launched environment: " + op.env.name + ". However, there were issues during launch. See event log for"
            + " details.");
        op.env.failedOperation = null;
        op.finish("Ready");
      });
    });
  }

  /** No instance profile: EB refuses before creating anything and terminates the environment. */
  private void failBeforeResources(Operation op, String problem) {
    op.error(problem);
    op.error(FAILED_TO_LAUNCH);
    op.env.status = "Terminating";
    op.env.updated = eb.now();
    op.at(eb.delays.eventSpacing(), () -> {
      op.info("Deleting SNS topic for environment " + op.env.name + ".");
      op.finish("Terminated");
      HealthMonitor.terminated(op.env);
    });
  }

  private String instanceProfileProblem(Operation op, Map<OptionKey, String> settings) {
    String profile = settings.get(OptionKey.of("aws:autoscaling:launchconfiguration", "IamInstanceProfile"));
    if (profile == null || profile.isBlank()) {
      return NO_PROFILE;
    }
    IamAccount.InstanceProfile found = eb.iam.account(IamAccount.partitionOf(op.state.region))
        .resolveInstanceProfile(profile.trim());
    if (found == null) {
      return "The instance profile " + profile + " associated with the environment does not exist.";
    }
    if (found.roles().isEmpty()) {
      return "The instance profile " + profile + " associated with the environment has no role. Please attach a role"
          + " to the instance profile.";
    }
    return null;
  }

  /**
   * Whether EB builds a launch template for these settings: gp3 root or block device volumes,
   * IMDSv1 disabled, or Spot instances.
   */
  static boolean usesLaunchTemplate(Map<OptionKey, String> settings) {
    String lc = "aws:autoscaling:launchconfiguration";
    return "gp3".equalsIgnoreCase(settings.getOrDefault(OptionKey.of(lc, "RootVolumeType"), "").trim())
        || settings.getOrDefault(OptionKey.of(lc, "BlockDeviceMappings"), "").toLowerCase(Locale.ROOT).contains(":gp3")
        || "true".equalsIgnoreCase(settings.getOrDefault(OptionKey.of(lc, "DisableIMDSv1"), "").trim())
        || "true".equalsIgnoreCase(settings.getOrDefault(OptionKey.of("aws:ec2:instances", "EnableSpot"), "").trim());
  }

  private static boolean loadBalanced(EbState.Environment env, Map<OptionKey, String> settings) {
    return env.cname != null && !"SingleInstance".equals(settings.get(OptionKey.of("aws:elasticbeanstalk:environment",
        "EnvironmentType")));
  }

  /** What the launch sees: the bundle's .ebextensions under the settings given through the API. */
  private static Map<OptionKey, String> settings(EbState.Environment env, BundleProcessor.Result bundle) {
    Map<OptionKey, String> merged = new TreeMap<>(bundle.ok() ? bundle.optionSettings() : Map.of());
    merged.putAll(env.apiSettings);
    return merged;
  }

  private static String upper(int length) {
    return Ids.alnum(length).toUpperCase(Locale.ROOT);
  }
}
