package io.github.ebmaven.lifecycle;

import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.aws.BundleStore;
import io.github.ebmaven.aws.EbEvent;
import io.github.ebmaven.aws.VersionInfo;
import io.github.ebmaven.bundle.BundleResult;
import io.github.ebmaven.change.ChangeFailedException;
import io.github.ebmaven.change.Deadline;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.change.Sleeper;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Mention;
import io.github.ebmaven.report.Reporter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Makes an application version exist for a bundle: uploads it unless the same bytes are already
 * stored, and creates the version (unprocessed) unless an identical one exists. A label that exists
 * with other bytes is refused; an existing version EB is still processing (one made with the
 * console or {@code eb deploy --process}) is waited for.
 */
final class VersionPublisher {

  /** What publishing did. */
  record Published(String label, String bucket, String key, long bytesUploaded, boolean versionCreated) {}

  private final Beanstalk eb;
  private final BundleStore store;
  private final Reporter reporter;
  private final Clock clock;
  private final Sleeper sleeper;

  VersionPublisher(Services services) {
    this.eb = services.eb();
    this.store = services.store();
    this.reporter = services.reporter();
    this.clock = services.clock();
    this.sleeper = services.sleeper();
  }

  /**
   * The version to run: {@code existingLabel} as it is (promotion: nothing built or uploaded), or
   * the bundle published.
   */
  Published obtain(String application, BundleResult bundle, String existingLabel, Deadline deadline)
      throws EbException {
    if (existingLabel != null) {
      VersionInfo version = existing(application, existingLabel, deadline);
      reporter.info("Using the existing version " + version.label() + ": nothing built or uploaded");
      return new Published(version.label(), version.bucket(), version.key(), 0, false);
    }
    return publish(application, bundle, deadline);
  }

  private Published publish(String application, BundleResult bundle, Deadline deadline) throws EbException {
    String label = bundle.manifest().versionLabel();
    String sha256 = bundle.manifest().sha256();
    // The version first: a label that exists with other bytes is refused before anything is created.
    Optional<VersionInfo> existing = eb.applications().version(application, label);
    String bucket;
    String key;
    if (existing.isPresent() && existing.get().bucket() != null) {
      // Its bundle, wherever it was stored (console, EB CLI), must hold these very bytes.
      bucket = existing.get().bucket();
      key = existing.get().key();
    } else {
      bucket = eb.storage().bucket();
      key = application + "/" + label + ".zip";
      if (eb.storage().isConfigured()) {
        store.requireBucket(bucket);
      }
    }
    BundleStore.Upload upload = store.put(bucket, key, bundle.zip(), sha256);
    if (existing.isPresent()) {
      awaitProcessed(application, existing.get(), deadline);
      reporter.info("Application version " + label + " exists with the same bundle: reusing it");
      return new Published(label, bucket, key, upload.bytesUploaded(), false);
    }
    String description =
        "sha256 " + sha256.substring(0, 12) + ", " + bundle.manifest().sourceMode()
            + (bundle.manifest().gitCommit() == null ? "" : " " + bundle.manifest().gitCommit().substring(0, 12))
            + ", eb-maven-plugin";
    VersionInfo created = eb.applications().createVersion(application, label, description, upload.bucket(), upload.key());
    reporter.info("Created application version " + label);
    awaitProcessed(application, created, deadline);
    return new Published(label, upload.bucket(), upload.key(), upload.bytesUploaded(), true);
  }

  /** An existing version to deploy as is: it must exist and be usable. */
  private VersionInfo existing(String application, String label, Deadline deadline) throws EbException {
    Optional<VersionInfo> version = eb.applications().version(application, label);
    if (version.isEmpty()) {
      throw new EbException(
          "Application version '" + label + "' does not exist in " + application
              + ". Check " + Mention.property("eb.deployVersion") + ", or deploy without it to build and upload the project.");
    }
    return awaitProcessed(application, version.get(), deadline);
  }

  private VersionInfo awaitProcessed(String application, VersionInfo version, Deadline deadline)
      throws EbException {
    Instant started = clock.instant();
    VersionInfo current = version;
    Duration pause = Duration.ofMillis(500);
    while (!current.isSettled()) {
      deadline.check(
          "waiting for Elastic Beanstalk to process version " + version.label(),
          "EB goes on processing it; check the version in the EB console.");
      try {
        sleeper.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new EbException("Interrupted while EB processed version " + version.label() + ".");
      }
      pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(4)) > 0 ? Duration.ofSeconds(4) : pause.multipliedBy(2);
      current =
          eb.applications().version(application, version.label())
              .orElseThrow(() -> new EbException("Version " + version.label() + " disappeared while EB processed it."));
    }
    if (current.isFailed()) {
      List<EbEvent> events = eb.events().ofVersion(application, version.label(), started.minusSeconds(60));
      String reasons =
          events.stream().filter(EbEvent::isError).map(e -> "  " + e.line()).collect(Collectors.joining("\n"));
      throw new ChangeFailedException(
          "Elastic Beanstalk could not process application version " + version.label()
              + (reasons.isEmpty() ? "." : ":\n" + reasons)
              + "\nFix the bundle (see the message) and deploy again; delete the failed version with the EB"
              + " console or use a new " + Mention.property("eb.versionLabel") + ".");
    }
    return current;
  }
}
