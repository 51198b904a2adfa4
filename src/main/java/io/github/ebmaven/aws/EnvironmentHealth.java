package io.github.ebmaven.aws;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Enhanced health of a whole environment, as DescribeEnvironmentHealth reports it.
 *
 * @param status the environment's status (Ready, Updating, ...)
 * @param color Green, Yellow, Red or Grey
 * @param healthStatus Ok, Info, Warning, Degraded, Severe, Pending, NoData, Unknown, Suspended
 * @param requests the load balancer's view of the last requests, or null when EB has none yet
 * @param instanceCounts how many instances are in each health status (Ok, Warning, ...)
 */
public record EnvironmentHealth(
    String environment,
    String status,
    String color,
    String healthStatus,
    List<String> causes,
    RequestMetrics requests,
    Map<String, Integer> instanceCounts,
    Instant refreshedAt) {}
