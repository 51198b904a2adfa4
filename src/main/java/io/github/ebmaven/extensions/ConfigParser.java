package io.github.ebmaven.extensions;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a {@code .ebextensions/*.config} file the way EB does: JSON when it starts with a brace,
 * YAML otherwise. Syntax errors carry {@code file:line:column} and the parser's own message.
 */
final class ConfigParser {

  private static final String SYNTAX_FIX =
      "Fix the syntax there: indent with spaces only and quote values that contain ': ' or start with a special character.";
  private static final String JSON_FIX =
      "Fix the JSON there: separate entries with commas, close every { and [, and write keys and text in double quotes.";

  private ConfigParser() {}

  /**
   * Parses one file.
   *
   * @throws SyntaxError when the text is not valid YAML or JSON, or not a map at the top
   */
  static ConfigDocument parse(String name, byte[] bytes) throws SyntaxError {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.strip().startsWith("{")) {
      return parseJson(name, text);
    }
    return parseYaml(name, text);
  }

  private static ConfigDocument parseJson(String name, String text) throws SyntaxError {
    Object root;
    Map<String, String> positions = new HashMap<>();
    try {
      root = new ObjectMapper().readValue(text, Object.class);
      try (JsonParser parser = new JsonFactory().createParser(text)) {
        parser.nextToken();
        indexJson(parser, new ArrayList<>(), positions);
      }
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      String where = location == null ? name : name + ":" + location.getLineNr() + ":" + location.getColumnNr();
      throw new SyntaxError(where + ": invalid JSON: " + e.getOriginalMessage() + ". " + JSON_FIX);
    } catch (IOException e) {
      throw new SyntaxError(name + ": invalid JSON: " + e.getMessage() + ". " + JSON_FIX);
    }
    return new ConfigDocument(name, topLevelMap(name, root), positions, Map.of());
  }

  /** Records where every JSON field name and array item starts, keyed like the YAML positions. */
  private static void indexJson(JsonParser parser, List<String> path, Map<String, String> positions) throws IOException {
    if (parser.currentToken() == JsonToken.START_OBJECT) {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        path.add(parser.currentName());
        positions.put(ConfigDocument.pathKey(path), position(parser.currentTokenLocation()));
        parser.nextToken();
        indexJson(parser, path, positions);
        path.remove(path.size() - 1);
      }
    } else if (parser.currentToken() == JsonToken.START_ARRAY) {
      for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
        path.add("[" + i + "]");
        positions.put(ConfigDocument.pathKey(path), position(parser.currentTokenLocation()));
        indexJson(parser, path, positions);
        path.remove(path.size() - 1);
      }
    }
  }

  private static String position(JsonLocation location) {
    return location.getLineNr() + ":" + location.getColumnNr();
  }

  private static ConfigDocument parseYaml(String name, String text) throws SyntaxError {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    TagTolerantConstructor constructor = new TagTolerantConstructor(options);
    try {
      Node node = new Yaml(constructor).compose(new StringReader(text));
      if (node == null) {
        return new ConfigDocument(name, Map.of(), Map.of(), Map.of());
      }
      Map<String, String> positions = new HashMap<>();
      Map<String, String> written = new HashMap<>();
      index(node, new ArrayList<>(), positions, written);
      return new ConfigDocument(name, topLevelMap(name, constructor.construct(node)), positions, written);
    } catch (MarkedYAMLException e) {
      throw new SyntaxError(position(name, e.getProblemMark()) + ": invalid YAML: " + e.getProblem() + ". " + SYNTAX_FIX);
    } catch (YAMLException e) {
      throw new SyntaxError(name + ": invalid YAML: " + e.getMessage() + ". " + SYNTAX_FIX);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> topLevelMap(String name, Object root) throws SyntaxError {
    if (root == null) {
      return Map.of();
    }
    if (!(root instanceof Map)) {
      throw new SyntaxError(
          name + ": the file must be a map of top-level keys such as option_settings or container_commands, not a "
              + describe(root) + ".");
    }
    Map<String, Object> map = new LinkedHashMap<>();
    ((Map<Object, Object>) root).forEach((key, value) -> map.put(String.valueOf(key), value));
    return map;
  }

  static String describe(Object value) {
    if (value instanceof Map) {
      return "map";
    }
    if (value instanceof List) {
      return "list";
    }
    return value == null ? "empty value" : "single value";
  }

  private static String position(String name, Mark mark) {
    return mark == null ? name : name + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
  }

  /**
   * Records the start of every map key and list item, keyed by its path from the root, and the
   * original text of plain scalars that YAML resolves to something other than a string.
   */
  private static void index(Node node, List<String> path, Map<String, String> positions, Map<String, String> written) {
    if (node instanceof ScalarNode scalar) {
      if (scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN && !Tag.STR.equals(scalar.getTag())) {
        written.put(ConfigDocument.pathKey(path), scalar.getValue());
      }
    } else if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key) {
          path.add(key.getValue());
          Mark mark = key.getStartMark();
          positions.put(ConfigDocument.pathKey(path), (mark.getLine() + 1) + ":" + (mark.getColumn() + 1));
          index(tuple.getValueNode(), path, positions, written);
          path.remove(path.size() - 1);
        }
      }
    } else if (node instanceof SequenceNode sequence) {
      List<Node> items = sequence.getValue();
      for (int i = 0; i < items.size(); i++) {
        path.add("[" + i + "]");
        Mark mark = items.get(i).getStartMark();
        positions.put(ConfigDocument.pathKey(path), (mark.getLine() + 1) + ":" + (mark.getColumn() + 1));
        index(items.get(i), path, positions, written);
        path.remove(path.size() - 1);
      }
    }
  }

  /**
   * Safe construction that reads CloudFormation short-form tags ({@code !Ref}, {@code !GetAtt})
   * as their plain content instead of failing, so a valid hand-written file is not refused.
   */
  private static final class TagTolerantConstructor extends SafeConstructor {

    TagTolerantConstructor(LoaderOptions options) {
      super(options);
      this.yamlConstructors.put(
          null,
          new AbstractConstruct() {
            @Override
            public Object construct(Node node) {
              if (node instanceof MappingNode mapping) {
                return constructMapping(mapping);
              }
              if (node instanceof SequenceNode sequence) {
                return constructSequence(sequence);
              }
              return constructScalar((ScalarNode) node);
            }
          });
    }

    Object construct(Node node) {
      return constructDocument(node);
    }
  }

  /** A file that cannot be read as YAML or JSON; the message is ready for the user. */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;

    SyntaxError(String message) {
      super(message);
    }
  }
}
