package io.github.ebmaven.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose columns line up in a terminal and in a CI log: a header row, then one
 * line per row, columns separated by two spaces, the last column not padded.
 */
public final class Table {

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  public Table(String... headers) {
    this.headers = List.of(headers);
  }

  /** Adds a row; null cells print as {@code -}. */
  public Table row(String... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
    }
    List<String> row = new ArrayList<>();
    for (String cell : cells) {
      row.add(cell == null || cell.isBlank() ? "-" : cell);
    }
    rows.add(row);
    return this;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The header line followed by one line per row, trailing spaces trimmed. */
  public List<String> lines() {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(format(headers, widths));
    rows.forEach(row -> lines.add(format(row, widths)));
    return lines;
  }

  private static String format(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      line.append(cells.get(i));
      if (i < cells.size() - 1) {
        line.append(" ".repeat(widths[i] - cells.get(i).length() + 2));
      }
    }
    return line.toString().stripTrailing();
  }

  /** The header line followed by one line per row, as {@link #lines()} writes them. */
  public static List<String> render(List<String> headers, List<List<String>> rows) {
    Table table = new Table(headers.toArray(String[]::new));
    rows.forEach(row -> table.row(row.toArray(String[]::new)));
    return table.lines();
  }

  /** {@code label: value} lines with the values in one column; null values print as {@code -}. */
  public static List<String> keyValues(List<String[]> pairs) {
    int width = 0;
    for (String[] pair : pairs) {
      width = Math.max(width, pair[0].length() + 1);
    }
    List<String> lines = new ArrayList<>();
    for (String[] pair : pairs) {
      String label = pair[0] + ":";
      lines.add(label + " ".repeat(width - label.length()) + "  " + (pair[1] == null ? "-" : pair[1]));
    }
    return lines;
  }

  /** At most {@code max} characters, the cut marked with an ellipsis; newlines become spaces. */
  public static String shorten(String text, int max) {
    if (text == null) {
      return null;
    }
    String flat = text.replaceAll("\\s+", " ").trim();
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }
}
