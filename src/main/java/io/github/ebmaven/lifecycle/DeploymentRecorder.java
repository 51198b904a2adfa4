package io.github.ebmaven.lifecycle;

import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.bundle.BundleResult;
import io.github.ebmaven.change.ChangeResult;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.report.EbException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Writes {@code deployment.json} for one create or deploy, whatever its end. */
final class DeploymentRecorder {

  private final Services services;
  private final String goal;
  private final String application;
  private final String environment;
  private final String bundleSha256;
  private final Path file;
  private final Instant started;
  private VersionPublisher.Published version;
  private DeploymentRecord record;

  private DeploymentRecorder(
      Services services, String goal, String application, String environment, String bundleSha256, Path file) {
    this.services = services;
    this.goal = goal;
    this.application = application;
    this.environment = environment;
    this.bundleSha256 = bundleSha256;
    this.file = file;
    this.started = services.clock().instant();
  }

  static DeploymentRecorder start(
      Services services, String goal, String application, String environment, BundleResult bundle, Path file) {
    return new DeploymentRecorder(
        services, goal, application, environment, bundle == null ? null : bundle.manifest().sha256(), file);
  }

  void version(VersionPublisher.Published published) {
    this.version = published;
  }

  DeploymentRecord write(String status, ChangeResult result) throws EbException {
    return write(status, result.finalState(), result.reasons(), result.eventLines());
  }

  DeploymentRecord write(String status, EnvironmentState state, List<String> reasons, List<String> events)
      throws EbException {
    record =
        DeploymentRecord.of(goal, application, environment, version, bundleSha256, status, state, started,
            services.clock().instant(), services.calls(), reasons, events);
    record.write(file, services.masker());
    return record;
  }

  DeploymentRecord record() {
    return record;
  }
}
