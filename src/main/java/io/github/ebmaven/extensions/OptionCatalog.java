package io.github.ebmaven.extensions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The option namespaces and options Elastic Beanstalk documents, with the value types it
 * documents, read once from {@code option-catalog.yaml} shipped with the plugin.
 */
final class OptionCatalog {

  private static final String RESOURCE = "option-catalog.yaml";

  /** Namespaces the POM shortcuts and the Python hints refer to. */
  static final String ENVIRONMENT_VARIABLES = "aws:elasticbeanstalk:application:environment";

  private static final class Holder {
    static final OptionCatalog INSTANCE = load();
  }

  private final Map<String, NamespaceSpec> exact = new LinkedHashMap<>();
  private final Map<String, NamespaceSpec> patterns = new LinkedHashMap<>();

  private OptionCatalog(Map<String, NamespaceSpec> namespaces) {
    namespaces.forEach(
        (name, spec) -> {
          if (name.endsWith("}")) {
            patterns.put(name.substring(0, name.lastIndexOf(':') + 1), spec);
          } else {
            exact.put(name, spec);
          }
        });
  }

  static OptionCatalog get() {
    return Holder.INSTANCE;
  }

  /** The rules for a namespace, if EB documents it. */
  Optional<NamespaceSpec> namespace(String namespace) {
    NamespaceSpec spec = exact.get(namespace);
    if (spec != null) {
      return Optional.of(spec);
    }
    for (Map.Entry<String, NamespaceSpec> pattern : patterns.entrySet()) {
      String prefix = pattern.getKey();
      if (namespace.startsWith(prefix) && pattern.getValue().acceptsSuffix(namespace.substring(prefix.length()))) {
        return Optional.of(pattern.getValue());
      }
    }
    return Optional.empty();
  }

  /** Whether the namespace maps URL paths to bundle folders. */
  boolean isStaticFiles(String namespace) {
    return namespace(namespace).map(NamespaceSpec::staticFiles).orElse(false);
  }

  /**
   * Checks a setting against the catalog and adds an error for an unknown namespace or option or
   * an invalid value.
   *
   * @param where the file position or POM element the setting comes from, starting the message
   */
  void check(OptionSetting setting, String where, Problems problems) {
    String namespace = setting.namespace();
    Optional<NamespaceSpec> spec = namespace(namespace);
    if (spec.isEmpty()) {
      problems.error(
          where
              + ": unknown option namespace '"
              + namespace
              + "'."
              + Suggestions.hint(
                  namespace,
                  namespaceCandidates(namespace),
                  "Use a namespace from EB's \"General options for all environments\" or \"Platform specific options\"."));
      return;
    }
    if (spec.get().anyOption()) {
      return;
    }
    OptionType type = spec.get().options().get(setting.optionName());
    if (type == null) {
      problems.error(
          where
              + ": unknown option '"
              + setting.optionName()
              + "' in namespace '"
              + namespace
              + "'."
              + Suggestions.hint(
                  setting.optionName(),
                  spec.get().options().keySet(),
                  "Known options: " + String.join(", ", spec.get().options().keySet()) + "."));
      return;
    }
    type.check(setting.value())
        .ifPresent(
            fix ->
                problems.error(
                    where + ": invalid value '" + setting.value() + "' for " + namespace + " " + setting.optionName() + ": " + fix));
  }

  private Collection<String> namespaceCandidates(String typed) {
    Set<String> candidates = new TreeSet<>(exact.keySet());
    String lastSegment = typed.substring(typed.lastIndexOf(':') + 1);
    for (String prefix : patterns.keySet()) {
      candidates.add(prefix + lastSegment);
    }
    return candidates;
  }

  /**
   * The rules for one namespace.
   *
   * @param options option name to value type; empty when any option name is allowed
   * @param anyOption whether the user chooses option names (environment variables, URL paths)
   * @param staticFiles whether options map URL paths to bundle folders
   * @param suffix for a pattern namespace, what its last segment may be ({@code name} or {@code port})
   */
  record NamespaceSpec(Map<String, OptionType> options, boolean anyOption, boolean staticFiles, String suffix) {

    boolean acceptsSuffix(String value) {
      if (value.isEmpty() || value.contains(":")) {
        return false;
      }
      return !"port".equals(suffix) || value.equals("default") || value.chars().allMatch(Character::isDigit);
    }
  }

  /** A documented value type; {@link #check} returns the fix when a value does not fit. */
  record OptionType(String type, Long min, Long max, List<String> values) {

    Optional<String> check(String value) {
      switch (type) {
        case "boolean":
          return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
              ? Optional.empty()
              : Optional.of("use true or false.");
        case "integer":
          return checkInteger(value);
        case "enum":
          if (values.contains(value)) {
            return Optional.empty();
          }
          for (String allowed : values) {
            if (allowed.equalsIgnoreCase(value)) {
              return Optional.of("values are case-sensitive, use '" + allowed + "'.");
            }
          }
          return Optional.of("use one of " + String.join(", ", values) + ".");
        default:
          return Optional.empty();
      }
    }

    private Optional<String> checkInteger(String value) {
      long number;
      try {
        number = Long.parseLong(value.trim());
      } catch (NumberFormatException e) {
        return Optional.of("use a whole number" + range() + ".");
      }
      if ((min != null && number < min) || (max != null && number > max)) {
        return Optional.of("use a whole number" + range() + ".");
      }
      return Optional.empty();
    }

    private String range() {
      if (min != null && max != null) {
        return " from " + min + " to " + max;
      }
      if (min != null) {
        return " of at least " + min;
      }
      return max != null ? " of at most " + max : "";
    }
  }

  @SuppressWarnings("unchecked")
  private static OptionCatalog load() {
    Map<String, Object> root;
    try (InputStream in = OptionCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The plugin jar lacks " + RESOURCE);
      }
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, NamespaceSpec> namespaces = new LinkedHashMap<>();
    Map<String, Map<String, Object>> declared = (Map<String, Map<String, Object>>) root.get("namespaces");
    declared.forEach(
        (name, body) -> {
          Map<String, OptionType> options = new LinkedHashMap<>();
          Map<String, Object> declaredOptions = (Map<String, Object>) body.getOrDefault("options", Map.of());
          declaredOptions.forEach((option, type) -> options.put(option, optionType(type)));
          String suffix = name.endsWith("}") ? name.substring(name.lastIndexOf('{') + 1, name.length() - 1) : null;
          namespaces.put(
              name,
              new NamespaceSpec(
                  Map.copyOf(options),
                  Boolean.TRUE.equals(body.get("anyOption")),
                  Boolean.TRUE.equals(body.get("staticFiles")),
                  suffix));
        });
    return new OptionCatalog(namespaces);
  }

  @SuppressWarnings("unchecked")
  private static OptionType optionType(Object declared) {
    if (declared instanceof String name) {
      return new OptionType(name, null, null, List.of());
    }
    Map<String, Object> map = (Map<String, Object>) declared;
    List<String> values = new ArrayList<>();
    for (Object value : (List<Object>) map.getOrDefault("values", List.of())) {
      values.add(String.valueOf(value));
    }
    return new OptionType(
        (String) map.get("type"), toLong(map.get("min")), toLong(map.get("max")), List.copyOf(values));
  }

  private static Long toLong(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }
}
