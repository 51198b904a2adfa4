package io.github.ebmaven.config;

/** Where a setting's value came from, in precedence order: the first one that sets it wins. */
public enum Origin {
  /** A {@code -D} property on the command line. */
  COMMAND_LINE,
  /** The selected target environment's overrides in the POM. */
  TARGET,
  /** The POM (its element, or a property the build injects when the element is unset). */
  POM,
  /** A variable of the process environment ({@code AWS_PROFILE}). */
  ENVIRONMENT_VARIABLE,
  /** The EB CLI's {@code .elasticbeanstalk/config.yml}. */
  EB_CLI,
  /** The plugin's default. */
  DEFAULT
}
