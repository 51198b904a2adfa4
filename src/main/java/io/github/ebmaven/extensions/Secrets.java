package io.github.ebmaven.extensions;

import io.github.ebmaven.report.SecretNames;

/** Decides which values must never reach a log line or an exception message. */
final class Secrets {

  static final String MASK = "****";

  private Secrets() {}

  /** Whether a variable or option name suggests its value is a secret. */
  static boolean looksSecret(String name) {
    return SecretNames.looksSecret(name);
  }

  /** Whether a setting's value must be masked in messages. */
  static boolean isSecret(OptionSetting setting) {
    if (setting.namespace().equals(OptionCatalog.ENVIRONMENT_VARIABLES)) {
      return looksSecret(setting.optionName());
    }
    return setting.optionName().equals("DBPassword");
  }

  /** The value as it may appear in a message. */
  static String shown(OptionSetting setting) {
    return isSecret(setting) ? MASK : "'" + setting.value() + "'";
  }
}
