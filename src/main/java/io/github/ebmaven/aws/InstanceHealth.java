package io.github.ebmaven.aws;

import java.time.Instant;
import java.util.List;

/**
 * Enhanced health of one instance, as DescribeInstancesHealth reports it.
 *
 * @param requests the instance's recent requests, or null when EB has none yet
 * @param loadAverage 1, 5 and 15 minute load averages; empty when unknown
 * @param cpuIdle percentage of CPU time idle over the last 10 seconds, or null
 * @param versionLabel the version deployed on the instance, or null
 * @param deploymentStatus of that version on the instance: InProgress, Deployed or Failed; null when unknown
 */
public record InstanceHealth(
    String instanceId,
    String healthStatus,
    String color,
    List<String> causes,
    RequestMetrics requests,
    List<Double> loadAverage,
    Double cpuIdle,
    String versionLabel,
    String deploymentStatus,
    String availabilityZone,
    String instanceType,
    Instant launchedAt) {}
