package io.github.ebmaven.extensions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the parts of a hand-written {@code .ebextensions} file the plugin compares with the POM:
 * option settings in both of EB's forms, and command entries. Shape errors go to the problems.
 */
final class DocumentReader {

  private static final Set<String> LIST_FORM_KEYS = Set.of("namespace", "option_name", "value", "resource_name");

  private DocumentReader() {}

  /**
   * The file's option settings, from either a map of namespaces to options or a list of
   * {@code namespace}/{@code option_name}/{@code value} entries.
   */
  static List<SourcedSetting> optionSettings(ConfigDocument document, Problems problems) {
    Object section = document.root().get("option_settings");
    List<SourcedSetting> settings = new ArrayList<>();
    if (section == null) {
      return settings;
    }
    if (section instanceof Map<?, ?> namespaces) {
      for (Map.Entry<?, ?> namespace : namespaces.entrySet()) {
        String key = String.valueOf(namespace.getKey());
        if (namespace.getValue() == null) {
          // Every option below the namespace commented out: nothing to set.
          continue;
        }
        if (!(namespace.getValue() instanceof Map<?, ?> options)) {
          problems.error(
              document.at("option_settings", key)
                  + ": namespace '"
                  + key
                  + "' must hold a map of option names to values, not a "
                  + ConfigParser.describe(namespace.getValue())
                  + ". Write each option on its own line below it, as 'OptionName: value'.");
          continue;
        }
        // The short form names a resource as a prefix: ScheduledScaleUp.aws:autoscaling:scheduledaction.
        int resourceEnd = key.indexOf(".aws:");
        String ns = resourceEnd > 0 ? key.substring(resourceEnd + 1) : key;
        String resource = resourceEnd > 0 ? key.substring(0, resourceEnd) : null;
        for (Map.Entry<?, ?> option : options.entrySet()) {
          String name = String.valueOf(option.getKey());
          settings.add(
              new SourcedSetting(
                  new OptionSetting(ns, name, text(option.getValue()), resource),
                  document.at("option_settings", key, name),
                  document.written("option_settings", key, name)));
        }
      }
    } else if (section instanceof List<?> entries) {
      for (int i = 0; i < entries.size(); i++) {
        String where = document.at("option_settings", "[" + i + "]");
        if (!(entries.get(i) instanceof Map<?, ?> entry)) {
          problems.error(where + ": each option_settings entry must be a map with namespace, option_name and value.");
          continue;
        }
        for (Object key : entry.keySet()) {
          if (!LIST_FORM_KEYS.contains(String.valueOf(key))) {
            problems.warn(
                where
                    + ": unknown key '"
                    + key
                    + "' in an option_settings entry, EB ignores it."
                    + Suggestions.hint(String.valueOf(key), LIST_FORM_KEYS, "Use namespace, option_name, resource_name and value."));
          }
        }
        // EB documents namespace as optional, defaulting to environment properties.
        Object namespace = entry.get("namespace") == null ? OptionCatalog.ENVIRONMENT_VARIABLES : entry.get("namespace");
        Object optionName = entry.get("option_name");
        if (optionName == null) {
          problems.error(where + ": an option_settings entry needs 'option_name'; add the option's name.");
          continue;
        }
        Object resource = entry.get("resource_name");
        settings.add(
            new SourcedSetting(
                new OptionSetting(
                    String.valueOf(namespace),
                    String.valueOf(optionName),
                    text(entry.get("value")),
                    resource == null ? null : String.valueOf(resource)),
                where,
                document.written("option_settings", "[" + i + "]", "value")));
      }
    } else {
      problems.error(
          document.at("option_settings")
              + ": option_settings must be a map of namespaces or a list of namespace/option_name/value entries, not a "
              + ConfigParser.describe(section)
              + ".");
    }
    return settings;
  }

  /** Entries of {@code commands} or {@code container_commands}: name to its map, when well-formed. */
  static Map<String, Map<?, ?>> commandEntries(ConfigDocument document, String key) {
    Map<String, Map<?, ?>> entries = new java.util.LinkedHashMap<>();
    if (document.root().get(key) instanceof Map<?, ?> section) {
      section.forEach(
          (name, body) -> {
            if (body instanceof Map<?, ?> map) {
              entries.put(String.valueOf(name), map);
            }
          });
    }
    return entries;
  }

  /** An option value as EB receives it: always text, booleans and numbers written as in YAML. */
  static String text(Object value) {
    return value == null ? "" : String.valueOf(value);
  }
}
