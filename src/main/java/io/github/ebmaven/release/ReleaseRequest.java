package io.github.ebmaven.release;

import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.lifecycle.DeployRequest;
import io.github.ebmaven.lifecycle.CreationSettings;
import java.util.List;
import java.util.Map;

/**
 * What a release does, as plain values.
 *
 * @param pair the two environments ({@code blue-green}, {@code blue-only}); null {@code in-place}
 * @param deploy the version and how to deploy it; its environment is the {@code in-place} one
 * @param launch how a missing environment of the pair is created
 * @param promoteFrom where the version comes from when it is promoted; null otherwise
 */
public record ReleaseRequest(
    Strategy strategy,
    EnvironmentPair pair,
    DeployRequest deploy,
    Launch launch,
    SmokeTester.Checks checks,
    InactiveSettings inactive,
    Source promoteFrom) {

  /**
   * What {@code eb:create} would give a new environment of the pair.
   *
   * @param platform {@code eb.platform}, or null to use the live environment's platform
   */
  public record Launch(String tier, String platform, CreationSettings creationSettings, Map<String, String> tags) {}

  /**
   * An environment whose version is promoted.
   *
   * @param name how the user named it: a target id or an environment name
   * @param environment the environment, for an {@code in-place} source; null for a pair
   * @param pair the source's pair, whose live side runs the version; null for an {@code in-place} source
   */
  public record Source(String name, String environment, EnvironmentPair pair) {}

  /** The same release of the existing version {@code label}, building and uploading nothing. */
  public ReleaseRequest ofVersion(String label) {
    return new ReleaseRequest(strategy, pair, deploy.ofVersion(label), launch, checks, inactive, null);
  }
}
