package io.github.ebmaven.extensions;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules one hand-written {@code .ebextensions/*.config} file must follow: known top-level
 * keys, well-formed option settings known to the catalog, and command entries EB can run.
 */
final class DocumentValidator {

  static final List<String> TOP_LEVEL_KEYS =
      List.of(
          "option_settings", "packages", "sources", "files", "users", "groups", "commands", "container_commands",
          "services", "Resources", "Outputs", "Mappings", "Parameters", "Conditions");

  private static final Set<String> COMMAND_KEYS = Set.of("command", "env", "cwd", "test", "ignoreErrors");
  private static final Set<String> CONTAINER_COMMAND_KEYS =
      Set.of("command", "env", "cwd", "test", "ignoreErrors", "leader_only");
  private static final Set<String> FILE_KEYS =
      Set.of("content", "source", "encoding", "group", "owner", "mode", "authentication");

  private final OptionCatalog catalog;

  DocumentValidator(OptionCatalog catalog) {
    this.catalog = catalog;
  }

  void validate(ConfigDocument document, List<SourcedSetting> settings, Problems problems) {
    for (String key : document.root().keySet()) {
      if (!TOP_LEVEL_KEYS.contains(key)) {
        problems.error(
            document.at(key)
                + ": unknown top-level key '"
                + key
                + "', EB ignores it."
                + Suggestions.hint(key, TOP_LEVEL_KEYS, "Use one of " + String.join(", ", TOP_LEVEL_KEYS) + "."));
      }
    }
    for (SourcedSetting setting : settings) {
      catalog.check(setting.setting(), setting.source(), problems);
    }
    checkCommands(document, "commands", COMMAND_KEYS, problems);
    checkCommands(document, "container_commands", CONTAINER_COMMAND_KEYS, problems);
    checkFiles(document, problems);
  }

  private static void checkCommands(ConfigDocument document, String key, Set<String> allowed, Problems problems) {
    Object section = document.root().get(key);
    if (section == null) {
      return;
    }
    if (!(section instanceof Map<?, ?> entries)) {
      problems.error(
          document.at(key) + ": " + key + " must be a map of command names to entries, not a " + ConfigParser.describe(section)
              + ". Write 'name:' on one line and 'command: ...' indented below it.");
      return;
    }
    for (Map.Entry<?, ?> entry : entries.entrySet()) {
      String name = String.valueOf(entry.getKey());
      String where = document.at(key, name);
      if (!(entry.getValue() instanceof Map<?, ?> body)) {
        problems.error(where + ": " + key + " entry '" + name + "' must be a map with a 'command' key, for example 'command: echo hello'.");
        continue;
      }
      if (body.get("command") == null) {
        problems.error(where + ": " + key + " entry '" + name + "' has no 'command'; add the shell command to run.");
      }
      for (Object property : body.keySet()) {
        String propertyName = String.valueOf(property);
        if (propertyName.equals("leader_only") && key.equals("commands")) {
          problems.error(
              document.at(key, name, propertyName)
                  + ": leader_only is only allowed in container_commands; move '"
                  + name
                  + "' to container_commands or remove leader_only.");
        } else if (!allowed.contains(propertyName)) {
          problems.error(
              document.at(key, name, propertyName)
                  + ": unknown key '"
                  + propertyName
                  + "' in "
                  + key
                  + " entry '"
                  + name
                  + "'."
                  + Suggestions.hint(propertyName, allowed, "Use one of " + String.join(", ", allowed) + "."));
        }
      }
      for (String flag : List.of("leader_only", "ignoreErrors")) {
        Object value = body.get(flag);
        if (value != null && !(value instanceof Boolean) && allowed.contains(flag)) {
          problems.error(
              document.at(key, name, flag) + ": " + flag + " of '" + name + "' must be a boolean, not '" + value
                  + "'. Write " + flag + ": true (no quotes).");
        }
      }
    }
  }

  private static void checkFiles(ConfigDocument document, Problems problems) {
    if (!(document.root().get("files") instanceof Map<?, ?> files)) {
      return;
    }
    for (Map.Entry<?, ?> file : files.entrySet()) {
      String path = String.valueOf(file.getKey());
      if (!(file.getValue() instanceof Map<?, ?> body) || (body.get("content") == null && body.get("source") == null)) {
        problems.error(document.at("files", path) + ": files entry '" + path + "' needs 'content' or 'source'; add the file's text under content.");
        continue;
      }
      for (Object property : body.keySet()) {
        String propertyName = String.valueOf(property);
        if (!FILE_KEYS.contains(propertyName)) {
          problems.error(
              document.at("files", path, propertyName) + ": unknown key '" + propertyName + "' in files entry '" + path + "'."
                  + Suggestions.hint(propertyName, FILE_KEYS, "Use one of " + String.join(", ", FILE_KEYS) + "."));
        }
      }
    }
  }
}
