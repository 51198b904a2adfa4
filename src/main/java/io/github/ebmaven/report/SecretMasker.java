package io.github.ebmaven.report;

import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Replaces known secret values (credentials, environment values whose names look secret) with
 * {@code ****} in any text before it reaches a log line, an error or a result file.
 */
public final class SecretMasker {

  public static final String MASK = "****";

  /** Longest first, so a secret that contains another is masked whole. */
  private final Set<String> secrets =
      new ConcurrentSkipListSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));

  /** Adds a value to mask; blank and values under 6 characters are ignored (masking "test" would garble every log line). */
  public void register(String secret) {
    if (secret != null && secret.trim().length() >= 6) {
      secrets.add(secret);
    }
  }

  public String mask(String text) {
    if (text == null || secrets.isEmpty()) {
      return text;
    }
    String masked = text;
    for (String secret : secrets) {
      masked = masked.replace(secret, MASK);
    }
    return masked;
  }

  /** A reporter that masks every message before passing it on. */
  public Reporter wrap(Reporter reporter) {
    return ForwardingReporter.rewriting(reporter, this::mask);
  }
}
