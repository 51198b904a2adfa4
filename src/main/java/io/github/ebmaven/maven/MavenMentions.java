package io.github.ebmaven.maven;

import io.github.ebmaven.config.ConfigKey;
import io.github.ebmaven.report.Mention;

/**
 * How the core's references to settings and goals read in Maven: a setting is its POM element and
 * its {@code -D} property ({@code <timeout> / -Deb.timeout}), a suggested value a command-line
 * property ({@code -Deb.timeout=45m}), a goal a command ({@code mvn eb:create}).
 */
final class MavenMentions {

  static final Mention.Renderer RENDERER =
      new Mention.Renderer() {
        @Override
        public String setting(String property) {
          return ConfigKey.byProperty(property)
              .map(key -> "<" + key.element() + "> / -D" + property)
              .orElse("-D" + property);
        }

        @Override
        public String property(String property) {
          return "-D" + property;
        }

        @Override
        public String example(String property, String value) {
          return "-D" + property + "=" + value;
        }

        @Override
        public String goal(String goal) {
          return "mvn eb:" + goal;
        }
      };

  private MavenMentions() {}
}
