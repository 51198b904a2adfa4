package io.github.ebmaven.extensions;

/**
 * Settings rendered as nginx snippets under {@code .platform/nginx/conf.d/}.
 *
 * @param gzip compress text responses, or {@code null} to leave the platform's default
 */
public record Nginx(Boolean gzip) {}
