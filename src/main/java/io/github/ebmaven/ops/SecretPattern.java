package io.github.ebmaven.ops;

import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.SecretNames;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which setting names hold secrets, so their values are shown as {@code ****}: by default names
 * containing PASSWORD, PASSWD, SECRET, TOKEN, KEY or CREDENTIAL ({@link SecretNames}), else the
 * user's {@code eb.secretPattern} regex, searched case-insensitively in the name.
 */
public final class SecretPattern {

  public static final String ENVIRONMENT_NAMESPACE = "aws:elasticbeanstalk:application:environment";

  /** Option names outside environment properties that contain a secret word but hold none. */
  private static final java.util.Set<String> NOT_SECRET = java.util.Set.of("EC2KeyName");

  private final Pattern pattern;

  private SecretPattern(Pattern pattern) {
    this.pattern = pattern;
  }

  /** The default words. */
  public static SecretPattern standard() {
    return new SecretPattern(null);
  }

  /** @param regex {@code eb.secretPattern}; null or blank for the default words */
  public static SecretPattern of(String regex) throws EbException {
    if (regex == null || regex.isBlank()) {
      return standard();
    }
    try {
      return new SecretPattern(Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    } catch (PatternSyntaxException e) {
      throw new EbException(
          "-Deb.secretPattern '" + regex + "' is not a regular expression (" + e.getDescription() + " at index "
              + e.getIndex() + "). Write it like PASSWORD|SECRET|TOKEN|API_KEY.");
    }
  }

  /** Whether a variable (environment property) of this name holds a secret. */
  public boolean isSecret(String name) {
    if (name == null) {
      return false;
    }
    return pattern == null ? SecretNames.looksSecret(name) : pattern.matcher(name).find();
  }

  /** Whether an option setting holds a secret. */
  public boolean isSecret(String namespace, String optionName) {
    if (!ENVIRONMENT_NAMESPACE.equals(namespace) && NOT_SECRET.contains(optionName)) {
      return false;
    }
    return isSecret(optionName);
  }
}
