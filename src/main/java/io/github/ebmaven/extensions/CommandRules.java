package io.github.ebmaven.extensions;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules for {@code commands} and {@code container_commands}, as AWS documents them for Linux
 * and Windows instances ("Customizing software on Linux servers", "... on Windows servers").
 */
final class CommandRules {

  /** Linux keys plus Windows' waitAfterCompletion. */
  static final Set<String> COMMAND_KEYS = Set.of("command", "env", "cwd", "test", "ignoreErrors", "waitAfterCompletion");

  static final Set<String> CONTAINER_COMMAND_KEYS =
      Set.of("command", "env", "cwd", "test", "ignoreErrors", "waitAfterCompletion", "leader_only");

  private CommandRules() {}

  static void check(ConfigDocument document, String key, Problems problems) {
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
    Set<String> allowed = key.equals("commands") ? COMMAND_KEYS : CONTAINER_COMMAND_KEYS;
    for (Map.Entry<?, ?> entry : entries.entrySet()) {
      String name = String.valueOf(entry.getKey());
      List<String> path = List.of(key, name);
      String where = document.at(path);
      if (!(entry.getValue() instanceof Map<?, ?> body)) {
        problems.error(where + ": " + key + " entry '" + name + "' must be a map with a 'command' key, for example 'command: echo hello'.");
        continue;
      }
      if (body.get("command") == null) {
        problems.error(where + ": " + key + " entry '" + name + "' has no 'command'; add the shell command to run.");
      }
      if (key.equals("commands") && body.containsKey("leader_only")) {
        problems.warn(
            document.at(key, name, "leader_only") + ": leader_only is only read in container_commands, so EB runs '" + name
                + "' on every instance; move it to container_commands or remove leader_only.");
      }
      Map<Object, Object> others = new java.util.LinkedHashMap<>(body);
      others.remove("leader_only");
      KeyRules.warnUnknownKeys(document, path, others, allowed, key + " entry '" + name + "'", problems);
      for (String flag : List.of("leader_only", "ignoreErrors")) {
        if (allowed.contains(flag)) {
          KeyRules.warnUnlessBoolean(document, path, body, flag, "'" + name + "'", problems);
        }
      }
    }
  }
}
