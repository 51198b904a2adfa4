package io.github.ebmaven.localaws;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Minimal HTTP/1.1 framing: request and response heads, fixed-length and chunked bodies. */
final class HttpIo {
  private static final int MAX_LINE = 64 * 1024;
  private static final int MAX_HEADERS = 200;

  private HttpIo() {}

  /** Reads one CRLF (or LF) terminated line as ISO-8859-1; null at a clean end of stream. */
  static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, len, StandardCharsets.ISO_8859_1);
      }
      line.write(b);
      if (line.size() > MAX_LINE) {
        throw new IOException("HTTP line too long");
      }
    }
    if (line.size() == 0) {
      return null;
    }
    throw new EOFException("stream ended inside a line");
  }

  /** Reads header lines up to the empty line. */
  static List<String> readHeaderLines(InputStream in) throws IOException {
    List<String> lines = new ArrayList<>();
    String line;
    while ((line = readLine(in)) != null && !line.isEmpty()) {
      if (lines.size() >= MAX_HEADERS) {
        throw new IOException("too many header lines");
      }
      lines.add(line);
    }
    if (line == null) {
      throw new EOFException("stream ended inside the header block");
    }
    return lines;
  }

  /** Reads a request head; null when the client closed the connection between requests. */
  static RequestHead readRequestHead(InputStream in) throws IOException {
    String requestLine = readLine(in);
    while (requestLine != null && requestLine.isEmpty()) {
      requestLine = readLine(in);
    }
    if (requestLine == null) {
      return null;
    }
    String[] parts = requestLine.split(" ");
    if (parts.length != 3) {
      throw new IOException("malformed request line: " + requestLine);
    }
    return new RequestHead(parts[0], parts[1], parts[2], readHeaderLines(in));
  }

  /** Copies exactly {@code length} bytes, reporting each block to {@code progress}. */
  static void copyFixed(InputStream in, OutputStream out, long length, Progress progress) throws IOException {
    byte[] buffer = new byte[16 * 1024];
    long left = length;
    while (left > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) {
        throw new EOFException("body ended " + left + " bytes early");
      }
      progress.beforeWrite(n);
      out.write(buffer, 0, n);
      left -= n;
    }
  }

  /** Copies until end of stream. */
  static void copyToEnd(InputStream in, OutputStream out) throws IOException {
    in.transferTo(out);
  }

  /**
   * Copies a chunked body as is (chunk lines, data and trailers), reporting the data bytes to
   * {@code progress}.
   */
  static void copyChunked(InputStream in, OutputStream out, Progress progress) throws IOException {
    while (true) {
      String sizeLine = readLine(in);
      if (sizeLine == null) {
        throw new EOFException("chunked body ended early");
      }
      out.write((sizeLine + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      int semi = sizeLine.indexOf(';');
      long size = Long.parseLong((semi < 0 ? sizeLine : sizeLine.substring(0, semi)).trim(), 16);
      if (size == 0) {
        for (String trailer : readHeaderLines(in)) {
          out.write((trailer + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return;
      }
      copyFixed(in, out, size, progress);
      String end = readLine(in);
      if (end == null || !end.isEmpty()) {
        throw new IOException("missing CRLF after chunk");
      }
      out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }
  }

  /** Reads a whole request body into memory, refusing bodies above {@code limit}. */
  static byte[] readBody(RequestHead head, InputStream in, int limit) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    Progress guard = n -> {
      if (body.size() + n > limit) {
        throw new IOException("request body over " + limit + " bytes");
      }
    };
    if (head.chunked()) {
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      copyChunked(in, raw, guard);
      return dechunk(raw.toByteArray());
    }
    copyFixed(in, body, head.contentLength(), guard);
    return body.toByteArray();
  }

  private static byte[] dechunk(byte[] raw) throws IOException {
    InputStream in = new java.io.ByteArrayInputStream(raw);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = readLine(in);
      int semi = sizeLine.indexOf(';');
      int size = Integer.parseInt((semi < 0 ? sizeLine : sizeLine.substring(0, semi)).trim(), 16);
      if (size == 0) {
        return out.toByteArray();
      }
      out.write(in.readNBytes(size));
      readLine(in);
    }
  }

  static void writeContinue(OutputStream out) throws IOException {
    out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** Writes a complete response with a fixed length body. */
  static void writeResponse(OutputStream out, int status, Map<String, String> headers, byte[] body,
      boolean headRequest, boolean close) throws IOException {
    StringBuilder head = new StringBuilder();
    head.append("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
    head.append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)))
        .append("\r\n");
    for (Map.Entry<String, String> h : headers.entrySet()) {
      head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
    }
    head.append("Content-Length: ").append(body.length).append("\r\n");
    if (close) {
      head.append("Connection: close\r\n");
    }
    head.append("\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    if (!headRequest) {
      out.write(body);
    }
    out.flush();
  }

  static String reason(int status) {
    switch (status) {
      case 200: return "OK";
      case 204: return "No Content";
      case 400: return "Bad Request";
      case 403: return "Forbidden";
      case 404: return "Not Found";
      case 405: return "Method Not Allowed";
      case 413: return "Payload Too Large";
      case 500: return "Internal Server Error";
      case 502: return "Bad Gateway";
      case 503: return "Service Unavailable";
      default: return "Status " + status;
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Observes body bytes before they are written on; may throw to stop the copy. */
  @FunctionalInterface
  interface Progress {
    Progress NONE = n -> { };

    void beforeWrite(int bytes) throws IOException;
  }
}
