package io.github.ebmaven.change;

import io.github.ebmaven.config.ConfigKey;
import java.util.ArrayList;
import java.util.List;

/**
 * What to do about the failures a new AWS account or a missing setting causes, recognised by the
 * words of EB's own events, so a failed change ends with the fix and not only with EB's message.
 */
final class FailureHints {

  private FailureHints() {}

  static List<String> of(List<String> reasons) {
    String text = String.join("\n", reasons);
    List<String> hints = new ArrayList<>();
    if (text.contains("must have instance profile") || text.matches("(?s).*instance profile \\S+ associated with the environment does not exist.*")) {
      hints.add("The environment has no usable EC2 instance profile. Leave " + ConfigKey.INSTANCE_PROFILE.mention()
          + " unset to use aws-elasticbeanstalk-ec2-role, which the plugin creates when missing (it needs iam:CreateRole,"
          + " iam:AttachRolePolicy, iam:CreateInstanceProfile and iam:AddRoleToInstanceProfile), or name an existing profile.");
    }
    if (text.contains("Launch Configuration creation operation is not available")) {
      hints.add("This account cannot create Auto Scaling launch configurations (accounts opened since October 2024):"
          + " keep aws:autoscaling:launchconfiguration RootVolumeType=gp3 or DisableIMDSv1=true, which make Elastic"
          + " Beanstalk use a launch template (the plugin sets both unless the POM sets them).");
    }
    if (text.contains("VPCIdNotSpecified") || text.contains("No default VPC")) {
      hints.add("The account has no default VPC in this region: give the environment one with the aws:ec2:vpc options"
          + " VPCId, Subnets and ELBSubnets (and AssociatePublicIpAddress, ELBScheme) in <creationOptionSettings>.");
    }
    if (text.contains("not supported for new environments") || text.contains("retired")) {
      hints.add("The platform version is retired: use a friendly " + ConfigKey.PLATFORM.mention()
          + " such as python-3.11, which resolves to the newest supported version (mvn eb:platforms lists them).");
    }
    return hints;
  }
}
