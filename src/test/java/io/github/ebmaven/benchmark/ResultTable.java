package io.github.ebmaven.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The process benchmark's summary: one row per case, medians, ratio, the target and whether it is met. */
final class ResultTable {

  /** What a case must achieve: a ratio to its peer, an absolute time for the plugin, or nothing (informative). */
  record Target(Double maxRatio, Double maxSeconds) {
    static Target ratio(double max) {
      return new Target(max, null);
    }

    static Target seconds(double max) {
      return new Target(null, max);
    }

    static Target none() {
      return new Target(null, null);
    }

    String text() {
      if (maxRatio != null) {
        return String.format(Locale.ROOT, "<= %.2fx", maxRatio);
      }
      return maxSeconds != null ? String.format(Locale.ROOT, "<= %.1f s", maxSeconds) : "-";
    }

    String verdict(double plugin, double ratio) {
      if (maxRatio != null) {
        return Double.isNaN(ratio) ? "n/a" : ratio <= maxRatio ? "PASS" : "FAIL";
      }
      if (maxSeconds != null) {
        return Double.isNaN(plugin) ? "n/a" : plugin <= maxSeconds ? "PASS" : "FAIL";
      }
      return "-";
    }
  }

  /** One case; {@code peer} names what the plugin is compared with. */
  record Row(String name, String peer, double peerSeconds, double pluginSeconds, Target target) {
    double ratio() {
      return peerSeconds > 0 ? pluginSeconds / peerSeconds : Double.NaN;
    }
  }

  private final List<Row> rows = new ArrayList<>();

  void add(String name, String peer, double peerSeconds, double pluginSeconds, Target target) {
    rows.add(new Row(name, peer, peerSeconds, pluginSeconds, target));
  }

  List<Row> rows() {
    return List.copyOf(rows);
  }

  /** A Markdown table, so that it can go into the README as printed. */
  void print(PrintStream out) {
    out.println("| case | peer | peer median | plugin median | ratio | target | result |");
    out.println("| --- | --- | --- | --- | --- | --- | --- |");
    for (Row row : rows) {
      out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n",
          row.name(), row.peer(), Stats.s(row.peerSeconds()), Stats.s(row.pluginSeconds()), Stats.x(row.ratio()),
          row.target().text(), row.target().verdict(row.pluginSeconds(), row.ratio()));
    }
  }
}
