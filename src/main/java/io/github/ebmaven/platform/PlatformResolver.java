package io.github.ebmaven.platform;

import io.github.ebmaven.aws.PlatformVersion;
import io.github.ebmaven.aws.Platforms;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Mention;

/** Resolves {@code eb.platform} against what EB offers in the region. */
public final class PlatformResolver {

  /** Exactly one of {@code arn} and {@code solutionStack} is set. */
  public record Resolved(String arn, String solutionStack, String display) {}

  private PlatformResolver() {}

  public static Resolved resolve(Platforms platforms, String spec) throws EbException {
    if (spec == null || spec.isBlank()) {
      throw new EbException(
          "No platform: set " + Mention.setting("eb.platform") + ", for example python-3.11, corretto-17,"
              + " tomcat-10-corretto-17, node.js-20 or docker (" + Mention.goal("init") + " prints what it resolves to).");
    }
    String value = spec.trim();
    if (PlatformChoice.isArn(value)) {
      return new Resolved(value, null, value);
    }
    if (PlatformChoice.isSolutionStack(value)) {
      return new Resolved(null, value, value);
    }
    PlatformVersion chosen = PlatformChoice.choose(value, platforms.versions());
    return new Resolved(
        chosen.arn(),
        null,
        chosen.branchName() + " " + chosen.version() + " (" + chosen.arn() + ")");
  }
}
