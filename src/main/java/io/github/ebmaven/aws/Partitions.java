package io.github.ebmaven.aws;

/** Which AWS partition a region belongs to, for the ARNs and service principals the plugin writes. */
public final class Partitions {

  private Partitions() {}

  /** {@code aws-cn} for {@code cn-*}, {@code aws-us-gov} for {@code us-gov-*}, else {@code aws}. */
  public static String of(String region) {
    if (region.startsWith("cn-")) {
      return "aws-cn";
    }
    if (region.startsWith("us-gov-")) {
      return "aws-us-gov";
    }
    return "aws";
  }

  /** The EC2 service principal instances assume roles with: {@code ec2.amazonaws.com.cn} in China. */
  public static String ec2Principal(String partition) {
    return "aws-cn".equals(partition) ? "ec2.amazonaws.com.cn" : "ec2.amazonaws.com";
  }
}
