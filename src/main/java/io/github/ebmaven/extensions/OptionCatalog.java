package io.github.ebmaven.extensions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
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

  static final String ENVIRONMENT_SECRETS = "aws:elasticbeanstalk:application:environmentsecrets";

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
   * Checks a POM setting against the catalog.
   *
   * @param where the POM element the setting comes from, starting the message
   */
  void check(OptionSetting setting, String where, Problems problems) {
    check(new SourcedSetting(setting, where), problems, new HashSet<>());
  }

  /**
   * Checks a setting against the catalog. An unknown name that is a near miss of a documented one
   * is an error (EB refuses it as an unknown configuration setting); an unknown name far from any
   * documented one is a warning, since EB may document it after this catalog was generated.
   *
   * @param reportedNamespaces unknown namespaces already reported for the same file, reported once
   */
  void check(SourcedSetting sourced, Problems problems, Set<String> reportedNamespaces) {
    OptionSetting setting = sourced.setting();
    String where = sourced.source();
    String namespace = setting.namespace();
    Optional<NamespaceSpec> spec = namespace(namespace);
    if (spec.isEmpty()) {
      if (reportedNamespaces.add(namespace)) {
        reportUnknownNamespace(namespace, where, problems);
      }
      return;
    }
    if (spec.get().anyOption()) {
      if (namespace.equals(ENVIRONMENT_VARIABLES) || namespace.equals(ENVIRONMENT_SECRETS)) {
        EnvironmentProperties.check(sourced, namespace.equals(ENVIRONMENT_VARIABLES), problems);
      } else if (spec.get().staticFiles() && !setting.optionName().startsWith("/")) {
        problems.warn(
            where + ": static files path '" + setting.optionName() + "' in " + namespace
                + " does not start with '/'; EB documents URL paths such as /static. Write '/" + setting.optionName() + "'.");
      }
      return;
    }
    OptionType type = spec.get().options().get(setting.optionName());
    if (type == null) {
      reportUnknownOption(setting, where, spec.get(), problems);
      return;
    }
    String value = setting.value();
    if (isFunction(value)) {
      return;
    }
    Optional<String> fix = type.check(value);
    if (fix.isEmpty()) {
      return;
    }
    String option = namespace + " " + setting.optionName();
    String written = sourced.written();
    if (written != null && !written.equals(value)) {
      String read = "YAML 1.1 reads the unquoted " + written + " as " + describeRead(value) + ", so EB receives '" + value + "'";
      if (type.check(written).isEmpty()) {
        problems.warn(
            where + ": " + read + " for " + option + ", which is not one of the values EB documents (" + fix.get()
                + ") Quote it: " + setting.optionName() + ": '" + written + "'.");
      } else {
        problems.error(where + ": invalid value '" + written + "' for " + option + " (" + read + "): " + fix.get());
      }
      return;
    }
    problems.error(where + ": invalid value '" + value + "' for " + option + ": " + fix.get());
  }

  /**
   * Whether a value is a CloudFormation function EB resolves at deployment: in backticks inside a
   * string, or written as a map such as {@code {"Ref": "Param"}} (read as {@code {Ref=Param}}).
   */
  static boolean isFunction(String value) {
    return value.contains("`{") || (value.startsWith("{") && value.endsWith("}"));
  }

  private static String describeRead(String value) {
    return value.equals("true") || value.equals("false") ? "the boolean " + value : "the number " + value;
  }

  private void reportUnknownNamespace(String namespace, String where, Problems problems) {
    for (Map.Entry<String, NamespaceSpec> pattern : patterns.entrySet()) {
      String prefix = pattern.getKey();
      String suffix = namespace.substring(Math.min(namespace.length(), prefix.length()));
      if (namespace.startsWith(prefix) && !suffix.contains(":") && "port".equals(pattern.getValue().suffix())) {
        problems.error(
            where + ": unknown option namespace '" + namespace + "': after " + prefix
                + " EB expects a port number or default, for example " + prefix + "443.");
        return;
      }
    }
    Optional<String> typo = Suggestions.typo(namespace, namespaceCandidates(namespace));
    if (typo.isPresent()) {
      problems.error(where + ": unknown option namespace '" + namespace + "'. Did you mean '" + typo.get() + "'?");
    } else {
      problems.warn(
          where + ": unknown option namespace '" + namespace + "': it is not in EB's \"General options for all environments\" or"
              + " \"Platform specific options\", and EB refuses a namespace it does not know. Check the name; if EB documents it"
              + " after this plugin's catalog was made, ignore this warning.");
    }
  }

  private static void reportUnknownOption(OptionSetting setting, String where, NamespaceSpec spec, Problems problems) {
    String start = where + ": unknown option '" + setting.optionName() + "' in namespace '" + setting.namespace() + "'";
    Optional<String> typo = Suggestions.typo(setting.optionName(), spec.options().keySet());
    if (typo.isPresent()) {
      problems.error(start + ". Did you mean '" + typo.get() + "'?");
    } else {
      problems.warn(
          start + ": EB documents no option of that name there, and refuses one it does not know. Known options: "
              + String.join(", ", new TreeSet<>(spec.options().keySet())) + ".");
    }
  }

  private Collection<String> namespaceCandidates(String typed) {
    Set<String> candidates = new TreeSet<>(exact.keySet());
    String lastSegment = typed.substring(typed.lastIndexOf(':') + 1);
    for (String prefix : patterns.keySet()) {
      candidates.add(prefix + lastSegment);
    }
    candidates.remove(typed);
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
      return new OptionType(name, null, null, List.of(), null);
    }
    Map<String, Object> map = (Map<String, Object>) declared;
    List<String> values = new ArrayList<>();
    for (Object value : (List<Object>) map.getOrDefault("values", List.of())) {
      values.add(String.valueOf(value));
    }
    Object pattern = map.get("pattern");
    return new OptionType(
        (String) map.get("type"), toDecimal(map.get("min")), toDecimal(map.get("max")), List.copyOf(values),
        pattern == null ? null : Pattern.compile((String) pattern));
  }

  private static BigDecimal toDecimal(Object value) {
    return value == null ? null : new BigDecimal(String.valueOf(value));
  }
}
