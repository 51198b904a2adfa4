package io.github.ebmaven.report;

import java.util.Set;

/**
 * Messages a build shows once however many goals it runs ({@code mvn package eb:init eb:create
 * eb:deploy}): every goal of the build shares one set of what was already shown, so the second goal
 * that builds the same bundle, or meets the same warning, stays quiet about it.
 */
public final class OncePerBuild {

  private OncePerBuild() {}

  /** {@code reporter} with its warnings shown once per build; the rest as it is. */
  public static Reporter warnings(Reporter reporter, Set<String> shown) {
    return filtered(reporter, shown, false);
  }

  /** {@code reporter} with its info lines and warnings shown once per build (debug lines as they are). */
  public static Reporter everything(Reporter reporter, Set<String> shown) {
    return filtered(reporter, shown, true);
  }

  private static Reporter filtered(Reporter reporter, Set<String> shown, boolean infos) {
    return new ForwardingReporter(reporter) {
      @Override
      public void info(String message) {
        if (!infos || shown.add("INFO " + message)) {
          super.info(message);
        }
      }

      @Override
      public void warn(String message) {
        if (shown.add("WARN " + message)) {
          super.warn(message);
        }
      }
    };
  }
}
