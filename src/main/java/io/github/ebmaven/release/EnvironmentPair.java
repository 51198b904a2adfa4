package io.github.ebmaven.release;

import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.aws.Environments;
import io.github.ebmaven.config.ConfigKey;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Formats;
import io.github.ebmaven.report.Mention;
import java.util.Locale;
import java.util.Optional;

/**
 * The two environments of a blue/green target. The one that holds the live CNAME ({@code
 * <liveCnamePrefix>.<region>.elasticbeanstalk.com}) is live, the other idle; a swap exchanges them.
 *
 * @param idleCnamePrefix the CNAME prefix the idle environment gets when it is created
 */
public record EnvironmentPair(String first, String second, String liveCnamePrefix, String idleCnamePrefix) {

  /**
   * Where the pair stands: which side is live and which is idle.
   *
   * @param live the environment holding the live CNAME, or null when neither side exists
   * @param idle the other environment, or null when it does not exist
   * @param idleName the name of the idle side, existing or not
   */
  public record Sides(EnvironmentState live, EnvironmentState idle, String idleName) {

    /** One line for the build log. */
    public String describe() {
      return live.name() + " is live on " + live.cname() + " (runs " + Formats.label(live) + "), "
          + (idle == null ? idleName + " (idle) does not exist yet" : idle.name() + " is idle on " + idle.cname() + " (runs " + Formats.label(idle) + ")");
    }
  }

  /** Reads both environments and tells which is live. */
  public Sides read(Environments environments, String application) throws EbException {
    Optional<EnvironmentState> a = environments.find(application, first);
    Optional<EnvironmentState> b = environments.find(application, second);
    if (a.filter(this::holdsLiveCname).isPresent()) {
      return new Sides(a.get(), b.orElse(null), second);
    }
    if (b.filter(this::holdsLiveCname).isPresent()) {
      return new Sides(b.get(), a.orElse(null), first);
    }
    if (a.isEmpty() && b.isEmpty()) {
      return new Sides(null, null, second);
    }
    EnvironmentState existing = a.orElseGet(b::get);
    throw new EbException(
        "Neither " + first + " nor " + second + " holds the live CNAME " + liveCnamePrefix + ".<region>.elasticbeanstalk.com: "
            + existing.name() + " answers on " + existing.cname() + ". Set " + ConfigKey.CNAME_PREFIX.mention()
            + " to the prefix of the CNAME users reach, or " + ConfigKey.ENVIRONMENT_PAIR.mention() + " to the environments that hold it.");
  }

  /** Reads the pair and requires the live side (the first release creates it with {@code eb:create}). */
  public Sides requireLive(Environments environments, String application) throws EbException {
    Sides sides = read(environments, application);
    if (sides.live() == null) {
      throw new EbException(
          "Neither environment of the pair " + first + ", " + second + " exists. Create the first, on the live CNAME "
              + liveCnamePrefix + ", with " + Mention.goal("create") + "; later releases create the other one.");
    }
    return sides;
  }

  private boolean holdsLiveCname(EnvironmentState state) {
    return state.cname() != null
        && state.cname().toLowerCase(Locale.ROOT).startsWith(liveCnamePrefix.toLowerCase(Locale.ROOT) + ".");
  }
}
