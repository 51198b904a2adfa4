package io.github.ebmaven.maven.config;

/** {@code <autoScalingHealthCheck>}: {@code <type>} (EC2 or ELB) and {@code <gracePeriod>} in seconds. */
public class AutoScalingHealthCheckParameter {
  private String type;
  private Integer gracePeriod;

  public AutoScalingHealthCheckParameter() {}

  public String getType() {
    return type;
  }

  public Integer getGracePeriod() {
    return gracePeriod;
  }
}
