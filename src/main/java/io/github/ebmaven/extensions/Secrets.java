package io.github.ebmaven.extensions;

import io.github.ebmaven.report.SecretPolicy;

/** The project's secret policy applied to option settings, for the messages of this package. */
final class Secrets {

  static final String MASK = io.github.ebmaven.report.SecretMasker.MASK;

  private Secrets() {}

  /** Whether a variable name suggests its value is a secret. */
  static boolean looksSecret(String name) {
    return SecretPolicy.standard().isSecret(name);
  }

  /** Whether a setting's value must be masked in messages. */
  static boolean isSecret(OptionSetting setting) {
    return SecretPolicy.standard().isSecret(setting.namespace(), setting.optionName());
  }

  /** The value as it may appear in a message. */
  static String shown(OptionSetting setting) {
    return isSecret(setting) ? MASK : "'" + setting.value() + "'";
  }
}
