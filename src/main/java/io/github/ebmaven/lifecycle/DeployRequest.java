package io.github.ebmaven.lifecycle;

import io.github.ebmaven.bundle.BundleResult;
import io.github.ebmaven.extensions.OptionSetting;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What {@code eb:deploy} does, as plain values.
 *
 * @param bundle the bundle to deploy, or null when {@code existingLabel} names a version to promote
 * @param existingLabel an existing version to deploy without building ({@code eb.deployVersion})
 * @param settings the POM's option settings: validated always, applied when {@code applySettings}
 * @param waitForResult false returns right after EB accepted the update ({@code eb.wait=false})
 * @param resultFile where {@code deployment.json} goes
 */
public record DeployRequest(
    String application,
    String environment,
    BundleResult bundle,
    String existingLabel,
    List<OptionSetting> settings,
    boolean applySettings,
    boolean waitForResult,
    Set<String> acceptedHealth,
    Duration timeout,
    Path resultFile) {

  /** The same deployment aimed at {@code environment}, within {@code timeout} (a part of a release's budget). */
  public DeployRequest to(String environment, Duration timeout) {
    return new DeployRequest(application, environment, bundle, existingLabel, settings, applySettings, waitForResult,
        acceptedHealth, timeout, resultFile);
  }

  /** The same deployment of the existing version {@code label}, building and uploading nothing. */
  public DeployRequest ofVersion(String label) {
    return new DeployRequest(application, environment, null, label, settings, applySettings, waitForResult,
        acceptedHealth, timeout, resultFile);
  }
}
