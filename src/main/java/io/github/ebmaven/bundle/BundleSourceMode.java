package io.github.ebmaven.bundle;

import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Mention;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where the files of a source bundle come from ({@code eb.bundleSource}). */
public enum BundleSourceMode {
  /** {@link #ARTIFACT} for jar and war packaging, {@link #GIT} inside a git work tree, else {@link #DIRECTORY}. */
  AUTO,
  /** The files committed at {@code HEAD} under the project directory. */
  GIT,
  /** The git index: what {@code git add} staged. */
  STAGED,
  /** A folder on disk. */
  DIRECTORY,
  /** The project's main artifact plus Procfile, .ebextensions, .platform and listed extra files. */
  ARTIFACT;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads the user's value, case-insensitively. */
  public static BundleSourceMode parse(String value) throws EbException {
    String wanted = value == null ? "" : value.trim();
    for (BundleSourceMode mode : values()) {
      if (mode.id().equalsIgnoreCase(wanted)) {
        return mode;
      }
    }
    throw new EbException(
        "Unknown bundle source '"
            + value
            + "' in " + Mention.setting("eb.bundleSource") + ". Use one of: "
            + Arrays.stream(values()).map(BundleSourceMode::id).collect(Collectors.joining(", "))
            + ".");
  }

  /** Whether this setting bundles the project's built jar or war, for a project of {@code packaging}. */
  public boolean takesArtifact(String packaging) {
    String type = packaging == null ? "" : packaging.toLowerCase(Locale.ROOT);
    return this == ARTIFACT || this == AUTO && (type.equals("jar") || type.equals("war"));
  }

  /** Whether the files come from a git repository. */
  public boolean isGit() {
    return this == GIT || this == STAGED;
  }
}
