package io.github.ebmaven.extensions;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules one hand-written {@code .ebextensions/*.config} file must follow: known top-level
 * keys, option settings checked against the catalog, and the sections EB applies on the instance.
 */
final class DocumentValidator {

  static final List<String> TOP_LEVEL_KEYS =
      List.of(
          "option_settings", "packages", "sources", "files", "users", "groups", "commands", "container_commands",
          "services", "Resources", "Outputs", "Mappings", "Parameters", "Conditions");

  private final OptionCatalog catalog;

  DocumentValidator(OptionCatalog catalog) {
    this.catalog = catalog;
  }

  void validate(ConfigDocument document, List<SourcedSetting> settings, Problems problems) {
    for (String key : document.root().keySet()) {
      if (!TOP_LEVEL_KEYS.contains(key)) {
        problems.warn(
            document.at(key) + ": unknown top-level key '" + key + "', EB ignores it, and AWS documents that EB then skips the"
                + " whole file with only a warning event." + Suggestions.hint(key, TOP_LEVEL_KEYS, "Use one of " + KeyRules.sorted(TOP_LEVEL_KEYS) + "."));
      }
    }
    Set<String> reportedNamespaces = new HashSet<>();
    for (SourcedSetting setting : settings) {
      catalog.check(setting, problems, reportedNamespaces);
    }
    CommandRules.check(document, "commands", problems);
    CommandRules.check(document, "container_commands", problems);
    InstanceRules.check(document, problems);
  }
}
