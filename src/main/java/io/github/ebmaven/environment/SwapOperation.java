package io.github.ebmaven.environment;

import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.aws.Requested;
import io.github.ebmaven.change.ChangeRequest;
import io.github.ebmaven.change.Deadline;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Mention;
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

  private final Services services;

  public SwapOperation(Services services) {
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
          "eb:swap needs the environment to swap with: set " + Mention.setting("eb.targetEnvironmentName") + " (for example " + Mention.property("eb.targetEnvironmentName") + "=" + app + "-green).");
    }
    if (request.environment().equals(request.target())) {
      throw new EbException(
          Mention.property("eb.environmentName") + " and " + Mention.property("eb.targetEnvironmentName") + " both name " + request.environment()
              + "; a swap needs two environments. Set " + Mention.property("eb.targetEnvironmentName") + " to the other one.");
    }
    Deadline deadline = services.deadline(request.timeout());
    EnvironmentState one = services.eb().environments().require(app, request.environment());
    EnvironmentState other = services.eb().environments().require(app, request.target());
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
    services.changes()
        .apply(
            ChangeRequest.swap(app, one.name(), other.name(), deadline),
            () -> services.eb().environments().swapCnames(one.name(), other.name()))
        .orFail("Swapping the CNAMEs of " + one.name() + " and " + other.name() + " failed.", "");
    EnvironmentState oneAfter = services.eb().environments().require(app, one.name());
    EnvironmentState otherAfter = services.eb().environments().require(app, other.name());
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
      problems.add(env.name() + " is " + env.status() + ", not Ready (wait for its operation to end, or " + Mention.goal("abort") + ")");
      return;
    }
    Set<String> accepted = acceptedHealth.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    if (env.health() == null || !accepted.contains(env.health().toLowerCase(Locale.ROOT))) {
      problems.add(
          env.name() + " has health " + env.health() + (env.healthStatus() == null ? "" : " (" + env.healthStatus() + ")")
              + ", not " + String.join(" or ", acceptedHealth)
              + " (fix it first, or widen " + Mention.property("eb.acceptedHealth") + ", for example Green,Yellow)");
    }
    if (env.cname() == null || env.cname().isBlank()) {
      problems.add(env.name() + " has no CNAME (a worker environment has no URL to swap)");
    }
  }
}
