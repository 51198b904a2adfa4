package io.github.ebmaven.release;

import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.aws.VersionInfo;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.config.ConfigKey;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Formats;
import io.github.ebmaven.report.Mention;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code eb:rollback}: puts the previous version back. With a pair, when the idle environment still
 * runs the previous version and is Ready and healthy, it gets its capacity back, is smoke-tested
 * and swapped in ({@link ReleaseOperation#swap}); otherwise the previous version is released by the
 * target's strategy ({@link ReleaseOperation#deploy}), building nothing. The previous version is
 * the one named ({@code eb.deployVersion}), else the idle environment's when it was created before
 * the live one's, else the newest version created before the one running.
 */
public final class RollbackOperation {

  private final Services services;

  public RollbackOperation(Services services) {
    this.services = services;
  }

  /**
   * @param explicitLabel the version to roll back to, or null for the previous one
   * @return the environments as they end, the one serving users first
   */
  public List<EnvironmentState> rollback(ReleaseRequest request, String explicitLabel) throws EbException {
    String app = request.deploy().application();
    Map<String, VersionInfo> versions =
        services.eb().applications().versions(app).stream().collect(Collectors.toMap(VersionInfo::label, Function.identity(), (a, b) -> a));
    if (!request.strategy().paired()) {
      EnvironmentState current = services.eb().environments().require(app, request.deploy().environment());
      String previous = explicitLabel != null ? explicitLabel : previous(versions, current);
      refuseSame(current, previous);
      services.reporter().info("Rolling " + current.name() + " back from " + Formats.label(current) + " to " + previous);
      new ReleaseOperation(services).deploy(request.ofVersion(previous));
      return List.of(services.eb().environments().require(app, current.name()));
    }
    EnvironmentPair.Sides sides = request.pair().requireLive(services.eb().environments(), app);
    EnvironmentState live = sides.live();
    EnvironmentState idle = sides.idle();
    String previous = explicitLabel != null ? explicitLabel
        : idle != null && predates(versions, idle.versionLabel(), live.versionLabel()) ? idle.versionLabel()
        : previous(versions, live);
    refuseSame(live, previous);
    if (idle != null && previous.equals(idle.versionLabel()) && idle.isReady() && healthy(idle, request)) {
      services.reporter().info("Rolling back from " + Formats.label(live) + " to " + previous + ": " + idle.name()
          + " still runs it, Ready with health " + Formats.health(idle) + "; swapping it back in");
      return new ReleaseOperation(services).swap(request);
    }
    services.reporter().info("Rolling back from " + Formats.label(live) + " to " + previous + " with a release: "
        + (idle == null ? "the idle environment does not exist"
            : idle.name() + " runs " + Formats.label(idle) + ", " + idle.status() + ", health " + Formats.health(idle)));
    new ReleaseOperation(services).deploy(request.ofVersion(previous));
    EnvironmentPair.Sides after = request.pair().requireLive(services.eb().environments(), app);
    return after.idle() == null ? List.of(after.live()) : List.of(after.live(), after.idle());
  }

  private static void refuseSame(EnvironmentState serving, String previous) throws EbException {
    if (previous.equals(serving.versionLabel())) {
      throw new EbException(
          serving.name() + " already runs " + previous + ": nothing to roll back to. Name another version with "
              + ConfigKey.DEPLOY_VERSION.example("<label>") + " (see " + Mention.goal("versions") + ").");
    }
  }

  private static boolean healthy(EnvironmentState state, ReleaseRequest request) {
    return state.health() != null && request.deploy().acceptedHealth().stream()
        .anyMatch(h -> h.toLowerCase(Locale.ROOT).equals(state.health().toLowerCase(Locale.ROOT)));
  }

  /** Whether version {@code older} was created before {@code newer} (both known). */
  private static boolean predates(Map<String, VersionInfo> versions, String older, String newer) {
    Instant a = created(versions, older);
    Instant b = created(versions, newer);
    return a != null && b != null && a.isBefore(b);
  }

  /** The newest usable version created before the one {@code current} runs. */
  private static String previous(Map<String, VersionInfo> versions, EnvironmentState current) throws EbException {
    Instant running = created(versions, current.versionLabel());
    Optional<VersionInfo> previous = running == null ? Optional.empty()
        : versions.values().stream()
            .filter(v -> v.created() != null && v.created().isBefore(running) && !v.isFailed())
            .max(Comparator.comparing(VersionInfo::created));
    return previous.map(VersionInfo::label).orElseThrow(() -> new EbException(
        "No version to roll " + current.name() + " back to: no application version was created before the one it runs ("
            + Formats.label(current) + "). Name one with " + ConfigKey.DEPLOY_VERSION.example("<label>")
            + " (see " + Mention.goal("versions") + ")."));
  }

  private static Instant created(Map<String, VersionInfo> versions, String label) {
    VersionInfo version = label == null ? null : versions.get(label);
    return version == null ? null : version.created();
  }
}
