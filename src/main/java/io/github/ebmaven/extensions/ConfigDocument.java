package io.github.ebmaven.extensions;

import java.util.List;
import java.util.Map;

/**
 * One parsed {@code .ebextensions/*.config} file: its top-level map and, for YAML files, where
 * each key sits so messages can point at {@code file:line:column}.
 */
final class ConfigDocument {

  private final String name;
  private final Map<String, Object> root;
  private final Map<String, String> positions;
  private final Map<String, String> written;

  /**
   * @param positions {@code line:column} of each key and list item, by {@link #pathKey} of its path
   * @param written the original text of unquoted YAML values that YAML read as something other than
   *     text (booleans, numbers), by path
   */
  ConfigDocument(String name, Map<String, Object> root, Map<String, String> positions, Map<String, String> written) {
    this.name = name;
    this.root = root;
    this.positions = positions;
    this.written = written;
  }

  /** The bundle entry name, for example {@code .ebextensions/django.config}. */
  String name() {
    return name;
  }

  Map<String, Object> root() {
    return root;
  }

  /**
   * Where the value at a key path sits, as {@code file:line:column}, or the nearest enclosing key
   * that is known, or the file alone.
   */
  String at(List<String> keyPath) {
    for (int length = keyPath.size(); length > 0; length--) {
      String position = positions.get(pathKey(keyPath.subList(0, length)));
      if (position != null) {
        return name + ":" + position;
      }
    }
    return name;
  }

  String at(String... keyPath) {
    return at(List.of(keyPath));
  }

  /** The value at a key path as the user typed it, when YAML read it as a boolean or number. */
  String written(String... keyPath) {
    return written.get(pathKey(List.of(keyPath)));
  }

  static String pathKey(List<String> keyPath) {
    return String.join("\n", keyPath);
  }
}
