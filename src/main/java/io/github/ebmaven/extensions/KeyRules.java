package io.github.ebmaven.extensions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Checks shared by the sections of a config file: keys EB reads and values that must be booleans. */
final class KeyRules {

  private KeyRules() {}

  /**
   * Warns about every key of {@code body} that EB does not read: EB and cfn-init skip such keys, so
   * the setting silently does nothing.
   *
   * @param path the key path of {@code body} in the document
   * @param what what the body is, for the message, such as {@code commands entry 'migrate'}
   */
  static void warnUnknownKeys(
      ConfigDocument document, List<String> path, Map<?, ?> body, Collection<String> allowed, String what, Problems problems) {
    for (Object key : body.keySet()) {
      String name = String.valueOf(key);
      if (!allowed.contains(name)) {
        problems.warn(
            document.at(child(path, name)) + ": unknown key '" + name + "' in " + what + ", EB ignores it."
                + Suggestions.hint(name, allowed, "Use one of " + sorted(allowed) + "."));
      }
    }
  }

  /** Warns when a flag is neither a YAML boolean nor the text true or false, which EB also reads. */
  static void warnUnlessBoolean(ConfigDocument document, List<String> path, Map<?, ?> body, String flag, String owner, Problems problems) {
    Object value = body.get(flag);
    if (value == null || value instanceof Boolean) {
      return;
    }
    String text = String.valueOf(value);
    if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
      problems.warn(
          document.at(child(path, flag)) + ": " + flag + " of " + owner + " should be true or false, not '" + text
              + "'. Write " + flag + ": true (no quotes).");
    }
  }

  static List<String> child(List<String> path, String key) {
    List<String> childPath = new ArrayList<>(path);
    childPath.add(key);
    return childPath;
  }

  /** A list of names for a message, sorted so that messages are the same on every run. */
  static String sorted(Collection<String> names) {
    return String.join(", ", new TreeSet<>(names));
  }
}
