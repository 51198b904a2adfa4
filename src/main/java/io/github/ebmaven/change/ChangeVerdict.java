package io.github.ebmaven.change;

import io.github.ebmaven.aws.EbEvent;
import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.report.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides, from the events and states seen while waiting, whether a change to an environment
 * succeeded, failed, or is still going on. Pure logic: no calls, no clock.
 *
 * <p>Success needs the environment Ready, running the expected label, and its health in the
 * accepted set for two consecutive readings, with no ERROR event. EB's terminal failure messages
 * fail at once; other ERROR events, and Red health that persists, fail once the environment is
 * Ready again.
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
      List.of("Environment update completed successfully", "Successfully launched environment");

  /** Events after which the environment's state is worth reading again. */
  private static final List<String> STATE_CHANGES =
      List.of(
          "completed successfully",
          "Successfully launched environment",
          "complete, but with errors",
          "health has transitioned",
          "was aborted",
          "Failed to");

  private static final int CONFIRMATIONS = 2;

  private final ChangeKind kind;
  private final String expectedLabel;
  private final Set<String> acceptedHealth;
  private final List<String> errorEvents = new ArrayList<>();
  private final List<String> reasons = new ArrayList<>();
  private boolean completionSeen;
  private boolean stateWorthReading;
  private int acceptedReadings;
  private int unhealthyReadings;
  private EnvironmentState last;
  private Outcome outcome = Outcome.PENDING;

  /**
   * @param expectedLabel the version the environment must run at the end (LAUNCH, UPDATE)
   * @param acceptedHealth health colours that count as healthy, e.g. {@code Green}
   */
  public ChangeVerdict(ChangeKind kind, String expectedLabel, Set<String> acceptedHealth) {
    this.kind = kind;
    this.expectedLabel = expectedLabel;
    this.acceptedHealth =
        acceptedHealth.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  }

  public void onEvent(EbEvent event) {
    if (outcome != Outcome.PENDING) {
      return;
    }
    String message = event.message() == null ? "" : event.message();
    if (COMPLETIONS.stream().anyMatch(message::contains)) {
      completionSeen = true;
    }
    if (kind == ChangeKind.SETTLE
        || event.isError()
        || STATE_CHANGES.stream().anyMatch(message::contains)) {
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
   */
  public void onState(EnvironmentState state, List<String> causes) {
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
      case TERMINATE -> {
        if (state.isTerminated()) {
          outcome = Outcome.SUCCEEDED;
        } else if (state.isReady() && !errorEvents.isEmpty()) {
          fail("Terminating " + state.name() + " failed; it is Ready again:");
        }
      }
      case LAUNCH, UPDATE -> judgeDeployment(state, causes);
    }
  }

  private void judgeDeployment(EnvironmentState state, List<String> causes) {
    if (state.isTerminated() || "Terminating".equals(state.status())) {
      fail("The environment is " + state.status() + ".");
      return;
    }
    if (!state.isReady()) {
      acceptedReadings = 0;
      unhealthyReadings = 0;
      return;
    }
    if (!errorEvents.isEmpty()) {
      fail("The environment is Ready again, running " + Formats.label(state) + ", after errors:");
      addCauses(causes);
      return;
    }
    if (expectedLabel != null && !expectedLabel.equals(state.versionLabel())) {
      if (completionSeen) {
        fail(
            "Elastic Beanstalk reported the update complete, but "
                + state.name()
                + " runs "
                + Formats.label(state)
                + ", not "
                + expectedLabel
                + ".");
      }
      return;
    }
    if (isHealthy(state)) {
      unhealthyReadings = 0;
      acceptedReadings++;
      if (acceptedReadings >= CONFIRMATIONS) {
        outcome = Outcome.SUCCEEDED;
      }
      return;
    }
    acceptedReadings = 0;
    if ("Red".equalsIgnoreCase(state.health()) || "Severe".equalsIgnoreCase(state.healthStatus())) {
      unhealthyReadings++;
      if (unhealthyReadings >= CONFIRMATIONS) {
        fail(
            state.name()
                + " runs "
                + Formats.label(state)
                + " but its health is "
                + Formats.health(state)
                + (causes.isEmpty() ? "." : ":"));
        addCauses(causes);
      }
    } else {
      unhealthyReadings = 0;
    }
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
   * no reading has settled that yet), or a reading awaits confirmation. Reading it otherwise only
   * spends EB's request budget.
   */
  public boolean wantsState() {
    return outcome == Outcome.PENDING && (stateWorthReading || awaitingConfirmation());
  }

  /** Whether one healthy reading was seen and a second one would settle it. */
  public boolean awaitingConfirmation() {
    return outcome == Outcome.PENDING && (acceptedReadings > 0 || unhealthyReadings > 0);
  }

  /** Whether the last reading was Ready but unhealthy: health causes would explain it. */
  public boolean wantsCauses(EnvironmentState state) {
    return (kind == ChangeKind.LAUNCH || kind == ChangeKind.UPDATE) && state.isReady() && !isHealthy(state);
  }

  /** The environment as last seen, for timeout messages; null before the first reading. */
  public EnvironmentState lastState() {
    return last;
  }

  public ChangeKind kind() {
    return kind;
  }
}
