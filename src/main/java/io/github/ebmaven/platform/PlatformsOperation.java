package io.github.ebmaven.platform;

import io.github.ebmaven.aws.PlatformBranch;
import io.github.ebmaven.aws.PlatformVersion;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Mention;
import io.github.ebmaven.report.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code eb:platforms}: the platform branches of the region with their newest version and lifecycle
 * state, each named the way {@code eb.platform} accepts it.
 */
public final class PlatformsOperation {

  /**
   * One branch.
   *
   * @param platform the friendly name {@code eb.platform} accepts, such as {@code python-3.11}
   * @param state the branch's lifecycle state in lower case: supported, beta, deprecated, retired
   * @param newestVersion the newest Ready platform version of the branch, or null when it has none
   */
  public record PlatformRow(String platform, String state, String newestVersion, String branchName, String family) {}

  private final Services services;

  public PlatformsOperation(Services services) {
    this.services = services;
  }

  /**
   * Lists and prints the branches.
   *
   * @param filter a part of the friendly name, branch or family ({@code python}, {@code corretto-17},
   *     {@code tomcat}), or null for all
   * @throws EbException when the filter matches no branch
   */
  public List<PlatformRow> list(String filter) throws EbException {
    List<PlatformBranch> branches = services.eb().platforms().branches();
    List<PlatformVersion> versions = services.eb().platforms().versions();
    Map<String, String> newest = new HashMap<>();
    for (PlatformVersion v : versions) {
      newest.merge(v.branchName(), v.version(), (a, b) -> PlatformChoice.compareVersions(a, b) >= 0 ? a : b);
    }
    List<PlatformRow> all = new ArrayList<>();
    for (PlatformBranch b : branches) {
      all.add(
          new PlatformRow(
              friendlyName(b.branchName()),
              b.lifecycleState() == null ? "unknown" : b.lifecycleState().toLowerCase(Locale.ROOT),
              newest.get(b.branchName()),
              b.branchName(),
              b.platformName()));
    }
    all.sort(
        Comparator.comparing((PlatformRow r) -> String.valueOf(r.family()).toLowerCase(Locale.ROOT))
            .thenComparing(PlatformRow::platform, PlatformsOperation::newestRuntimeFirst));
    List<PlatformRow> rows = filter == null || filter.isBlank() ? all : all.stream().filter(r -> matches(r, filter)).toList();
    if (rows.isEmpty()) {
      throw new EbException(
          "No platform branch matches " + Mention.setting("eb.platform") + " '"
              + filter
              + "'. Branches in "
              + "this region: "
              + all.stream().map(PlatformRow::platform).collect(Collectors.joining(", "))
              + ". Use a part of one of them (for example " + Mention.example("eb.platform", "python") + "), or leave eb.platform unset to list all.");
    }
    Table table = new Table("PLATFORM (eb.platform)", "STATE", "NEWEST VERSION", "BRANCH");
    rows.forEach(r -> table.row(r.platform(), r.state(), r.newestVersion(), r.branchName()));
    table.lines().forEach(services.reporter()::result);
    long retired = rows.stream().filter(r -> "retired".equals(r.state())).count();
    services.reporter().info(
        rows.size() + " platform branches" + (retired > 0 ? " (" + retired + " retired: no new environments on them)" : "")
            + ". Deprecated branches still run but will be retired; move to a supported one.");
    if (filter != null && !filter.isBlank()) {
      try {
        PlatformVersion chosen = PlatformChoice.choose(filter, versions);
        services.reporter().info(
            Mention.property("eb.platform") + "=" + filter.trim() + " picks " + chosen.friendlyName() + " " + chosen.version() + " ("
                + chosen.branchName() + ")");
      } catch (EbException e) {
        services.reporter().info(Mention.property("eb.platform") + "=" + filter.trim() + " names no supported branch on its own: use one of the names above.");
      }
    }
    return rows;
  }

  private static String friendlyName(String branchName) {
    return new PlatformVersion(null, branchName, null, null, null).friendlyName();
  }

  private static boolean matches(PlatformRow row, String filter) {
    String wanted = filter.trim().toLowerCase(Locale.ROOT);
    String dashed = wanted.replaceAll("\\s+", "-");
    return row.platform().contains(dashed)
        || String.valueOf(row.branchName()).toLowerCase(Locale.ROOT).contains(wanted)
        || String.valueOf(row.family()).toLowerCase(Locale.ROOT).contains(wanted);
  }

  /** python-3.13 before python-3.9; tomcat-10-corretto-21 before tomcat-9-corretto-11. */
  private static int newestRuntimeFirst(String a, String b) {
    String prefixA = a.replaceAll("[0-9.-]+$|-[0-9].*$", "");
    String prefixB = b.replaceAll("[0-9.-]+$|-[0-9].*$", "");
    int byPrefix = prefixA.compareTo(prefixB);
    if (byPrefix != 0) {
      return byPrefix;
    }
    return PlatformChoice.compareVersions(b.replaceAll("[^0-9.]+", "."), a.replaceAll("[^0-9.]+", "."));
  }
}
