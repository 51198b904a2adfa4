package io.github.ebmaven.ops;

import java.util.ArrayList;
import java.util.List;

/** Plain-text output aligned for a terminal: columns padded to their widest cell, two spaces apart. */
final class Table {

  private Table() {}

  /** The header line followed by one line per row; trailing blanks trimmed. */
  static List<String> render(List<String> headers, List<List<String>> rows) {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], cell(row, c).length());
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(line(headers, widths));
    for (List<String> row : rows) {
      lines.add(line(row, widths));
    }
    return lines;
  }

  /** {@code label: value} lines with the values in one column. */
  static List<String> keyValues(List<String[]> pairs) {
    int width = 0;
    for (String[] pair : pairs) {
      width = Math.max(width, pair[0].length() + 1);
    }
    List<String> lines = new ArrayList<>();
    for (String[] pair : pairs) {
      lines.add(pad(pair[0] + ":", width) + "  " + (pair[1] == null ? "-" : pair[1]));
    }
    return lines;
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      if (c > 0) {
        sb.append("  ");
      }
      sb.append(pad(cell(cells, c), widths[c]));
    }
    return sb.toString().stripTrailing();
  }

  private static String cell(List<String> row, int c) {
    return c < row.size() && row.get(c) != null ? row.get(c) : "";
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
