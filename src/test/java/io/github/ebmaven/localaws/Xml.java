package io.github.ebmaven.localaws;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes EB Query protocol XML from plain values: a {@link Map} is an element per entry, a
 * {@link Collection} is a list of {@code <member>} elements, an {@link Instant} is ISO-8601 with
 * milliseconds, anything else its {@code toString()}. Null values are left out.
 */
final class Xml {
  static final String NAMESPACE = "http://elasticbeanstalk.amazonaws.com/docs/2010-12-01/";

  private Xml() {}

  /** An ordered map from alternating keys and values, skipping null values. */
  static Map<String, Object> obj(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        map.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return map;
  }

  static String response(String action, Object result, boolean hasResult, String requestId) {
    return response(NAMESPACE, action, result, hasResult, requestId);
  }

  /** A Query protocol response of the service whose XML namespace is {@code namespace}. */
  static String response(String namespace, String action, Object result, boolean hasResult, String requestId) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append('<').append(action).append("Response xmlns=\"").append(namespace).append("\">\n");
    if (hasResult) {
      sb.append("  <").append(action).append("Result>");
      writeValue(sb, result, 2);
      sb.append("</").append(action).append("Result>\n");
    }
    sb.append("  <ResponseMetadata>\n    <RequestId>").append(requestId).append("</RequestId>\n  </ResponseMetadata>\n");
    sb.append("</").append(action).append("Response>\n");
    return sb.toString();
  }

  static String error(EbError error, String requestId) {
    return error(NAMESPACE, error, requestId);
  }

  static String error(String namespace, EbError error, String requestId) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ErrorResponse xmlns=\"" + namespace + "\">\n"
        + "  <Error>\n    <Type>" + (error.senderFault() ? "Sender" : "Receiver") + "</Type>\n"
        + "    <Code>" + escape(error.code) + "</Code>\n"
        + "    <Message>" + escape(error.getMessage()) + "</Message>\n  </Error>\n"
        + "  <RequestId>" + requestId + "</RequestId>\n</ErrorResponse>\n";
  }

  private static void writeValue(StringBuilder sb, Object value, int depth) {
    if (value instanceof Map<?, ?> map) {
      sb.append('\n');
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (e.getValue() != null) {
          element(sb, e.getKey().toString(), e.getValue(), depth + 1);
        }
      }
      indent(sb, depth);
    } else if (value instanceof Collection<?> list) {
      sb.append('\n');
      for (Object item : list) {
        element(sb, "member", item, depth + 1);
      }
      indent(sb, depth);
    } else if (value instanceof Instant instant) {
      sb.append(timestamp(instant));
    } else if (value != null) {
      sb.append(escape(value.toString()));
    }
  }

  private static void element(StringBuilder sb, String name, Object value, int depth) {
    indent(sb, depth);
    sb.append('<').append(name).append('>');
    writeValue(sb, value, depth);
    sb.append("</").append(name).append(">\n");
  }

  private static void indent(StringBuilder sb, int depth) {
    sb.append("  ".repeat(depth));
  }

  static String timestamp(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&apos;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
