package io.github.ebmaven.extensions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Parses and merges .ebextensions files the way EB combines them, for golden comparisons. */
final class Yamls {

  private Yamls() {}

  static Map<String, Object> parse(byte[] bytes) {
    return new Yaml(new SafeConstructor(new LoaderOptions())).load(new String(bytes, StandardCharsets.UTF_8));
  }

  static Map<String, Object> resource(String name) {
    try (InputStream in = Yamls.class.getResourceAsStream("/extensions/" + name)) {
      return parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deep merge: maps are combined key by key, anything else is taken from the later document. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> merge(Map<String, Object> first, Map<String, Object> second) {
    Map<String, Object> merged = new LinkedHashMap<>(first);
    second.forEach(
        (key, value) -> {
          Object existing = merged.get(key);
          if (existing instanceof Map && value instanceof Map) {
            merged.put(key, merge((Map<String, Object>) existing, (Map<String, Object>) value));
          } else {
            merged.put(key, value);
          }
        });
    return merged;
  }
}
