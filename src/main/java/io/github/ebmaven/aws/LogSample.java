package io.github.ebmaven.aws;

import java.time.Instant;

/**
 * Logs one instance uploaded after RequestEnvironmentInfo, as RetrieveEnvironmentInfo lists them.
 *
 * @param url a short-lived pre-signed S3 URL; never print it (it grants access to the logs)
 */
public record LogSample(String instanceId, Instant sampled, String url) {}
