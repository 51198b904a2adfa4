package io.github.ebmaven.extensions;

/**
 * What the build knows of the environment the bundle is for, from settings outside {@code
 * .ebextensions} ({@code eb.platform}, {@code eb.environmentType}, {@code eb.loadBalancerType}),
 * for the checks that depend on it. Every part may be null: unknown.
 */
public record TargetEnvironment(String platform, String environmentType, String loadBalancerType) {

  public static final TargetEnvironment UNKNOWN = new TargetEnvironment(null, null, null);
}
