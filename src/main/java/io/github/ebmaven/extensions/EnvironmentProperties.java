package io.github.ebmaven.extensions;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * EB's documented limits on environment properties ("Environment property limits" in the developer
 * guide): names of letters, digits and {@code _ . : / + \ - @}, up to 128 characters, which EB
 * refuses otherwise; values up to 256 characters and 4,096 bytes for all properties together,
 * reported as warnings because a CloudFormation function in a value is only resolved by EB.
 */
final class EnvironmentProperties {

  static final int MAX_NAME = 128;
  static final int MAX_VALUE = 256;
  static final int MAX_TOTAL_BYTES = 4096;
  private static final String NAME_SYMBOLS = "_.:/+\\-@";

  private EnvironmentProperties() {}

  /** Checks one property's name, and for plain environment properties its value's length. */
  static void check(SourcedSetting sourced, boolean checkValue, Problems problems) {
    String name = sourced.setting().optionName();
    int refused = name.codePoints().filter(c -> !allowedInName(c)).findFirst().orElse(-1);
    if (name.isEmpty() || refused >= 0 || name.length() > MAX_NAME) {
      String reason =
          name.isEmpty()
              ? "it is empty"
              : refused >= 0 ? "it contains " + describe(refused) : "it is " + name.length() + " characters long";
      problems.error(
          sourced.source() + ": EB refuses the environment property name '" + name + "' (" + sourced.setting().namespace()
              + "): " + reason + ". Names may hold letters, digits and _ . : / + \\ - @, up to " + MAX_NAME
              + " characters; for every platform use [A-Z_][A-Z0-9_]*, for example " + suggestion(name) + ".");
    }
    String value = sourced.setting().value();
    if (checkValue && value.length() > MAX_VALUE && !OptionCatalog.isFunction(value)) {
      problems.warn(
          sourced.source() + ": the value of environment property '" + name + "' is " + value.length()
              + " characters long; EB documents at most " + MAX_VALUE
              + ". Keep long values in S3, Secrets Manager or Parameter Store (aws:elasticbeanstalk:application:environmentsecrets).");
    }
  }

  /** EB documents 4,096 bytes for all environment properties, written as name=value. */
  static void checkTotal(List<SourcedSetting> settings, Problems problems) {
    int total = 0;
    for (SourcedSetting sourced : settings) {
      OptionSetting setting = sourced.setting();
      if (setting.namespace().equals(OptionCatalog.ENVIRONMENT_VARIABLES)) {
        total += (setting.optionName() + "=" + setting.value()).getBytes(StandardCharsets.UTF_8).length;
      }
    }
    if (total > MAX_TOTAL_BYTES) {
      problems.warn(
          "The environment properties (aws:elasticbeanstalk:application:environment) of the POM and .ebextensions take " + total
              + " bytes as name=value; EB documents at most " + MAX_TOTAL_BYTES
              + ". Move large values to Secrets Manager or Parameter Store (aws:elasticbeanstalk:application:environmentsecrets).");
    }
  }

  private static boolean allowedInName(int codePoint) {
    return Character.isLetterOrDigit(codePoint) || NAME_SYMBOLS.indexOf(codePoint) >= 0;
  }

  private static String describe(int codePoint) {
    return Character.isWhitespace(codePoint) ? "a space" : "'" + new String(Character.toChars(codePoint)) + "'";
  }

  private static String suggestion(String name) {
    String cleaned = name.codePoints()
        .map(c -> Character.isLetterOrDigit(c) ? c : '_')
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
    cleaned = cleaned.isEmpty() ? "MY_PROPERTY" : cleaned;
    return cleaned.length() > MAX_NAME ? cleaned.substring(0, MAX_NAME) : cleaned;
  }
}
