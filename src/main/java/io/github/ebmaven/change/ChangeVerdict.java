package io.github.ebmaven.change;

import io.github.ebmaven.aws.EbEvent;
import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.aws.Health.InstancesReading;
import io.github.ebmaven.report.Formats;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides, from the events, environment states and health readings seen while waiting, whether a
 * change to an environment succeeded, failed, or is still going on. Pure logic: no calls; the
 * caller passes the time of each reading.
 *
 * <p>A launch or an update succeeds when EB reported it complete, the environment is Ready running
 * the expected version with no ERROR event, and health observed after the completion accepts it
 * ({@link HealthEvidence}). EB's terminal failure messages fail at once; other ERROR events fail
 * once the environment is Ready again; a version other than the expected one after completion
 * fails naming both. A swap succeeds on EB's {@code Completed swapping CNAMEs} event.
 */
public final class ChangeVerdict {

  public enum Outcome {
    PENDING,
    SUCCEEDED,
    FAILED
  }

  /** Messages after which EB will not recover the change by itself. */
  private static final List<String> TERMINAL_FAILURES =
      List.of(
          "Failed to deploy application",
          "complete, but with errors",
          "Failed to launch environment",
          "Failed to deploy configuration",
          "was aborted");

  private static final List<String> COMPLETIONS =
      List.of(
          "Environment update completed successfully",
          "Successfully launched environment",
          "restartAppServer completed successfully",
          "rebuildEnvironment completed successfully");

  private static final String SWAP_COMPLETED = "Completed swapping CNAMEs";

  /** Events after which the environment's state is worth reading again. */
  private static final List<String> STATE_CHANGES =
      List.of(
          "completed successfully",
          "Successfully launched environment",
          "complete, but with errors",
          "health has transitioned",
          "health has been set to",
          "was aborted",
          "Failed to",
          "Unsuccessful command execution");

  private final ChangeKind kind;
  private final String expectedLabel;
  private final String previousLabel;
  private final Set<String> acceptedHealth;
  private final Duration healthGrace;
  private final List<String> errorEvents = new ArrayList<>();
  private final List<String> reasons = new ArrayList<>();
  private Instant completedAt;
  private boolean stateWorthReading;
  private int readyReadings;
  private HealthEvidence evidence;
  private boolean enhancedHealth;
  private EnvironmentState last;
  private Outcome outcome = Outcome.PENDING;

  /**
   * @param expectedLabel the version the environment must run at the end (LAUNCH, UPDATE)
   * @param previousLabel what it ran before the change, to tell EB's rollback from another deployment; may be null
   * @param acceptedHealth health colours that count as healthy, e.g. {@code Green}
   * @param healthGrace how long after the completion health may take to accept the version
   */
  public ChangeVerdict(
      ChangeKind kind, String expectedLabel, String previousLabel, Set<String> acceptedHealth, Duration healthGrace) {
    this.kind = kind;
    this.expectedLabel = expectedLabel;
    this.previousLabel = previousLabel;
    this.acceptedHealth = acceptedHealth.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    this.healthGrace = healthGrace;
  }

  public void onEvent(EbEvent event) {
    if (outcome != Outcome.PENDING) {
      return;
    }
    String message = event.message() == null ? "" : event.message();
    if (completedAt == null && COMPLETIONS.stream().anyMatch(message::contains)) {
      completedAt = event.time();
    }
    if (kind == ChangeKind.SWAP && message.contains(SWAP_COMPLETED)) {
      outcome = Outcome.SUCCEEDED;
      return;
    }
    if (kind == ChangeKind.SETTLE || event.isError() || STATE_CHANGES.stream().anyMatch(message::contains)) {
      stateWorthReading = true;
    }
    if (event.isError()) {
      errorEvents.add(event.line());
      if (kind != ChangeKind.SETTLE && TERMINAL_FAILURES.stream().anyMatch(message::contains)) {
        fail("Elastic Beanstalk reported the failure:");
      }
    }
  }

  /**
   * @param causes enhanced health causes for this reading, when the caller fetched them
   * @param readAt when the reading was taken (this machine's clock)
   */
  public void onState(EnvironmentState state, List<String> causes, Instant readAt) {
    if (outcome != Outcome.PENDING) {
      return;
    }
    last = state;
    if (state.isReady() || state.isTerminated()) {
      // This reading answers what the events announced; a later event will ask again.
      stateWorthReading = false;
    }
    switch (kind) {
      case SETTLE -> {
        if (state.isReady()) {
          outcome = Outcome.SUCCEEDED;
        }
      }
      case SWAP -> {
        if (state.isReady() && !errorEvents.isEmpty()) {
          fail("Swapping the CNAMEs failed:");
        }
      }
      case TERMINATE -> {
        if (state.isTerminated()) {
          outcome = Outcome.SUCCEEDED;
        } else if (state.isReady() && !errorEvents.isEmpty()) {
          fail("Terminating " + state.name() + " failed; it is Ready again:");
        }
      }
      case LAUNCH, UPDATE -> judgeDeployment(state, causes, readAt);
    }
  }

  /** An enhanced-health reading of every instance, taken when {@link #wantsInstances()} said so. */
  public void onInstances(InstancesReading reading, Instant readAt) {
    if (outcome != Outcome.PENDING || evidence == null) {
      return;
    }
    decide(evidence.onInstances(reading, readAt), readAt);
  }

  private void judgeDeployment(EnvironmentState state, List<String> causes, Instant readAt) {
    if (state.isTerminated() || "Terminating".equals(state.status())) {
      fail("The environment is " + state.status() + ".");
      return;
    }
    if (!state.isReady()) {
      readyReadings = 0;
      return;
    }
    if (!errorEvents.isEmpty()) {
      fail("The environment is Ready again, running " + Formats.label(state) + ", after errors:");
      addCauses(causes);
      return;
    }
    if (expectedLabel != null && !expectedLabel.equals(state.versionLabel())) {
      if (completedAt != null) {
        fail(otherVersionHeadline(state));
      }
      return;
    }
    if (completedAt == null) {
      return;
    }
    enhancedHealth = state.healthStatus() != null;
    if (evidence == null) {
      evidence = new HealthEvidence(expectedLabel, acceptedHealth, healthGrace, completedAt, readAt);
    }
    if (enhancedHealth) {
      if ("Severe".equals(state.healthStatus()) || "Degraded".equals(state.healthStatus())) {
        readyReadings = 0;
        if (evidence.graceOver(readAt)) {
          decide(HealthEvidence.Finding.UNHEALTHY, readAt);
          addCauses(causes);
        }
        return;
      }
      // The instances' health decides; a healthy environment reading confirms it at the end.
      readyReadings = isHealthy(state) ? readyReadings + 1 : 0;
      return;
    }
    decide(evidence.onBasicState(state, readAt), readAt);
  }

  private void decide(HealthEvidence.Finding finding, Instant now) {
    switch (finding) {
      case PENDING -> {}
      case HEALTHY -> {
        if (!enhancedHealth || (last != null && isHealthy(last))) {
          outcome = Outcome.SUCCEEDED;
        }
      }
      case UNHEALTHY -> {
        fail(evidence.unhealthyHeadline(last == null ? "the environment" : last.name(), now));
        addCauses(evidence.causes());
      }
    }
  }

  private String otherVersionHeadline(EnvironmentState state) {
    if (previousLabel != null && previousLabel.equals(state.versionLabel())) {
      return "Elastic Beanstalk reported the update complete, but " + state.name() + " still runs " + Formats.label(state)
          + ", not " + expectedLabel + ": EB put the previous version back.";
    }
    if (previousLabel != null && state.versionLabel() != null) {
      return state.name() + " now runs " + state.versionLabel() + ", not " + expectedLabel + ": another deployment replaced"
          + " this one while it was being judged (two pipelines at once?). " + state.versionLabel() + " is what serves now.";
    }
    return "Elastic Beanstalk reported the update complete, but " + state.name() + " runs " + Formats.label(state)
        + ", not " + expectedLabel + ".";
  }

  private boolean isHealthy(EnvironmentState state) {
    return state.health() != null && acceptedHealth.contains(state.health().toLowerCase(Locale.ROOT));
  }

  private void fail(String headline) {
    outcome = Outcome.FAILED;
    reasons.add(headline);
    errorEvents.forEach(line -> reasons.add("  " + line));
  }

  private void addCauses(List<String> causes) {
    causes.forEach(cause -> reasons.add("  cause: " + cause));
  }

  public Outcome outcome() {
    return outcome;
  }

  /** Why it failed: a headline, EB's ERROR events verbatim, and health causes. */
  public List<String> reasons() {
    return List.copyOf(reasons);
  }

  /**
   * Whether reading the environment could move the verdict: an event said its state changed (and
   * no reading has settled that yet), or the health phase needs the environment's colour.
   */
  public boolean wantsState() {
    return outcome == Outcome.PENDING
        && (stateWorthReading || (evidence != null && (!enhancedHealth || readyReadings == 0)));
  }

  /** Whether instance health is what the verdict waits for now (enhanced health, after the completion). */
  public boolean wantsInstances() {
    return outcome == Outcome.PENDING && evidence != null && enhancedHealth;
  }

  /** Whether the change is in its health phase: complete, Ready, running the version, judged by health. */
  public boolean judgingHealth() {
    return outcome == Outcome.PENDING && evidence != null;
  }

  /** How long to wait before the next health reading. */
  public Duration healthPause(Instant now) {
    if (evidence == null) {
      return Duration.ofSeconds(1);
    }
    if (enhancedHealth) {
      return evidence.pause(now);
    }
    Duration untilDue = Duration.between(now, evidence.basicReadingDue());
    return untilDue.isNegative() || untilDue.isZero() ? Duration.ofMillis(500) : untilDue;
  }

  /** Whether the last reading was Ready but unhealthy: health causes would explain it. */
  public boolean wantsCauses(EnvironmentState state) {
    return (kind == ChangeKind.LAUNCH || kind == ChangeKind.UPDATE) && state.isReady() && !isHealthy(state)
        && state.healthStatus() != null;
  }

  /** When EB stamped the completion event, or null before it. */
  public Instant completedAt() {
    return completedAt;
  }

  /** The environment as last seen, for timeout messages; null before the first reading. */
  public EnvironmentState lastState() {
    return last;
  }

  public ChangeKind kind() {
    return kind;
  }
}
