package io.github.ebmaven.localaws;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parameters of an EB Query request as a tree: {@code OptionSettings.member.2.Namespace=x}
 * becomes {@code OptionSettings -> member -> 2 -> Namespace -> "x"}. A list given as an empty
 * value ({@code OptionsToRemove=}) is an empty list, as the SDKs send it.
 */
final class Params {
  private final Map<String, Object> node;

  private Params(Map<String, Object> node) {
    this.node = node;
  }

  /** The parameters of a Query request: its query string and its form body. */
  static Params of(RequestHead head, byte[] body) {
    String form = new String(body, StandardCharsets.UTF_8);
    String query = head.rawQuery();
    return parseForm(query.isEmpty() ? form : form.isEmpty() ? query : query + "&" + form);
  }

  static Params parseForm(String form) {
    Map<String, Object> root = new LinkedHashMap<>();
    for (String pair : form.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      put(root, key.split("\\."), 0, value);
    }
    return new Params(root);
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> node, String[] path, int i, String value) {
    String key = path[i];
    if (i == path.length - 1) {
      Object existing = node.get(key);
      if (!(existing instanceof Map)) {
        node.put(key, value);
      }
      return;
    }
    Object child = node.get(key);
    if (!(child instanceof Map)) {
      child = "member".equals(key) || "entry".equals(key) ? new TreeMap<String, Object>(Params::compareIndex)
          : new LinkedHashMap<String, Object>();
      node.put(key, child);
    }
    put((Map<String, Object>) child, path, i + 1, value);
  }

  private static int compareIndex(String a, String b) {
    try {
      return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    } catch (NumberFormatException e) {
      return a.compareTo(b);
    }
  }

  Map<String, Object> raw() {
    return Collections.unmodifiableMap(node);
  }

  boolean has(String name) {
    return node.containsKey(name);
  }

  String str(String name) {
    Object v = node.get(name);
    return v instanceof String s ? s : null;
  }

  String str(String name, String fallback) {
    String v = str(name);
    return v == null ? fallback : v;
  }

  boolean bool(String name, boolean fallback) {
    String v = str(name);
    return v == null || v.isEmpty() ? fallback : Boolean.parseBoolean(v);
  }

  Integer integer(String name) {
    String v = str(name);
    return v == null || v.isEmpty() ? null : Integer.valueOf(v);
  }

  Instant instant(String name) {
    String v = str(name);
    return v == null || v.isEmpty() ? null : parseInstant(v);
  }

  static Instant parseInstant(String v) {
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(v);
      } catch (DateTimeParseException e2) {
        return Instant.ofEpochMilli((long) (Double.parseDouble(v) * 1000));
      }
    }
  }

  Params struct(String name) {
    Object v = node.get(name);
    return v instanceof Map<?, ?> ? new Params(cast(v)) : null;
  }

  /** The items of a list of structures; empty when absent. */
  List<Params> structs(String name) {
    List<Params> out = new ArrayList<>();
    for (Object item : items(name)) {
      if (item instanceof Map<?, ?>) {
        out.add(new Params(cast(item)));
      }
    }
    return out;
  }

  /** The items of a list of strings; empty when absent. */
  List<String> strings(String name) {
    List<String> out = new ArrayList<>();
    for (Object item : items(name)) {
      if (item instanceof String s) {
        out.add(s);
      }
    }
    return out;
  }

  /** Raw list items (String or Map), in index order. */
  List<Object> items(String name) {
    Object v = node.get(name);
    if (!(v instanceof Map<?, ?>)) {
      return List.of();
    }
    Object members = cast(v).get("member");
    if (!(members instanceof Map<?, ?>)) {
      return List.of();
    }
    return new ArrayList<>(cast(members).values());
  }

  /** This node as nested maps and lists (lists of members flattened), for storing and echoing back. */
  Map<String, Object> toPlain() {
    return plainMap(node);
  }

  private static Map<String, Object> plainMap(Map<String, Object> in) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : in.entrySet()) {
      out.put(e.getKey(), plain(e.getValue()));
    }
    return out;
  }

  private static Object plain(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> map = cast(m);
      if (map.size() == 1 && map.get("member") instanceof Map<?, ?> members) {
        List<Object> list = new ArrayList<>();
        for (Object item : cast(members).values()) {
          list.add(plain(item));
        }
        return list;
      }
      return plainMap(map);
    }
    return v;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object o) {
    return (Map<String, Object>) o;
  }
}
