package io.github.ebmaven.environment;

import io.github.ebmaven.aws.VersionInfo;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Formats;
import io.github.ebmaven.report.Mention;
import io.github.ebmaven.report.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code eb:versions}: the application's versions, newest first, with the environments running each. */
public final class VersionsOperation {

  private static final int DESCRIPTION_WIDTH = 40;

  /**
   * One version.
   *
   * @param runningIn the live environments that run it, sorted; empty when none does
   */
  public record VersionRow(VersionInfo version, List<String> runningIn) {

    public boolean deployed() {
      return !runningIn.isEmpty();
    }

    /** {@code s3://bucket/key}, or null for a version without a bundle (EB's sample application). */
    public String bundle() {
      return version.bucket() == null ? null : "s3://" + version.bucket() + "/" + version.key();
    }
  }

  private final Services services;

  public VersionsOperation(Services services) {
    this.services = services;
  }

  /** Reads the versions, newest first, without printing them. */
  public List<VersionRow> read(String application) throws EbException {
    requireApplication(services, application);
    Map<String, List<String>> byLabel = new TreeMap<>();
    services.eb().environments().versionsByEnvironment(application).forEach((environment, label) -> {
      if (label != null) {
        byLabel.computeIfAbsent(label, l -> new ArrayList<>()).add(environment);
      }
    });
    List<VersionRow> rows = new ArrayList<>();
    for (VersionInfo v : services.eb().applications().versions(application)) {
      rows.add(new VersionRow(v, List.copyOf(byLabel.getOrDefault(v.label(), List.of()))));
    }
    return rows;
  }

  /** Reads and prints the versions as a table. */
  public List<VersionRow> list(String application) throws EbException {
    List<VersionRow> rows = read(application);
    if (rows.isEmpty()) {
      services.reporter().info("Application " + application + " has no versions yet: mvn package eb:deploy creates one.");
      return rows;
    }
    Table table = new Table("LABEL", "CREATED (UTC)", "STATUS", "RUNNING IN", "DESCRIPTION", "SOURCE BUNDLE");
    for (VersionRow r : rows) {
      table.row(
          r.version().label(),
          Formats.clock(r.version().created()),
          r.version().status(),
          String.join(",", r.runningIn()),
          Table.shorten(r.version().description(), DESCRIPTION_WIDTH),
          r.bundle());
    }
    table.lines().forEach(services.reporter()::result);
    long deployed = rows.stream().filter(VersionRow::deployed).count();
    services.reporter().info(
        rows.size() + " versions of " + application + ", " + deployed + " running in an environment.");
    return rows;
  }

  static void requireApplication(Services services, String application) throws EbException {
    if (!services.eb().applications().exists(application)) {
      throw new EbException(
          "Application '" + application + "' does not exist in this region. Set " + Mention.setting("eb.applicationName") + " (and " + Mention.property("eb.region") + ") to an existing one, or create it with " + Mention.goal("init") + ".");
    }
  }
}
