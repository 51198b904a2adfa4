package io.github.ebmaven.bundle;

import io.github.ebmaven.report.Mention;
import java.util.regex.Pattern;

/** Naming rules for application names and version labels, checked before anything is written. */
public final class VersionLabels {

  /** EB's limit on version labels and application names. */
  public static final int MAX_LENGTH = 100;

  // Labels become S3 keys and appear in signed query strings: a conservative alphabet avoids the
  // signature mismatches users of other tools hit with spaces and slashes.
  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+\\-]*");

  private VersionLabels() {}

  /** The label of a bundle of a git commit: {@code <projectVersion>-<7-char commit>}. */
  public static String forCommit(String projectVersion, String commitId) {
    return projectVersion + "-" + commitId.substring(0, 7);
  }

  /** The label of any other bundle: {@code <projectVersion>-<first 10 hex of its sha256>}. */
  public static String forContent(String projectVersion, String sha256) {
    return projectVersion + "-" + sha256.substring(0, 10);
  }

  /**
   * Throws when {@code label} breaks EB's rules or this plugin's safe alphabet.
   *
   * @param origin what the user changes to fix it, e.g. "<versionLabel> / -Deb.versionLabel"
   */
  public static void check(String label, String origin) throws BundleException {
    if (label.length() > MAX_LENGTH) {
      throw new BundleException(
          "Version label '"
              + label
              + "' has "
              + label.length()
              + " characters; Elastic Beanstalk allows "
              + MAX_LENGTH
              + ". Shorten "
              + origin
              + ".");
    }
    if (!LABEL.matcher(label).matches()) {
      throw new BundleException(
          "Version label '"
              + label
              + "' may only use letters, digits and . _ + - (starting with a letter or digit). Change "
              + origin
              + ".");
    }
  }

  /** Throws when {@code name} cannot be an EB application name. */
  public static void checkApplicationName(String name) throws BundleException {
    if (name == null || name.isBlank() || name.length() > MAX_LENGTH || name.contains("/")) {
      throw new BundleException(
          "Application name '"
              + name
              + "' must have 1 to "
              + MAX_LENGTH
              + " characters and no '/'. Set " + Mention.setting("eb.applicationName") + ".");
    }
  }
}
