package io.github.ebmaven.environment;

import io.github.ebmaven.aws.VersionInfo;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Formats;
import io.github.ebmaven.report.Mention;
import io.github.ebmaven.report.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code eb:clean}: deletes old application versions with their S3 bundles. Kept, whatever the
 * settings: every version an environment runs, and the newest {@code keepVersions}. With {@code
 * olderThanDays}, only versions older than that are deleted. A dry run (the default) prints the
 * plan and changes nothing.
 */
public final class CleanOperation {

  /**
   * @param keepVersions how many of the newest versions to keep, at least 1
   * @param olderThanDays delete only versions older than this many days, or null for any age
   * @param dryRun print the plan only
   */
  public record CleanRequest(String application, int keepVersions, Integer olderThanDays, boolean dryRun) {}

  /** What happens to one version, and why. */
  public record Decision(VersionsOperation.VersionRow row, boolean delete, String reason) {
    public String label() {
      return row.version().label();
    }
  }

  /** Every version, newest first, with its decision. */
  public record CleanPlan(List<Decision> decisions) {
    public List<Decision> deletions() {
      return decisions.stream().filter(Decision::delete).toList();
    }
  }

  private final Services services;

  public CleanOperation(Services services) {
    this.services = services;
  }

  /** Checks the request before any call. */
  public static void validate(CleanRequest request) throws EbException {
    if (request.keepVersions() < 1) {
      throw new EbException(
          Mention.setting("eb.keepVersions") + " is " + request.keepVersions() + "; it must be at least 1 (the newest"
              + " version is always kept, as the one to roll back to). Use for example " + Mention.example("eb.keepVersions", "5") + ".");
    }
    if (request.olderThanDays() != null && request.olderThanDays() < 0) {
      throw new EbException(
          Mention.setting("eb.olderThanDays") + " is " + request.olderThanDays() + "; use a number of days, 0 or more"
              + " (for example " + Mention.example("eb.olderThanDays", "30") + "), or leave it unset to ignore age.");
    }
  }

  /** Decides, without deleting anything. */
  public CleanPlan plan(CleanRequest request) throws EbException {
    validate(request);
    Instant cutoff =
        request.olderThanDays() == null
            ? null
            : services.clock().instant().minus(Duration.ofDays(request.olderThanDays()));
    List<Decision> decisions = new ArrayList<>();
    int index = 0;
    for (VersionsOperation.VersionRow row : new VersionsOperation(services).read(request.application())) {
      VersionInfo v = row.version();
      if (row.deployed()) {
        decisions.add(new Decision(row, false, "runs in " + String.join(", ", row.runningIn())));
      } else if (index < request.keepVersions()) {
        decisions.add(new Decision(row, false, "one of the newest " + request.keepVersions()));
      } else if (cutoff != null && (v.created() == null || v.created().isAfter(cutoff))) {
        decisions.add(new Decision(row, false, "younger than " + request.olderThanDays() + " days"));
      } else {
        decisions.add(
            new Decision(
                row,
                true,
                "beyond the newest " + request.keepVersions()
                    + (cutoff == null ? "" : ", older than " + request.olderThanDays() + " days")));
      }
      index++;
    }
    return new CleanPlan(List.copyOf(decisions));
  }

  /** Prints the plan, and deletes the versions it marks unless this is a dry run. */
  public CleanPlan clean(CleanRequest request) throws EbException {
    CleanPlan plan = plan(request);
    String app = request.application();
    if (plan.decisions().isEmpty()) {
      services.reporter().info("Application " + app + " has no versions: nothing to clean.");
      return plan;
    }
    Table table = new Table("LABEL", "CREATED (UTC)", "ACTION", "WHY", "SOURCE BUNDLE");
    for (Decision d : plan.decisions()) {
      table.row(
          d.label(),
          Formats.clock(d.row().version().created()),
          d.delete() ? (request.dryRun() ? "would delete" : "delete") : "keep",
          d.reason(),
          d.row().bundle());
    }
    table.lines().forEach(services.reporter()::info);
    List<Decision> deletions = plan.deletions();
    int kept = plan.decisions().size() - deletions.size();
    if (deletions.isEmpty()) {
      services.reporter().info("Nothing to delete: all " + kept + " versions of " + app + " are kept.");
      return plan;
    }
    if (request.dryRun()) {
      services.reporter().info(
          "Dry run: would delete " + deletions.size() + " of " + plan.decisions().size() + " versions of " + app
              + " with their S3 bundles, keeping " + kept + ". Run with " + Mention.example("eb.dryRun", "false") + " to delete them.");
      return plan;
    }
    int deleted = 0;
    for (Decision d : deletions) {
      try {
        services.eb().applications().deleteVersion(app, d.label(), true);
      } catch (EbException e) {
        throw new EbException(
            "Deleting version " + d.label() + " failed after " + deleted + " of " + deletions.size() + " deletions: "
                + e.getMessage() + " Run " + Mention.goal("clean") + " again to see what is left.", e);
      }
      deleted++;
      services.reporter().info(
          "Deleted version " + d.label() + (d.row().bundle() == null ? "" : " and " + d.row().bundle()));
    }
    services.reporter().info(
        "Deleted " + deleted + " versions of " + app + " with their S3 bundles; " + kept + " kept.");
    return plan;
  }
}
