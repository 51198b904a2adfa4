package io.github.ebmaven.extensions;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A custom VPC for the environment, rendered in namespace {@code aws:ec2:vpc}.
 *
 * @param id the VPC's id ({@code VPCId}), or null
 * @param subnets the instances' subnets ({@code Subnets}), never null
 * @param elbSubnets the load balancer's subnets ({@code ELBSubnets}), never null
 * @param publicIp whether instances get public addresses ({@code AssociatePublicIpAddress}), or
 *     null for the default described at {@link #associatePublicIp()}
 * @param elbScheme {@code public} or {@code internal} ({@code ELBScheme}), or null for EB's
 *     default ({@code public})
 */
public record Vpc(String id, List<String> subnets, List<String> elbSubnets, Boolean publicIp, String elbScheme) {

  public Vpc {
    subnets = subnets == null ? List.of() : List.copyOf(subnets);
    elbSubnets = elbSubnets == null ? List.of() : List.copyOf(elbSubnets);
  }

  /**
   * Whether instances get public addresses: as given, else off when the instances and the load
   * balancer use different subnets (instances in private subnets behind a public load balancer,
   * AWS's public-private layout) or the load balancer is internal, on when both use the same
   * subnets (the public-public layout, where EB requires it), else unset.
   */
  public Optional<Boolean> associatePublicIp() {
    if (publicIp != null) {
      return Optional.of(publicIp);
    }
    if ("internal".equals(elbScheme)) {
      return Optional.of(false);
    }
    if (subnets.isEmpty() || elbSubnets.isEmpty()) {
      return Optional.empty();
    }
    Set<String> instanceSubnets = new HashSet<>(subnets);
    Set<String> balancerSubnets = new HashSet<>(elbSubnets);
    if (instanceSubnets.equals(balancerSubnets)) {
      return Optional.of(true);
    }
    instanceSubnets.retainAll(balancerSubnets);
    return instanceSubnets.isEmpty() ? Optional.of(false) : Optional.empty();
  }
}
