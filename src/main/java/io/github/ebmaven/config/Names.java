package io.github.ebmaven.config;

import io.github.ebmaven.report.EbException;
import java.util.regex.Pattern;

/**
 * Elastic Beanstalk's rules for application and environment names, checked before any call so a
 * bad name never reaches AWS: environments 4 to 40 letters, digits and hyphens, not starting or
 * ending with a hyphen; applications 1 to 100 characters without a slash.
 */
final class Names {

  private static final Pattern ENVIRONMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{2,38}[A-Za-z0-9]");
  private static final int ENVIRONMENT_MAX = 40;
  private static final String SUFFIX = "-env";

  private Names() {}

  static String application(String name) throws EbException {
    if (name.length() > 100 || name.contains("/")) {
      throw new EbException(
          "The application name '" + name + "' is not one Elastic Beanstalk accepts: at most 100 characters and no '/'."
              + " Set " + ConfigKey.APPLICATION_NAME.mention() + ".");
    }
    return name;
  }

  /** A name the user gave: it must already follow EB's rule. */
  static String environment(String name) throws EbException {
    if (!ENVIRONMENT.matcher(name).matches()) {
      throw new EbException(
          "The environment name '" + name + "' (" + ConfigKey.ENVIRONMENT_NAME.mention() + ") is not one Elastic Beanstalk"
              + " accepts: 4 to 40 characters, only letters, digits and hyphens, not starting or ending with a hyphen."
              + " For example " + ConfigKey.ENVIRONMENT_NAME.example(suggestion(name)) + ".");
    }
    return name;
  }

  /**
   * The default {@code <application>-env}, made valid: other characters become hyphens and the
   * application part is shortened to fit; fails when nothing valid is left.
   */
  static String defaultEnvironment(String application) throws EbException {
    String name = suggestion(application + SUFFIX);
    if (!ENVIRONMENT.matcher(name).matches()) {
      throw new EbException(
          "No valid environment name can be made from the application name '" + application + "'. Set "
              + ConfigKey.ENVIRONMENT_NAME.mention() + " to 4 to 40 letters, digits and hyphens.");
    }
    return name;
  }

  private static String suggestion(String name) {
    String cleaned = name.replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-+|-+$", "");
    if (cleaned.length() > ENVIRONMENT_MAX) {
      cleaned = cleaned.endsWith(SUFFIX)
          ? cleaned.substring(0, ENVIRONMENT_MAX - SUFFIX.length()).replaceAll("-+$", "") + SUFFIX
          : cleaned.substring(0, ENVIRONMENT_MAX).replaceAll("-+$", "");
    }
    return cleaned.length() >= 4 ? cleaned : (cleaned + "-env").replaceAll("^-+", "");
  }
}
