import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates {@code src/main/resources/io/github/ebmaven/extensions/option-catalog.yaml} from the
 * saved option tables of the AWS Elastic Beanstalk Developer Guide ({@code source/*.md}) and the
 * corrections in {@code overrides.md}. Runs offline with the JDK alone, from the repository root:
 *
 * <pre>
 *   java tools/option-catalog/GenerateOptionCatalog.java           # rewrite the catalog
 *   java tools/option-catalog/GenerateOptionCatalog.java --check   # exit 1 if it is out of date
 * </pre>
 */
public final class GenerateOptionCatalog {

  static final Path HOME = Path.of("tools", "option-catalog");
  static final Path OUTPUT = Path.of("src", "main", "resources", "io", "github", "ebmaven", "extensions", "option-catalog.yaml");
  static final List<String> SOURCES = List.of("command-options-general.md", "command-options-specific.md");

  private static final Pattern NAMESPACE = Pattern.compile("Namespace: `([^`]+)`");
  private static final Pattern RANGE = Pattern.compile("`?(-?\\d+(?:\\.\\d+)?)`?\\s+to\\s+`?(-?\\d+(?:\\.\\d+)?)`?");
  private static final Pattern OPEN_RANGE = Pattern.compile("`(-?\\d+)`\\s+to\\s+`?[A-Za-z]");
  private static final Pattern BACKTICKED = Pattern.compile("`([^`]*)`");

  /** One option's value type, in the catalog's vocabulary. */
  record Type(String kind, String min, String max, List<String> values, String pattern) {
    static Type string() {
      return new Type("string", null, null, List.of(), null);
    }

    String yaml() {
      return switch (kind) {
        case "string" -> pattern == null ? "string" : "{type: string, pattern: " + quote(pattern) + "}";
        case "boolean" -> "boolean";
        case "enum" -> "{type: enum, values: [" + String.join(", ", values.stream().map(GenerateOptionCatalog::quote).toList()) + "]}";
        default -> "{type: " + kind + (min == null ? "" : ", min: " + min) + (max == null ? "" : ", max: " + max) + "}";
      };
    }
  }

  /** A namespace as read so far. */
  static final class Namespace {
    final Map<String, Type> options = new TreeMap<>();
    final Map<String, String> notes = new TreeMap<>();
    boolean anyOption;
    boolean staticFiles;
  }

  public static void main(String[] args) throws IOException {
    Map<String, Namespace> namespaces = new TreeMap<>();
    for (String source : SOURCES) {
      readTables(Files.readAllLines(HOME.resolve("source").resolve(source), StandardCharsets.UTF_8), namespaces);
    }
    applyOverrides(Files.readAllLines(HOME.resolve("overrides.md"), StandardCharsets.UTF_8), namespaces);
    String yaml = render(namespaces);
    if (args.length > 0 && args[0].equals("--check")) {
      String committed = Files.exists(OUTPUT) ? Files.readString(OUTPUT, StandardCharsets.UTF_8) : "";
      if (!committed.equals(yaml)) {
        System.err.println(OUTPUT + " is out of date: run java " + HOME.resolve("GenerateOptionCatalog.java"));
        System.exit(1);
      }
      System.out.println(OUTPUT + " is up to date (" + namespaces.size() + " namespaces)");
      return;
    }
    Files.writeString(OUTPUT, yaml, StandardCharsets.UTF_8);
    System.out.println("Wrote " + OUTPUT + " (" + namespaces.size() + " namespaces)");
  }

  /** Reads every option table; a table belongs to the namespace named last above it. */
  static void readTables(List<String> lines, Map<String, Namespace> namespaces) {
    String current = null;
    for (int i = 0; i < lines.size(); i++) {
      Matcher heading = NAMESPACE.matcher(lines.get(i));
      if (heading.find() && !lines.get(i).trim().startsWith("|")) {
        current = canonical(unescape(heading.group(1)));
        continue;
      }
      boolean tableStart = lines.get(i).trim().startsWith("|") && i + 1 < lines.size() && lines.get(i + 1).trim().startsWith("| ---");
      if (!tableStart || current == null) {
        continue;
      }
      List<String> header = cells(lines.get(i)).stream().map(c -> c.replace("*", "").trim().toLowerCase(Locale.ROOT)).toList();
      int nameColumn = header.indexOf("name");
      int validColumn = indexEndingWith(header, "valid values");
      Namespace namespace = namespaces.computeIfAbsent(current, n -> new Namespace());
      int row = i + 2;
      for (; row < lines.size() && lines.get(row).trim().startsWith("|"); row++) {
        List<String> cells = cells(lines.get(row));
        if (validColumn < 0) {
          // A two-column "Name | Value" table: URL paths mapped to folders.
          namespace.anyOption = true;
          namespace.staticFiles = true;
          continue;
        }
        String name = optionName(cells.get(nameColumn));
        if (name.startsWith("Any ") || name.startsWith("*")) {
          namespace.anyOption = true;
          continue;
        }
        merge(namespace, name, typeOf(unescape(cells.get(validColumn))));
      }
      i = row - 1;
    }
  }

  private static int indexEndingWith(List<String> header, String suffix) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).endsWith(suffix)) {
        return i;
      }
    }
    return -1;
  }

  /** Two platforms documenting one option: enumerations are joined, anything else widens to string. */
  static void merge(Namespace namespace, String name, Type type) {
    Type earlier = namespace.options.get(name);
    if (earlier == null || earlier.equals(type)) {
      namespace.options.put(name, type);
    } else if (earlier.kind().equals("enum") && type.kind().equals("enum")) {
      Set<String> values = new LinkedHashSet<>(earlier.values());
      values.addAll(type.values());
      namespace.options.put(name, new Type("enum", null, null, List.copyOf(values), null));
    } else {
      namespace.options.put(name, Type.string());
    }
  }

  /** The value type a "Valid values" cell describes; prose that is not a plain list stays a string. */
  static Type typeOf(String cell) {
    String text = cell.trim();
    Matcher range = RANGE.matcher(text);
    String min = null;
    String max = null;
    boolean decimal = false;
    while (range.find()) {
      decimal |= range.group(1).contains(".") || range.group(2).contains(".");
      min = min == null || Double.parseDouble(range.group(1)) < Double.parseDouble(min) ? range.group(1) : min;
      max = max == null || Double.parseDouble(range.group(2)) > Double.parseDouble(max) ? range.group(2) : max;
    }
    if (min != null) {
      return new Type(decimal ? "number" : "integer", min, max, List.of(), null);
    }
    Matcher open = OPEN_RANGE.matcher(text);
    if (open.find()) {
      return new Type("integer", open.group(1), null, List.of(), null);
    }
    List<String> values = listedValues(text);
    if (values.isEmpty()) {
      return Type.string();
    }
    Set<String> lower = new LinkedHashSet<>();
    values.forEach(v -> lower.add(v.toLowerCase(Locale.ROOT)));
    if (lower.equals(Set.of("true", "false"))) {
      return new Type("boolean", null, null, List.of(), null);
    }
    return new Type("enum", null, null, List.copyOf(new LinkedHashSet<>(values)), null);
  }

  /** The values of a cell that only lists values, or an empty list when it says more than that. */
  static List<String> listedValues(String text) {
    List<String> values = new ArrayList<>();
    if (text.contains("`")) {
      Matcher token = BACKTICKED.matcher(text);
      while (token.find()) {
        values.add(token.group(1).replaceAll("^'(.*)'$", "$1"));
      }
      String rest = BACKTICKED.matcher(text).replaceAll(" ").replaceAll("\\*[^*]+\\*", " ").replaceAll("[–,.;()\\s]", "");
      return rest.isEmpty() ? values : List.of();
    }
    for (String word : text.split("[,\\s]+")) {
      boolean plain = word.matches("[A-Z0-9]+") || word.equals("true") || word.equals("false");
      if (!plain) {
        return List.of();
      }
      values.add(word);
    }
    return values;
  }

  /** Applies overrides.md: each row sets one option's type, or marks a namespace open-ended. */
  static void applyOverrides(List<String> lines, Map<String, Namespace> namespaces) {
    boolean inTable = false;
    for (String line : lines) {
      if (!line.trim().startsWith("|")) {
        inTable = false;
        continue;
      }
      List<String> cells = cells(line);
      if (!inTable) {
        inTable = cells.get(0).equals("Namespace");
        continue;
      }
      if (cells.get(0).startsWith("---")) {
        continue;
      }
      Namespace namespace = namespaces.computeIfAbsent(canonical(cells.get(0)), n -> new Namespace());
      String option = cells.get(1);
      String type = cells.get(2);
      String note = cells.get(4) + " (" + cells.get(3) + ")";
      if (type.equals("any") || type.equals("staticfiles")) {
        namespace.anyOption = true;
        namespace.staticFiles = type.equals("staticfiles");
        namespace.notes.put("*", note);
        continue;
      }
      namespace.options.put(option, overrideType(type));
      namespace.notes.put(option, note);
    }
  }

  static Type overrideType(String spec) {
    if (spec.equals("string") || spec.equals("boolean")) {
      return new Type(spec, null, null, List.of(), null);
    }
    if (spec.startsWith("string matching /")) {
      return new Type("string", null, null, List.of(), spec.substring("string matching /".length(), spec.length() - 1));
    }
    if (spec.startsWith("enum ")) {
      return new Type("enum", null, null, List.of(spec.substring(5).split(",\\s*")), null);
    }
    String[] kindAndRange = spec.split(" ", 2);
    String[] bounds = kindAndRange[1].split("\\.\\.", -1);
    return new Type(kindAndRange[0], bounds[0].isEmpty() ? null : bounds[0], bounds[1].isEmpty() ? null : bounds[1], List.of(), null);
  }

  static String render(Map<String, Namespace> namespaces) {
    StringBuilder out = new StringBuilder();
    out.append("""
        # GENERATED by tools/option-catalog/GenerateOptionCatalog.java: do not edit by hand.
        # Sources: the option tables of the AWS Elastic Beanstalk Developer Guide saved in
        # tools/option-catalog/source/ (command-options-general.md, command-options-specific.md, with their
        # URL and date), corrected and completed by tools/option-catalog/overrides.md (each override is
        # repeated below as a comment naming its source).
        #
        # Format:
        #   namespaces:
        #     <namespace>:            exact name, or a pattern whose last segment is {name} (any process,
        #                             rule or policy name) or {port} (a port number, or default)
        #       anyOption: true       the user chooses the option names (environment variables, JVM options)
        #       staticFiles: true     option names are URL paths mapped to bundle folders (implies anyOption)
        #       options:
        #         <option>: <type>    string | boolean | {type: string, pattern: <regex the value must match>}
        #                             | {type: integer, min: N, max: N} | {type: number, min: N, max: N}
        #                               (number allows decimals; min and max are optional)
        #                             | {type: enum, values: [exact values]}
        # An option documented by several platforms gets the union of their values.
        namespaces:
        """);
    namespaces.forEach(
        (name, namespace) -> {
          out.append("  ").append(quote(name)).append(":\n");
          if (namespace.notes.containsKey("*")) {
            out.append("    # override: ").append(namespace.notes.get("*")).append('\n');
          }
          if (namespace.anyOption) {
            out.append("    anyOption: true\n");
          }
          if (namespace.staticFiles) {
            out.append("    staticFiles: true\n");
          }
          if (!namespace.anyOption && !namespace.options.isEmpty()) {
            out.append("    options:\n");
            namespace.options.forEach(
                (option, type) -> {
                  if (namespace.notes.containsKey(option)) {
                    out.append("      # override: ").append(namespace.notes.get(option)).append('\n');
                  }
                  out.append("      ").append(quote(option)).append(": ").append(type.yaml()).append('\n');
                });
          }
        });
    return out.toString();
  }

  /** The catalog's name for a documented namespace: placeholders become {name} or {port}. */
  static String canonical(String namespace) {
    return namespace
        .replaceAll(":(process_name|policy_name|rule_name)$", ":{name}")
        .replaceAll(":listener_port$", ":{port}");
  }

  static String optionName(String cell) {
    return unescape(cell).replace("`", "").replace("(deprecated)", "").trim();
  }

  static String unescape(String markdown) {
    return markdown.replaceAll("\\\\(.)", "$1");
  }

  static List<String> cells(String row) {
    String trimmed = row.trim();
    String inner = trimmed.substring(1, trimmed.endsWith("|") ? trimmed.length() - 1 : trimmed.length());
    List<String> cells = new ArrayList<>();
    for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
      cells.add(cell.trim());
    }
    return cells;
  }

  static String quote(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
