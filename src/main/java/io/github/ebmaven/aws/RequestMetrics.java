package io.github.ebmaven.aws;

/**
 * Requests seen over a short window (EB's ApplicationMetrics): counts by status class and latency
 * percentiles in seconds. Any field may be null when EB did not report it.
 *
 * @param durationSeconds length of the window the numbers cover
 */
public record RequestMetrics(
    Integer durationSeconds,
    Integer requestCount,
    Integer status2xx,
    Integer status3xx,
    Integer status4xx,
    Integer status5xx,
    Double p99,
    Double p90,
    Double p50) {}
