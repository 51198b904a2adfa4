package io.github.ebmaven.localaws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The Elastic Beanstalk service model (the shapes the AWS SDKs are generated from). Every request
 * is checked against it before an action runs: unknown actions, missing required members,
 * values outside an enumeration, lengths and ranges, malformed numbers, booleans and timestamps.
 */
final class ServiceModel {
  static final String API_VERSION = "2010-12-01";
  private static final String RESOURCE = "/localaws/elasticbeanstalk-2010-12-01.json";

  private final JsonNode operations;
  private final JsonNode shapes;

  private ServiceModel(JsonNode root) {
    this.operations = root.get("operations");
    this.shapes = root.get("shapes");
  }

  static ServiceModel load() {
    try (InputStream in = ServiceModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      return new ServiceModel(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean hasOperation(String action) {
    return operations.has(action);
  }

  List<String> operationNames() {
    List<String> names = new ArrayList<>();
    operations.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Whether the action answers with a {@code <ActionResult>} element. */
  boolean hasOutput(String action) {
    return operations.get(action).has("output");
  }

  /** Validates a request against the action's input shape, throwing EB's error for the first problem. */
  void validate(String action, Params params) {
    JsonNode input = operations.get(action).get("input");
    if (input != null) {
      validateStructure(shapes.get(input.get("shape").asText()), params.raw(), "");
    }
  }

  private void validateStructure(JsonNode shape, Map<String, Object> values, String prefix) {
    for (JsonNode required : iterable(shape.path("required"))) {
      if (!values.containsKey(required.asText())) {
        throw EbError.missingParameter(prefix + required.asText());
      }
    }
    JsonNode members = shape.path("members");
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      JsonNode member = members.get(entry.getKey());
      if (member == null) {
        if (prefix.isEmpty() && ("Action".equals(entry.getKey()) || "Version".equals(entry.getKey()))) {
          continue;
        }
        // EB ignores members it does not know, as the Query protocol allows.
        continue;
      }
      validateValue(shapes.get(member.get("shape").asText()), entry.getValue(), prefix + entry.getKey());
    }
  }

  @SuppressWarnings("unchecked")
  private void validateValue(JsonNode shape, Object value, String path) {
    String type = shape.get("type").asText();
    switch (type) {
      case "structure" -> {
        if (!(value instanceof Map)) {
          throw EbError.validation("Value '" + value + "' at '" + lowerFirst(path) + "' is not a structure");
        }
        validateStructure(shape, (Map<String, Object>) value, path + ".");
      }
      case "list" -> {
        if ("".equals(value)) {
          return;
        }
        if (!(value instanceof Map<?, ?> map) || !(map.get("member") instanceof Map<?, ?> members)) {
          throw EbError.validation("Value '" + value + "' at '" + lowerFirst(path) + "' is not a list");
        }
        JsonNode memberShape = shapes.get(shape.get("member").get("shape").asText());
        int size = 0;
        for (Map.Entry<?, ?> item : members.entrySet()) {
          validateValue(memberShape, item.getValue(), path + ".member." + item.getKey());
          size++;
        }
        checkRange(shape, size, path, "Member must have length");
      }
      case "string" -> {
        String s = text(value, path);
        JsonNode values = shape.get("enum");
        if (values != null) {
          List<String> allowed = new ArrayList<>();
          values.forEach(v -> allowed.add(v.asText()));
          if (!allowed.contains(s)) {
            throw EbError.validation("Value '" + s + "' at '" + lowerFirst(path)
                + "' failed to satisfy constraint: Member must satisfy enum value set: " + allowed);
          }
        }
        checkRange(shape, s.codePointCount(0, s.length()), path, "Member must have length");
      }
      case "integer", "long" -> {
        String s = text(value, path);
        long n;
        try {
          n = Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
          throw EbError.validation("Value '" + s + "' at '" + lowerFirst(path) + "' failed to satisfy constraint: Member must be a number");
        }
        checkRange(shape, n, path, "Member must have value");
      }
      case "double" -> {
        String s = text(value, path);
        try {
          Double.parseDouble(s);
        } catch (NumberFormatException e) {
          throw EbError.validation("Value '" + s + "' at '" + lowerFirst(path) + "' failed to satisfy constraint: Member must be a number");
        }
      }
      case "boolean" -> {
        String s = text(value, path);
        if (!"true".equalsIgnoreCase(s) && !"false".equalsIgnoreCase(s)) {
          throw EbError.validation("Value '" + s + "' at '" + lowerFirst(path) + "' failed to satisfy constraint: Member must be a boolean");
        }
      }
      case "timestamp" -> {
        String s = text(value, path);
        try {
          Params.parseInstant(s);
        } catch (RuntimeException e) {
          throw EbError.validation("Value '" + s + "' at '" + lowerFirst(path) + "' failed to satisfy constraint: Member must be a timestamp");
        }
      }
      default -> text(value, path);
    }
  }

  private static String text(Object value, String path) {
    if (value instanceof String s) {
      return s;
    }
    throw EbError.validation("Value at '" + lowerFirst(path) + "' must be a single value");
  }

  private static void checkRange(JsonNode shape, long n, String path, String what) {
    if (shape.has("min") && n < shape.get("min").asLong()) {
      throw EbError.validation("Value at '" + lowerFirst(path) + "' failed to satisfy constraint: " + what
          + " greater than or equal to " + shape.get("min").asLong());
    }
    if (shape.has("max") && n > shape.get("max").asLong()) {
      throw EbError.validation("Value at '" + lowerFirst(path) + "' failed to satisfy constraint: " + what
          + " less than or equal to " + shape.get("max").asLong());
    }
  }

  private static String lowerFirst(String path) {
    return path.isEmpty() ? path : Character.toLowerCase(path.charAt(0)) + path.substring(1);
  }

  private static Iterable<JsonNode> iterable(JsonNode node) {
    return () -> {
      Iterator<JsonNode> it = node.elements();
      return it;
    };
  }
}
