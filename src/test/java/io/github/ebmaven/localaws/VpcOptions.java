package io.github.ebmaven.localaws;

import java.util.List;

/**
 * The {@code aws:ec2:vpc} options, which the EC2 view of an environment's instances reads
 * (VPC and subnet ids, public addresses). No defaults: EB leaves them unset outside a custom VPC.
 */
final class VpcOptions {
  static final String NAMESPACE = "aws:ec2:vpc";

  private VpcOptions() {}

  static List<OptionCatalog.Option> all() {
    return List.of(
        text("VPCId"), text("Subnets"), text("ELBSubnets"), text("DBSubnets"),
        choice("ELBScheme", "public", "internal"),
        choice("AssociatePublicIpAddress", "true", "false"));
  }

  private static OptionCatalog.Option text(String name) {
    return new OptionCatalog.Option(NAMESPACE, name, null, "Scalar", "RestartEnvironment", null, null, List.of(), null);
  }

  private static OptionCatalog.Option choice(String name, String... values) {
    return new OptionCatalog.Option(NAMESPACE, name, null, "Scalar", "RestartEnvironment", null, null, List.of(values),
        null);
  }
}
