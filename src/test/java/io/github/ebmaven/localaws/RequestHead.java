package io.github.ebmaven.localaws;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The request line and header lines of one HTTP/1.1 request, kept exactly as received so that a
 * forwarded request still carries the bytes its SigV4 signature was computed over.
 */
final class RequestHead {
  final String method;
  final String target;
  final String version;
  /** Header lines as received, without the line end. */
  final List<String> headerLines;

  RequestHead(String method, String target, String version, List<String> headerLines) {
    this.method = method;
    this.target = target;
    this.version = version;
    this.headerLines = List.copyOf(headerLines);
  }

  String path() {
    int q = target.indexOf('?');
    return q < 0 ? target : target.substring(0, q);
  }

  /** The raw (still percent-encoded) query string, empty when there is none. */
  String rawQuery() {
    int q = target.indexOf('?');
    return q < 0 ? "" : target.substring(q + 1);
  }

  /** Decoded query parameters; the first value wins for repeated names. */
  Map<String, String> queryParameters() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : rawQuery().split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.putIfAbsent(name, value);
    }
    return out;
  }

  /** All values of a header (case-insensitive name), in the order received. */
  List<String> headers(String name) {
    List<String> values = new ArrayList<>();
    for (String line : headerLines) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
        values.add(line.substring(colon + 1).trim());
      }
    }
    return values;
  }

  String header(String name) {
    List<String> values = headers(name);
    return values.isEmpty() ? null : values.get(0);
  }

  boolean hasToken(String headerName, String token) {
    for (String value : headers(headerName)) {
      for (String part : value.split(",")) {
        if (part.trim().toLowerCase(Locale.ROOT).equals(token)) {
          return true;
        }
      }
    }
    return false;
  }

  boolean chunked() {
    return hasToken("Transfer-Encoding", "chunked");
  }

  /** The declared body length, 0 when the request has no body, -1 for a chunked body. */
  long contentLength() {
    if (chunked()) {
      return -1;
    }
    String length = header("Content-Length");
    return length == null ? 0 : Long.parseLong(length.trim());
  }

  boolean expectsContinue() {
    return hasToken("Expect", "100-continue");
  }

  boolean keepAlive() {
    if (hasToken("Connection", "close")) {
      return false;
    }
    return !"HTTP/1.0".equals(version) || hasToken("Connection", "keep-alive");
  }

  static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return method + " " + target;
  }
}
