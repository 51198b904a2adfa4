package io.github.ebmaven.localaws;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Writes the endpoint's option catalog from the tables of EB's "General options for all
 * environments" page (its Markdown source) and the hand-kept supplement:
 *
 * <pre>
 * java ... OptionCatalogGenerator command-options-general.md option-catalog-supplement.yaml option-catalog.yaml
 * </pre>
 *
 * Per table row it keeps the name, the default (a single value; prose such as "Varies per
 * platform" gives none) and the valid values: {@code `a` to `b`} is an integer range, a list of
 * values is an enum ({@code true false} a boolean), anything else a string. {@code process_name},
 * {@code policy_name}, {@code rule_name} and {@code listener_port} become {@code {name}} / {@code {port}}.
 */
public final class OptionCatalogGenerator {
  private static final Pattern NAMESPACE = Pattern.compile("\\*\\*Namespace: `([^`]+)`\\*\\*");
  private static final Pattern RANGE = Pattern.compile("`?(-?\\d+)`?\\s+to\\s+`?(-?\\d+)`?");
  private static final Pattern TICKED = Pattern.compile("`([^`]+)`");
  private static final Set<String> YAML_WORDS = Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

  private OptionCatalogGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: OptionCatalogGenerator <command-options-general.md> <supplement.yaml>"
          + " <output.yaml>");
    }
    Map<String, Map<String, Object>> catalog = parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
    try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
      merge(catalog, in);
    }
    Files.writeString(Path.of(args[2]), render(catalog, args[0]), StandardCharsets.UTF_8);
  }

  /** Namespace name to its spec ({@code options}, {@code anyOption}, ...), in page order. */
  static Map<String, Map<String, Object>> parse(String markdown) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    Map<String, Object> current = null;
    for (String line : markdown.split("\n")) {
      Matcher ns = NAMESPACE.matcher(line);
      if (ns.find()) {
        current = new LinkedHashMap<>();
        out.put(patterned(ns.group(1)), current);
        continue;
      }
      if (current == null || !line.trim().startsWith("|") || line.contains("---") || line.contains("**Name**")
          || line.matches("\\|\\s*Name\\s*\\|.*")) {
        continue;
      }
      List<String> cells = cells(line);
      if (cells.size() == 2) {
        current.put("anyOption", true);
        current.put("staticFiles", true);
      } else if (cells.size() == 4 && cells.get(0).startsWith("Any environment variable")) {
        current.put("anyOption", true);
      } else if (cells.size() == 4) {
        @SuppressWarnings("unchecked")
        Map<String, Object> options = (Map<String, Object>) current.computeIfAbsent("options", k -> new LinkedHashMap<>());
        String name = cells.get(0).replace("`", "").replaceFirst("^\\(deprecated\\)\\s*", "").trim();
        options.put(name, option(cells.get(2), cells.get(3)));
      }
    }
    return out;
  }

  private static String patterned(String namespace) {
    return namespace.replaceAll(":(process_name|policy_name|rule_name)$", ":{name}").replaceAll(":listener_port$", ":{port}");
  }

  private static List<String> cells(String line) {
    String inner = line.trim();
    inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
    List<String> out = new ArrayList<>();
    for (String cell : inner.split("\\|", -1)) {
      out.add(cell.replace("\\", "").replaceAll("\\s+", " ").trim());
    }
    return out;
  }

  static Map<String, Object> option(String defaultCell, String validCell) {
    Map<String, Object> spec = new LinkedHashMap<>();
    Matcher range = RANGE.matcher(validCell);
    List<String> ticked = ticked(validCell);
    String rest = TICKED.matcher(validCell).replaceAll("").trim();
    if (range.matches()) {
      spec.put("type", "integer");
      spec.put("min", Long.parseLong(range.group(1)));
      spec.put("max", Long.parseLong(range.group(2)));
    } else if (!ticked.isEmpty() && rest.isEmpty()) {
      enumOrBoolean(spec, ticked);
    } else if (validCell.matches("(\\d+, )+\\d+")) {
      enumOrBoolean(spec, List.of(validCell.split(", ")));
    } else if (validCell.matches("[A-Z]+( [A-Z]+)+") || validCell.matches("(true|false) (true|false)")) {
      enumOrBoolean(spec, List.of(validCell.split(" ")));
    } else {
      spec.put("type", "string");
    }
    String def = defaultValue(defaultCell);
    if (def != null) {
      spec.put("default", def);
    }
    return spec;
  }

  private static List<String> ticked(String cell) {
    List<String> out = new ArrayList<>();
    Matcher m = TICKED.matcher(cell);
    while (m.find()) {
      out.add(unquote(m.group(1).trim()));
    }
    return out;
  }

  private static void enumOrBoolean(Map<String, Object> spec, List<String> values) {
    if (values.size() == 2 && values.containsAll(List.of("true", "false"))) {
      spec.put("type", "boolean");
    } else {
      spec.put("type", "enum");
      spec.put("values", values);
    }
  }

  private static String defaultValue(String cell) {
    String plain = cell.replaceAll("\\([^)]*\\)", "").trim();
    Matcher single = Pattern.compile("`([^`]+)`").matcher(plain);
    if (single.matches()) {
      return unquote(single.group(1).trim());
    }
    return plain.matches("[A-Za-z0-9._/:-]+") && !plain.equals("None") ? plain : null;
  }

  private static String unquote(String value) {
    return value.length() > 1 && value.startsWith("'") && value.endsWith("'") ? value.substring(1, value.length() - 1)
        : value;
  }

  /** Lays the supplement over the generated tables: its options replace generated ones, its keys win. */
  @SuppressWarnings("unchecked")
  static void merge(Map<String, Map<String, Object>> catalog, InputStream supplement) {
    Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(supplement);
    ((Map<String, Object>) root.get("namespaces")).forEach((name, value) -> {
      Map<String, Object> extra = value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
      Map<String, Object> target = catalog.computeIfAbsent(name, k -> new LinkedHashMap<>());
      extra.forEach((key, v) -> {
        if ("options".equals(key)) {
          Map<String, Object> options = (Map<String, Object>) target.computeIfAbsent("options", k -> new LinkedHashMap<>());
          ((Map<String, Object>) v).forEach((option, spec) ->
              options.put(option, spec instanceof Map<?, ?> ? spec : Map.of("type", String.valueOf(spec))));
        } else {
          target.put(key, v);
        }
      });
    });
  }

  @SuppressWarnings("unchecked")
  static String render(Map<String, Map<String, Object>> catalog, String source) {
    StringBuilder sb = new StringBuilder()
        .append("# Generated by OptionCatalogGenerator: do not edit; change option-catalog-supplement.yaml and rerun it.\n")
        .append("# Source tables: awsdocs/aws-elastic-beanstalk-developer-guide doc_source/command-options-general.md\n")
        .append("# (read from ").append(Path.of(source).getFileName()).append("), then the supplement.\n")
        .append("# Format (the plugin's option catalog plus 'default' and 'platform'): each namespace lists its\n")
        .append("# options; an option is a type name (string, boolean, integer) or a map {type, min, max, values,\n")
        .append("# default}. '{name}'/'{port}' in a namespace match any name; 'anyOption: true' accepts any option\n")
        .append("# name ('staticFiles: true': paths starting with '/'); 'platform: X' limits a namespace to\n")
        .append("# solution stacks containing X.\n")
        .append("namespaces:\n");
    catalog.forEach((name, spec) -> {
      sb.append("  ").append(name.contains("{") ? quote(name) : name).append(":\n");
      for (String key : List.of("platform", "anyOption", "staticFiles")) {
        if (spec.containsKey(key)) {
          sb.append("    ").append(key).append(": ").append(scalar(String.valueOf(spec.get(key)), true)).append('\n');
        }
      }
      Map<String, Object> options = (Map<String, Object>) spec.get("options");
      if (options != null && !options.isEmpty()) {
        sb.append("    options:\n");
        options.forEach((option, o) -> sb.append("      ").append(scalar(option, false)).append(": ")
            .append(flow((Map<String, Object>) o)).append('\n'));
      }
    });
    return sb.toString();
  }

  private static String flow(Map<String, Object> option) {
    if (option.size() == 1 && option.containsKey("type")) {
      return String.valueOf(option.get("type"));
    }
    List<String> parts = new ArrayList<>();
    option.forEach((key, value) -> {
      if (value instanceof List<?> list) {
        List<String> items = new ArrayList<>();
        list.forEach(v -> items.add(scalar(String.valueOf(v), false)));
        parts.add(key + ": [" + String.join(", ", items) + "]");
      } else if (value instanceof Number || "type".equals(key)) {
        parts.add(key + ": " + value);
      } else {
        parts.add(key + ": " + scalar(String.valueOf(value), false));
      }
    });
    return "{" + String.join(", ", parts) + "}";
  }

  /** A YAML scalar that reads back as the same string (booleans kept as such where {@code literalBooleans}). */
  private static String scalar(String value, boolean literalBooleans) {
    if (literalBooleans && (value.equals("true") || value.equals("false"))) {
      return value;
    }
    boolean plain = value.matches("[A-Za-z/][A-Za-z0-9 ._/_-]*") && !value.endsWith(" ")
        && !YAML_WORDS.contains(value.toLowerCase(Locale.ROOT));
    return plain ? value : quote(value);
  }

  private static String quote(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
