package io.github.ebmaven.maven.config;

import io.github.ebmaven.extensions.Vpc;
import io.github.ebmaven.report.EbException;

/**
 * {@code <vpc>}: the VPC's id, the instances' and the load balancer's subnets (comma-separated
 * ids), whether instances get public addresses, and the load balancer's scheme.
 */
public class VpcParameter {
  private String id;
  private String subnets;
  private String elbSubnets;
  private String publicIp;
  private String elbScheme;

  public VpcParameter() {}

  public Vpc toVpc() throws EbException {
    return new Vpc(
        Values.text(id), Values.list(subnets), Values.list(elbSubnets), Values.flag(publicIp, "<vpc><publicIp>"),
        Values.text(elbScheme));
  }
}
