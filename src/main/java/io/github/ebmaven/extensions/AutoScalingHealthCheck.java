package io.github.ebmaven.extensions;

/**
 * How the Auto Scaling group decides an instance is unhealthy, rendered as properties of the
 * {@code AWSEBAutoScalingGroup} resource.
 *
 * @param type {@code EC2} or {@code ELB}
 * @param gracePeriod seconds before the first check, or {@code null}
 */
public record AutoScalingHealthCheck(String type, Integer gracePeriod) {}
