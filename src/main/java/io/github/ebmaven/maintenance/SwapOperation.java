package io.github.ebmaven.maintenance;

import io.github.ebmaven.deploy.EnvironmentServices;
import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.deploy.Deadline;
import io.github.ebmaven.deploy.DeploymentVerdict;
import io.github.ebmaven.deploy.Environments;
import io.github.ebmaven.report.EbException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code eb:swap}: exchanges the CNAMEs (URLs) of two environments of the application, the step of
 * a blue/green release that sends users to the other environment. Both must be Ready and healthy
 * before; the goal waits until both are Ready again and prints the new mapping.
 */
public final class SwapOperation {

  /**
   * @param environment one environment ({@code eb.environmentName})
   * @param target the other ({@code eb.targetEnvironmentName})
   * @param acceptedHealth health colours both must have, such as {@code Green}
   */
  public record SwapRequest(
      String application, String environment, String target, Set<String> acceptedHealth, Duration timeout) {}

  private final EnvironmentServices services;

  public SwapOperation(EnvironmentServices services) {
    this.services = services;
  }

  /**
   * Swaps and waits.
   *
   * @return both environments after the swap, {@code environment} first
   * @throws EbException when they are the same, unknown, not Ready, unhealthy or without a CNAME;
   *     nothing is changed then
   */
  public List<EnvironmentState> swap(SwapRequest request) throws EbException {
    String app = request.application();
    if (request.target() == null || request.target().isBlank()) {
      throw new EbException(
          "eb:swap needs the environment to swap with: set <targetEnvironmentName> /"
              + " -Deb.targetEnvironmentName (for example -Deb.targetEnvironmentName=" + app + "-green).");
    }
    if (request.environment().equals(request.target())) {
      throw new EbException(
          "-Deb.environmentName and -Deb.targetEnvironmentName both name " + request.environment()
              + "; a swap needs two environments. Set -Deb.targetEnvironmentName to the other one.");
    }
    Deadline deadline = new Deadline(services.clock(), request.timeout());
    EnvironmentState one = Environments.require(services.eb(), app, request.environment());
    EnvironmentState other = Environments.require(services.eb(), app, request.target());
    List<String> problems = new ArrayList<>();
    check(one, request.acceptedHealth(), problems);
    check(other, request.acceptedHealth(), problems);
    if (!problems.isEmpty()) {
      throw new EbException(
          "Refusing to swap the CNAMEs of " + one.name() + " and " + other.name() + ": " + String.join("; ", problems)
              + ". Nothing was changed.");
    }
    services.reporter().info(
        "Swapping CNAMEs: " + one.name() + " (" + one.cname() + ") <-> " + other.name() + " (" + other.cname() + ")");
    Beanstalk.Requested requested = services.eb().swapCnames(one.name(), other.name());
    for (EnvironmentState env : List.of(one, other)) {
      services.watcher().watch(
          app, env.name(), null, null, requested.at(),
          new DeploymentVerdict(DeploymentVerdict.Goal.SETTLE, null, Set.of()), deadline, null,
          "waiting for " + env.name() + " to be Ready after the swap");
    }
    EnvironmentState oneAfter = Environments.require(services.eb(), app, one.name());
    EnvironmentState otherAfter = Environments.require(services.eb(), app, other.name());
    if (!String.valueOf(other.cname()).equals(oneAfter.cname()) || !String.valueOf(one.cname()).equals(otherAfter.cname())) {
      throw new EbException(
          "Elastic Beanstalk accepted the swap, but the CNAMEs are now " + oneAfter.name() + " -> " + oneAfter.cname()
              + ", " + otherAfter.name() + " -> " + otherAfter.cname() + ". Check the environments in the EB console.");
    }
    int width = Math.max(oneAfter.name().length(), otherAfter.name().length());
    services.reporter().info("CNAMEs swapped:");
    for (EnvironmentState env : List.of(oneAfter, otherAfter)) {
      services.reporter().info(
          "  " + env.name() + " ".repeat(width - env.name().length()) + "  ->  " + env.cname() + "  (" + env.status()
              + ", health " + env.health() + ", runs " + (env.versionLabel() == null ? "no version" : env.versionLabel()) + ")");
    }
    return List.of(oneAfter, otherAfter);
  }

  private static void check(EnvironmentState env, Set<String> acceptedHealth, List<String> problems) {
    if (!env.isReady()) {
      problems.add(env.name() + " is " + env.status() + ", not Ready (wait for its operation to end, or mvn eb:abort)");
      return;
    }
    Set<String> accepted = acceptedHealth.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    if (env.health() == null || !accepted.contains(env.health().toLowerCase(Locale.ROOT))) {
      problems.add(
          env.name() + " has health " + env.health() + (env.healthStatus() == null ? "" : " (" + env.healthStatus() + ")")
              + ", not " + String.join(" or ", acceptedHealth)
              + " (fix it first, or widen -Deb.acceptedHealth, for example Green,Yellow)");
    }
    if (env.cname() == null || env.cname().isBlank()) {
      problems.add(env.name() + " has no CNAME (a worker environment has no URL to swap)");
    }
  }
}
