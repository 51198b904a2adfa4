package io.github.ebmaven.environment;

import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Mention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code -Deb.env} asks for: {@code NAME=value} sets a variable, {@code NAME=} removes it;
 * entries are separated by commas (so values cannot contain one). Messages about bad input never
 * quote a value.
 *
 * @param set variables to set, in the order given
 * @param remove variables to remove
 */
public record EnvChanges(Map<String, String> set, List<String> remove) {

  public EnvChanges {
    set = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(set));
    remove = List.copyOf(remove);
  }

  /** Reads {@code eb.env}; fails naming the property and the entry's position and name. */
  public static EnvChanges parse(String text) throws EbException {
    if (text == null || text.isBlank()) {
      throw new EbException(
          Mention.property("eb.env") + " is empty: list the variables to change, like " + Mention.example("eb.env", "NAME=value,OTHER=value") + " (NAME= removes NAME).");
    }
    Map<String, String> set = new LinkedHashMap<>();
    List<String> remove = new ArrayList<>();
    String[] entries = text.split(",", -1);
    for (int i = 0; i < entries.length; i++) {
      String entry = entries[i].strip();
      String where = Mention.property("eb.env") + " entry " + (i + 1);
      int eq = entry.indexOf('=');
      if (eq < 0) {
        // Not quoted: it may be the part of a value after a comma.
        throw new EbException(where + " has no '=': write NAME=value to set a variable or NAME= to remove it,"
            + " entries separated by commas (values cannot contain commas).");
      }
      String name = entry.substring(0, eq).strip();
      String value = entry.substring(eq + 1);
      if (name.isEmpty()) {
        throw new EbException(where + " has an empty name before '=': write NAME=value, for example " + Mention.example("eb.env", "DEBUG=false") + ".");
      }
      if (!name.matches("[A-Za-z0-9_.:/@+-]+")) {
        throw new EbException(where + ": the name '" + name + "' has characters Elastic Beanstalk does not accept"
            + " in environment property names; use letters, digits and _ . : / @ + -.");
      }
      if (set.containsKey(name) || remove.contains(name)) {
        throw new EbException(Mention.property("eb.env") + " names " + name + " twice: give each variable once.");
      }
      if (value.isEmpty()) {
        remove.add(name);
      } else {
        set.put(name, value);
      }
    }
    return new EnvChanges(set, remove);
  }

  /** The names involved, for messages: {@code set A, B; remove C}. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (!set.isEmpty()) {
      parts.add("set " + String.join(", ", set.keySet()));
    }
    if (!remove.isEmpty()) {
      parts.add("remove " + String.join(", ", remove));
    }
    return String.join("; ", parts);
  }
}
