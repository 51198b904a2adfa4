package io.github.ebmaven.maven;

import io.github.ebmaven.config.ConfigKey;
import io.github.ebmaven.goals.Console;
import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import io.github.ebmaven.report.SecretMasker;
import java.util.Arrays;

/** What a configured mojo resolves its settings to, as the goal would see them. */
final class Settings {

  private Settings() {}

  /** The resolved value of the setting whose POM element is {@code element}. */
  static String setting(AbstractEbMojo mojo, String element) throws EbException {
    ConfigKey key = Arrays.stream(ConfigKey.values()).filter(k -> k.element().equals(element)).findFirst().orElseThrow();
    return mojo.configuration().text(key);
  }

  /** The context the mojo's goal runs in, reporting nothing. */
  static GoalContext context(AbstractEbMojo mojo) {
    return new GoalContext(mojo.configuration(), Reporter.SILENT, new SecretMasker(), Console.NONE);
  }
}
