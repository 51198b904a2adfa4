package io.github.ebmaven.report;

import java.util.List;
import java.util.Locale;

/** Which variable and option names suggest a secret value. */
public final class SecretNames {

  private static final List<String> SECRET_WORDS =
      List.of("PASSWORD", "PASSWD", "SECRET", "TOKEN", "KEY", "CREDENTIAL");

  private SecretNames() {}

  public static boolean looksSecret(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return SECRET_WORDS.stream().anyMatch(upper::contains);
  }
}
