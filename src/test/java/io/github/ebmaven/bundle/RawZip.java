package io.github.ebmaven.bundle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a zip's headers byte by byte, independently of any zip library, so tests can check the
 * fields a library would hide: DOS time and date, and the extra-field lengths of both the central
 * directory and the local headers.
 */
final class RawZip {

  /** One entry as its central directory record and local header store it. */
  record Header(
      String name,
      int method,
      LocalDateTime centralTime,
      LocalDateTime localTime,
      int centralExtraLength,
      int localExtraLength,
      int externalAttributes) {

    int unixMode() {
      return externalAttributes >>> 16;
    }
  }

  private RawZip() {}

  static List<Header> read(Path zip) throws IOException {
    ByteBuffer buf = ByteBuffer.wrap(Files.readAllBytes(zip)).order(ByteOrder.LITTLE_ENDIAN);
    int eocd = buf.limit() - 22;
    while (eocd >= 0 && buf.getInt(eocd) != 0x06054b50) {
      eocd--;
    }
    if (eocd < 0) {
      throw new IOException("no end of central directory record in " + zip);
    }
    int count = Short.toUnsignedInt(buf.getShort(eocd + 10));
    int offset = buf.getInt(eocd + 16);
    List<Header> headers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (buf.getInt(offset) != 0x02014b50) {
        throw new IOException("bad central directory record at " + offset);
      }
      int method = Short.toUnsignedInt(buf.getShort(offset + 10));
      LocalDateTime centralTime = dos(buf.getShort(offset + 12), buf.getShort(offset + 14));
      int nameLength = Short.toUnsignedInt(buf.getShort(offset + 28));
      int extraLength = Short.toUnsignedInt(buf.getShort(offset + 30));
      int commentLength = Short.toUnsignedInt(buf.getShort(offset + 32));
      int external = buf.getInt(offset + 38);
      int local = buf.getInt(offset + 42);
      byte[] name = new byte[nameLength];
      buf.get(offset + 46, name);
      if (buf.getInt(local) != 0x04034b50) {
        throw new IOException("bad local header at " + local);
      }
      LocalDateTime localTime = dos(buf.getShort(local + 10), buf.getShort(local + 12));
      int localExtra = Short.toUnsignedInt(buf.getShort(local + 28));
      headers.add(
          new Header(
              new String(name, StandardCharsets.UTF_8),
              method,
              centralTime,
              localTime,
              extraLength,
              localExtra,
              external));
      offset += 46 + nameLength + extraLength + commentLength;
    }
    return headers;
  }

  private static LocalDateTime dos(short time, short date) {
    int t = Short.toUnsignedInt(time);
    int d = Short.toUnsignedInt(date);
    return LocalDateTime.of(
        1980 + (d >> 9), (d >> 5) & 0x0f, d & 0x1f, t >> 11, (t >> 5) & 0x3f, (t & 0x1f) * 2);
  }
}
