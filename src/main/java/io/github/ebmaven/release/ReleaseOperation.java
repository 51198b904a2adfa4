package io.github.ebmaven.release;

import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.aws.Environments;
import io.github.ebmaven.change.ChangeFailedException;
import io.github.ebmaven.change.ChangeRequest;
import io.github.ebmaven.change.Deadline;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.environment.SwapOperation;
import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.lifecycle.CreateOperation;
import io.github.ebmaven.lifecycle.DeployOperation;
import io.github.ebmaven.lifecycle.DeployRequest;
import io.github.ebmaven.lifecycle.DeploymentRecord;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Formats;
import io.github.ebmaven.report.Mention;
import java.util.List;

/**
 * Releases a version by the target's strategy. {@code in-place}: deploy, wait for the verdict,
 * smoke-test. {@code blue-green}: make sure the idle environment exists (created from the same
 * configuration when missing) with its normal capacity back, deploy there and wait for the
 * verdict, smoke-test it, swap CNAMEs and wait for the swap, then scale the old live environment
 * down with the inactive settings. Any failure before the swap leaves production untouched and
 * says so. {@code blue-only} stops after the smoke tests; {@link #swap} finishes such a release.
 */
public final class ReleaseOperation {

  private final Services services;
  private final Environments environments;

  public ReleaseOperation(Services services) {
    this.services = services;
    this.environments = services.eb().environments();
  }

  /**
   * {@code eb:create}: the environment, then its smoke tests. For a pair, the request names its first
   * environment on the live CNAME, and neither may exist yet.
   *
   * @param pair the target's pair, or null
   */
  public DeploymentRecord create(CreateOperation.CreateRequest request, EnvironmentPair pair, SmokeTester.Checks checks)
      throws EbException {
    if (pair != null) {
      EnvironmentPair.Sides sides = pair.read(environments, request.application());
      if (sides.live() != null) {
        throw new EbException(
            "The pair " + pair.first() + ", " + pair.second() + " already exists: " + sides.describe() + ". Release to it"
                + " with " + Mention.goal("deploy") + ".");
      }
    }
    DeploymentRecord record = new CreateOperation(services).create(request);
    new SmokeTester(services).check(checks, environments.require(request.application(), request.environment()),
        record.versionLabel());
    return record;
  }

  /** {@code eb:deploy}: the version released by the target's strategy. */
  public DeploymentRecord deploy(ReleaseRequest request) throws EbException {
    if (request.promoteFrom() != null) {
      return deploy(request.ofVersion(new Promotion(services).label(request.deploy().application(), request.promoteFrom())));
    }
    if (!request.strategy().paired()) {
      return inPlace(request);
    }
    DeployRequest deploy = request.deploy();
    String app = deploy.application();
    Deadline deadline = services.deadline(deploy.timeout());
    EnvironmentPair.Sides sides = request.pair().requireLive(environments, app);
    EnvironmentState live = sides.live();
    services.reporter().info(request.strategy().spelling() + " release: " + sides.describe());
    refuseTraps(request, live);
    DeploymentRecord record;
    EnvironmentState idle;
    try {
      record = sides.idle() == null ? createIdle(request, sides, deadline) : deployIdle(request, sides.idle(), deadline);
      idle = environments.require(app, sides.idleName());
      new SmokeTester(services).check(request.checks(), idle, record.versionLabel());
    } catch (EbException e) {
      throw untouched(e, live);
    }
    if (request.strategy() == Strategy.BLUE_ONLY) {
      services.reporter().info(
          "blue-only: " + idle.name() + " runs " + record.versionLabel() + " on " + idle.cname() + " and passed its checks;"
              + " production still runs " + Formats.label(live) + " on " + live.cname() + ". Release it with " + Mention.goal("swap") + ".");
      return record;
    }
    switchOver(request, idle, live, deadline);
    return record;
  }

  /**
   * {@code eb:swap} of a pair, and a rollback's swap back: the idle environment's capacity restored
   * if it was scaled down, its smoke tests, the swap, the old live one scaled down.
   *
   * @return both environments after the swap, the new live one first
   */
  public List<EnvironmentState> swap(ReleaseRequest request) throws EbException {
    String app = request.deploy().application();
    Deadline deadline = services.deadline(request.deploy().timeout());
    EnvironmentPair.Sides sides = request.pair().requireLive(environments, app);
    EnvironmentState live = sides.live();
    if (sides.idle() == null) {
      throw new EbException(
          sides.idleName() + ", the idle environment of the pair, does not exist: nothing to swap " + live.name() + " with."
              + " Release a version to it with " + Mention.goal("deploy") + ".");
    }
    services.reporter().info("Swapping in the idle environment: " + sides.describe());
    refuseTraps(request, live);
    EnvironmentState idle;
    try {
      idle = services.changes().settle(app, sides.idle(), deadline);
      restore(request, idle, deadline);
      idle = environments.require(app, idle.name());
      new SmokeTester(services).check(request.checks(), idle, idle.versionLabel());
    } catch (EbException e) {
      throw untouched(e, live);
    }
    switchOver(request, idle, live, deadline);
    return List.of(environments.require(app, idle.name()), environments.require(app, live.name()));
  }

  private DeploymentRecord inPlace(ReleaseRequest request) throws EbException {
    DeploymentRecord record = new DeployOperation(services).deploy(request.deploy());
    if (!"SUCCEEDED".equals(record.status()) || request.checks().tests().isEmpty()) {
      return record;
    }
    EnvironmentState state = environments.require(request.deploy().application(), request.deploy().environment());
    try {
      new SmokeTester(services).check(request.checks(), state, record.versionLabel());
    } catch (EbException e) {
      throw new ChangeFailedException(e.markedMessage() + "\n" + state.name() + " already serves " + record.versionLabel()
          + " (in-place); put the previous version back with " + Mention.goal("rollback") + ".");
    }
    return record;
  }

  private DeploymentRecord createIdle(ReleaseRequest request, EnvironmentPair.Sides sides, Deadline deadline) throws EbException {
    DeployRequest deploy = request.deploy();
    ReleaseRequest.Launch launch = request.launch();
    services.reporter().info(sides.idleName() + " does not exist: creating it, on " + request.pair().idleCnamePrefix()
        + ", from the same configuration");
    return new CreateOperation(services).create(
        new CreateOperation.CreateRequest(
            deploy.application(), sides.idleName(), request.pair().idleCnamePrefix(), launch.tier(),
            launch.platform() != null ? launch.platform() : sides.live().platform(), deploy.bundle(), deploy.existingLabel(),
            launch.creationSettings(), launch.tags(), deploy.acceptedHealth(), deadline.remaining(), deploy.resultFile()));
  }

  private DeploymentRecord deployIdle(ReleaseRequest request, EnvironmentState idle, Deadline deadline) throws EbException {
    EnvironmentState ready = services.changes().settle(request.deploy().application(), idle, deadline);
    restore(request, ready, deadline);
    return new DeployOperation(services).deploy(request.deploy().to(idle.name(), deadline.remaining()));
  }

  /** Takes the inactive settings back when they are in effect on {@code idle}. */
  private void restore(ReleaseRequest request, EnvironmentState idle, Deadline deadline) throws EbException {
    InactiveSettings inactive = request.inactive();
    if (inactive.isEmpty()
        || !inactive.inEffect(environments.configurationSettings(request.deploy().application(), idle.name()))) {
      return;
    }
    services.reporter().info("Restoring the capacity of " + idle.name() + ": taking back " + inactive.describe());
    update(request, idle, inactive.restoreSettings(), inactive.restoreRemovals(), "Restoring the capacity of", deadline);
  }

  private void switchOver(ReleaseRequest request, EnvironmentState idle, EnvironmentState live, Deadline deadline)
      throws EbException {
    String app = request.deploy().application();
    // A change EB makes to production by itself (a managed update) is waited out, not refused.
    services.changes().settle(app, environments.require(app, live.name()), deadline);
    new SwapOperation(services).swap(
        new SwapOperation.SwapRequest(app, idle.name(), live.name(), request.deploy().acceptedHealth(), deadline.remaining()));
    String released = "Released " + Formats.label(idle) + ": " + idle.name() + " answers on " + live.cname();
    InactiveSettings inactive = request.inactive();
    if (!inactive.isEmpty()) {
      services.reporter().info("Scaling " + live.name() + " down: " + inactive.describe());
      try {
        update(request, environments.require(app, live.name()), inactive.inactive(), List.of(), "Scaling down", deadline);
      } catch (EbException e) {
        throw new ChangeFailedException(released + ". " + e.markedMessage() + "\nUsers are not affected: "
            + live.name() + " is idle and keeps its full capacity. Fix the inactive settings and run " + Mention.goal("swap")
            + " twice, or scale it down in the EB console.");
      }
    }
    services.reporter().info(released + "; " + live.name() + " (" + Formats.label(live) + ") is idle on " + idle.cname()
        + (inactive.isEmpty() ? "" : ", scaled down") + ". Undo with " + Mention.goal("rollback") + ".");
  }

  /** A settings-only update of {@code environment}, waited on until EB's verdict. */
  private void update(
      ReleaseRequest request, EnvironmentState environment, List<OptionSetting> settings, List<OptionSetting> removals,
      String doing, Deadline deadline) throws EbException {
    String app = request.deploy().application();
    services.changes()
        .apply(
            ChangeRequest.update(app, environment.name(), environment.versionLabel(), request.deploy().acceptedHealth(), deadline),
            () -> {
              var requested = environments.update(app, environment.name(), null, settings, removals);
              services.reporter().info("Updating " + environment.name() + " (request " + requested.requestId() + ")");
              return requested;
            })
        .orFail(doing + " " + environment.name() + " failed.", "");
  }

  /** A failure before the swap, saying that users still get what {@code live} serves. */
  private static ChangeFailedException untouched(EbException failure, EnvironmentState live) {
    return new ChangeFailedException(failure.markedMessage() + "\nNo swap: production is untouched, " + live.name()
        + " still answers on " + live.cname() + " with " + Formats.label(live) + ".");
  }

  /** Refuses, before any change, inactive settings that would break the pair's rolling policies. */
  private void refuseTraps(ReleaseRequest request, EnvironmentState live) throws EbException {
    if (request.inactive().isEmpty()) {
      return;
    }
    List<String> problems =
        request.inactive().problems(environments.configurationSettings(request.deploy().application(), live.name()));
    if (!problems.isEmpty()) {
      throw new EbException(
          "The inactive settings do not fit the environments of " + request.pair().first() + " and " + request.pair().second()
              + ": " + String.join("; ", problems) + ". Nothing was changed.");
    }
  }
}
