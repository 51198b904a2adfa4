package io.github.ebmaven.config;

import io.github.ebmaven.aws.AwsSettings;
import io.github.ebmaven.report.EbException;
import java.util.List;

/**
 * The one seam between a front end (the Maven mojos) and the core: the settings as the user wrote
 * them, layer by layer, unparsed. {@link Configuration#resolve} turns it into checked values with
 * one precedence for every setting: command line, selected target environment, POM, EB CLI, default.
 */
public interface RawConfiguration {

  /** The value given on the command line ({@code -Deb.timeout=45m}), or null. */
  String commandLine(ConfigKey key);

  /** The POM's common configuration (its elements, or properties the build injected). */
  Layer pom();

  /** The target environments the POM declares ({@code <environments>}), in POM order. */
  List<TargetDeclaration> targets() throws EbException;

  /**
   * The overrides of a declared target environment.
   *
   * @throws EbException when one of its elements is not a setting of the plugin, or has a bad value
   */
  Layer target(String id) throws EbException;

  /** What the build knows about the project. */
  ProjectFacts project();

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
