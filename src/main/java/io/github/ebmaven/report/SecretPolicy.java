package io.github.ebmaven.report;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The one rule for which names hold secrets, so their values are never shown: environment
 * properties whose names contain PASSWORD, PASSWD, SECRET, TOKEN, KEY or CREDENTIAL (or match the
 * user's {@code eb.secretPattern}, searched case-insensitively), and options of other namespaces
 * named that way, except the few that only name a secret's holder ({@code EC2KeyName}). Every
 * output path asks this class; {@link SecretMasker} then hides the values themselves.
 */
public final class SecretPolicy {

  public static final String ENVIRONMENT_NAMESPACE = "aws:elasticbeanstalk:application:environment";

  private static final List<String> SECRET_WORDS = List.of("PASSWORD", "PASSWD", "SECRET", "TOKEN", "KEY", "CREDENTIAL");

  /** Options outside environment properties whose names contain a secret word but whose values are not secret. */
  private static final Set<String> NOT_SECRET = Set.of("EC2KeyName");

  private static final SecretPolicy STANDARD = new SecretPolicy(null);

  private final Pattern pattern;

  private SecretPolicy(Pattern pattern) {
    this.pattern = pattern;
  }

  /** The default words. */
  public static SecretPolicy standard() {
    return STANDARD;
  }

  /**
   * @param regex {@code eb.secretPattern}; null or blank for the default words
   * @param setting how the setting is named in the message when the regex is invalid
   */
  public static SecretPolicy of(String regex, String setting) throws EbException {
    if (regex == null || regex.isBlank()) {
      return standard();
    }
    try {
      return new SecretPolicy(Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    } catch (PatternSyntaxException e) {
      throw new EbException(
          setting + " '" + regex + "' is not a regular expression (" + e.getDescription() + " at index " + e.getIndex()
              + "). Write it like PASSWORD|SECRET|TOKEN|API_KEY.");
    }
  }

  /** Whether an environment property of this name holds a secret. */
  public boolean isSecret(String name) {
    if (name == null) {
      return false;
    }
    if (pattern != null) {
      return pattern.matcher(name).find();
    }
    String upper = name.toUpperCase(Locale.ROOT);
    return SECRET_WORDS.stream().anyMatch(upper::contains);
  }

  /** Whether the value of an option setting is a secret. */
  public boolean isSecret(String namespace, String optionName) {
    if (!ENVIRONMENT_NAMESPACE.equals(namespace) && NOT_SECRET.contains(optionName)) {
      return false;
    }
    return isSecret(optionName);
  }
}
