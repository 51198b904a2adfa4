package io.github.ebmaven.extensions;

/**
 * An HTTPS listener on port 443 of an application load balancer.
 *
 * @param certificateArn ARN of the ACM or IAM certificate
 * @param redirectHttp whether plain HTTP requests on port 80 are redirected to HTTPS
 */
public record Https(String certificateArn, boolean redirectHttp) {}
