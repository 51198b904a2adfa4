package io.github.ebmaven.platform;

import io.github.ebmaven.aws.PlatformVersion;
import io.github.ebmaven.extensions.Suggestions;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Mention;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns what the user wrote in {@code eb.platform} into one platform version: a friendly name such
 * as {@code python-3.11}, {@code corretto-17}, {@code tomcat-10-corretto-17}, {@code node.js-20} or
 * {@code docker} (optionally without the version: {@code python} picks the newest supported
 * branch), a full solution stack name, or a platform ARN.
 */
public final class PlatformChoice {

  private PlatformChoice() {}

  /** Whether {@code spec} names a platform ARN (used as is). */
  public static boolean isArn(String spec) {
    return spec.startsWith("arn:");
  }

  /** Whether {@code spec} is a full solution stack name (used as is). */
  public static boolean isSolutionStack(String spec) {
    return spec.startsWith("64bit ") || spec.startsWith("32bit ");
  }

  /** The newest usable version of the branch {@code spec} names. */
  public static PlatformVersion choose(String spec, List<PlatformVersion> candidates) throws EbException {
    String wanted = PlatformVersion.normalise(spec);
    List<PlatformVersion> usable = candidates.stream().filter(PlatformVersion::isUsable).toList();
    List<PlatformVersion> exact = usable.stream().filter(c -> c.friendlyName().equals(wanted)).toList();
    List<PlatformVersion> matching =
        exact.isEmpty()
            ? usable.stream()
                .filter(c -> c.friendlyName().startsWith(wanted + "-"))
                .filter(c -> !"Deprecated".equalsIgnoreCase(String.valueOf(c.lifecycleState())))
                .toList()
            : exact;
    Optional<PlatformVersion> newest =
        matching.stream().max(Comparator.comparing(PlatformVersion::friendlyName, PlatformChoice::compareNames)
            .thenComparing(PlatformVersion::version, PlatformChoice::compareVersions));
    if (newest.isPresent()) {
      return newest.get();
    }
    List<String> known = usable.stream().map(PlatformVersion::friendlyName).distinct().sorted().toList();
    Optional<String> meant = Suggestions.closest(wanted, known);
    String choices = meant.isPresent()
        ? "Did you mean " + meant.get() + "?"
        : "Platforms here: " + families(known) + " (add a version, such as " + known.stream().findFirst().orElse("python-3.11")
            + ").";
    throw new EbException(
        "No Elastic Beanstalk platform matches " + Mention.setting("eb.platform") + " '" + spec + "'. " + choices
            + " A full solution stack name or a platform ARN is also accepted; " + Mention.goal("platforms")
            + " lists every platform.");
  }

  /** {@code python, corretto, tomcat-10-corretto, ...}: the friendly names without their last version number. */
  private static String families(List<String> friendlyNames) {
    return friendlyNames.stream()
        .map(name -> name.replaceFirst("-[0-9][0-9.]*$", ""))
        .distinct()
        .collect(Collectors.joining(", "));
  }

  /** Orders friendly names by their numbers, so python-3.13 beats python-3.9. */
  private static int compareNames(String a, String b) {
    return compareVersions(a.replaceAll("[^0-9.]+", "."), b.replaceAll("[^0-9.]+", "."));
  }

  /** Compares dotted version numbers numerically: 4.10.0 is newer than 4.9.3. */
  public static int compareVersions(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int xi = i < x.length ? number(x[i]) : 0;
      int yi = i < y.length ? number(y[i]) : 0;
      if (xi != yi) {
        return Integer.compare(xi, yi);
      }
    }
    return 0;
  }

  private static int number(String part) {
    try {
      return part.isEmpty() ? 0 : Integer.parseInt(part);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
