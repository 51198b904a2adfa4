package io.github.ebmaven.localaws;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** Random identifiers in the shapes AWS uses (environment ids, instance ids, role ids, request tokens). */
final class Ids {
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

  private Ids() {}

  /** Lower-case letters and digits. */
  static String alnum(int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  /** An EC2 instance id: {@code i-0} and 16 hex digits. */
  static String instanceId() {
    return "i-0" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(0, 16);
  }
}
