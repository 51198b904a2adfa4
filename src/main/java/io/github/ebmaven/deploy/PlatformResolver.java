package io.github.ebmaven.deploy;

import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.aws.PlatformChoice;
import io.github.ebmaven.report.EbException;

/** Resolves {@code eb.platform} against what EB offers in the region. */
final class PlatformResolver {

  /** Exactly one of {@code arn} and {@code solutionStack} is set. */
  record Resolved(String arn, String solutionStack, String display) {}

  private PlatformResolver() {}

  static Resolved resolve(Beanstalk eb, String spec) throws EbException {
    if (spec == null || spec.isBlank()) {
      throw new EbException(
          "No platform: set <platform> / -Deb.platform, for example python-3.11, corretto-17,"
              + " tomcat-10-corretto-17, node.js-20 or docker (mvn eb:init prints what it resolves to).");
    }
    String value = spec.trim();
    if (PlatformChoice.isArn(value)) {
      return new Resolved(value, null, value);
    }
    if (PlatformChoice.isSolutionStack(value)) {
      return new Resolved(null, value, value);
    }
    PlatformChoice.Candidate chosen = PlatformChoice.choose(value, eb.platforms());
    return new Resolved(
        chosen.arn(),
        null,
        chosen.branchName() + " " + chosen.version() + " (" + chosen.arn() + ")");
  }
}
