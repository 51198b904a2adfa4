package io.github.ebmaven.config;

import io.github.ebmaven.aws.AwsSettings;
import io.github.ebmaven.extensions.ExtensionsConfig;
import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.report.EbException;
import java.util.List;
import java.util.Map;

/**
 * The one seam between a front end (the Maven mojos) and the core: the settings as the user wrote
 * them, layer by layer, unparsed. {@link Configuration#resolve} turns it into checked values with
 * one precedence for every setting.
 */
public interface RawConfiguration {

  /** The value given on the command line ({@code -Deb.timeout=45m}), or null. */
  String commandLine(ConfigKey key);

  /** The value the POM gives (its element, or a property the build injected), or null. */
  String pom(ConfigKey key);

  /** What the build knows about the project. */
  ProjectFacts project();

  /** The POM's {@code .ebextensions} configuration (option settings, commands, shortcuts...). */
  ExtensionsConfig extensions() throws EbException;

  /** Options EB only takes when an environment is created ({@code <creationOptionSettings>}). */
  List<OptionSetting> creationOptionSettings() throws EbException;

  /** Tags of a new environment ({@code <tags>}). */
  Map<String, String> tags();

  /**
   * Keys of the build tool's credential store ({@code settings.xml} server {@code eb.serverId}).
   *
   * @throws EbException when the server is missing or cannot be decrypted
   */
  AwsSettings.StaticKeys serverCredentials(String serverId) throws EbException;

  /** A variable of the process environment ({@code AWS_PROFILE}, {@code SOURCE_DATE_EPOCH}), or null. */
  default String environmentVariable(String name) {
    return System.getenv(name);
  }
}
