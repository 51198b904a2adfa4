package io.github.ebmaven.lifecycle;

import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.platform.PlatformResolver;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Mention;
import io.github.ebmaven.report.Reporter;

/**
 * {@code eb:init}: the application exists, its version lifecycle is set, the platform resolves, and
 * the storage bucket exists. Every step is idempotent.
 */
public final class InitOperation {

  /**
   * @param platform {@code eb.platform}, or null to skip resolving it
   * @param maxVersions keep at most this many versions, or null
   * @param maxAgeDays delete versions older than this, or null
   * @param lifecycleServiceRole role name or ARN EB assumes to delete old versions (the service role)
   */
  public record InitRequest(
      String application, String platform, Integer maxVersions, Integer maxAgeDays, String lifecycleServiceRole) {}

  /** What init found or made. */
  public record Initialized(boolean applicationCreated, String bucket, String platformArn, String platformDisplay) {}

  private final Beanstalk eb;
  private final Reporter reporter;
  private final Roles roles;

  public InitOperation(Services services) {
    this.eb = services.eb();
    this.reporter = services.reporter();
    this.roles = new Roles(services.identity(), services.reporter());
  }

  public Initialized init(InitRequest request) throws EbException {
    if (request.maxVersions() != null && request.maxVersions() < 1) {
      throw new EbException(Mention.setting("eb.maxVersions") + " must be at least 1, not " + request.maxVersions() + ".");
    }
    if (request.maxAgeDays() != null && request.maxAgeDays() < 1) {
      throw new EbException(Mention.setting("eb.maxAgeDays") + " must be at least 1, not " + request.maxAgeDays() + ".");
    }
    // Read-only checks first: a mistyped platform must not leave a half-made application behind.
    PlatformResolver.Resolved platform =
        request.platform() == null || request.platform().isBlank()
            ? null
            : PlatformResolver.resolve(eb.platforms(), request.platform());
    String app = request.application();
    boolean created = false;
    if (eb.applications().exists(app)) {
      reporter.info("Application " + app + " exists");
    } else {
      eb.applications().create(app, "Created by eb-maven-plugin");
      created = true;
      reporter.info("Created application " + app);
    }
    String bucket = eb.storage().bucket();
    reporter.info("Storage bucket: " + bucket);
    if (request.maxVersions() != null || request.maxAgeDays() != null) {
      roles.ensure(null, request.lifecycleServiceRole());
      String role = roles.serviceRoleArn(request.lifecycleServiceRole());
      eb.applications().versionLifecycle(app, request.maxVersions(), request.maxAgeDays(), role);
      reporter.info(
          "Version lifecycle: "
              + (request.maxVersions() == null ? "" : "keep " + request.maxVersions() + " versions ")
              + (request.maxAgeDays() == null ? "" : "delete after " + request.maxAgeDays() + " days ")
              + "(source bundles deleted from S3; role " + role + ")");
    }
    if (platform != null) {
      reporter.info("Platform " + request.platform() + ": " + platform.display());
    }
    return new Initialized(created, bucket, platform == null ? null : platform.arn(), platform == null ? null : platform.display());
  }
}
