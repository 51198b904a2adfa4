package io.github.ebmaven.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ebmaven.aws.EbEvent;
import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.change.ChangeVerdict.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Recorded sequences of events and environment readings, worded and ordered as Elastic Beanstalk
 * produces them, and the verdict each must lead to.
 */
class ChangeVerdictTest {

  private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
  private static final String ENV = "shop-prod";
  private static final String OLD = "1.4.0-a1b2c3d";
  private static final String NEW = "1.5.0-e4f5a6b";
  private static final String REQUEST = "5f3c0b6e-0d2a-4f43-9a55-3c1e7d0b9a11";

  /** One recorded step: an event, or a reading of the environment with its health causes. */
  private sealed interface Step permits Event, Reading {}

  private record Event(EbEvent event) implements Step {}

  private record Reading(EnvironmentState state, List<String> causes) implements Step {}

  private static int clock;

  private static Event info(String message) {
    return event("INFO", message);
  }

  private static Event warn(String message) {
    return event("WARN", message);
  }

  private static Event error(String message) {
    return event("ERROR", message);
  }

  private static Event event(String severity, String message) {
    clock += 3;
    return new Event(new EbEvent(T0.plusSeconds(clock), severity, message, REQUEST, ENV, null));
  }

  private static Reading state(String status, String health, String healthStatus, String label, String... causes) {
    clock += 2;
    return new Reading(
        new EnvironmentState(ENV, "e-abcdef1234", status, health, healthStatus, label,
            "shop-prod.eba-xyz.us-east-1.elasticbeanstalk.com", "Python 3.11", T0.plusSeconds(clock)),
        List.of(causes));
  }

  /** Feeds the steps in order and returns the outcome after each one. */
  private static List<Outcome> play(ChangeVerdict verdict, List<? extends Step> steps) {
    List<Outcome> outcomes = new ArrayList<>();
    for (Step step : steps) {
      if (step instanceof Event e) {
        verdict.onEvent(e.event());
      } else if (step instanceof Reading r) {
        verdict.onState(r.state(), r.causes());
      }
      outcomes.add(verdict.outcome());
    }
    return outcomes;
  }

  private static ChangeVerdict update(String... healthy) {
    return new ChangeVerdict(ChangeKind.UPDATE, NEW, Set.of(healthy.length == 0 ? new String[] {"Green"} : healthy));
  }

  /** A rolling deployment as EB reports it, up to the completion event, still on Updating. */
  private static List<Step> updateInProgress() {
    return List.of(
        info("Environment update is starting."),
        state("Updating", "Grey", "Info", OLD),
        info("Deploying new version to instance(s)."),
        info("Instance deployment completed successfully."),
        state("Updating", "Grey", "Info", NEW),
        info("New application version was deployed to running EC2 instances."),
        info("Environment update completed successfully."));
  }

  private static List<Step> concat(List<? extends Step> first, Step... rest) {
    List<Step> all = new ArrayList<>(first);
    all.addAll(List.of(rest));
    return all;
  }

  @Test
  void updateSucceedsOnTheSecondConsecutiveGreenReadingOfTheExpectedLabel() {
    ChangeVerdict verdict = update();
    List<Outcome> outcomes =
        play(verdict, concat(updateInProgress(),
            state("Ready", "Green", "Ok", NEW),
            state("Ready", "Green", "Ok", NEW)));

    assertThat(outcomes.subList(0, outcomes.size() - 1)).containsOnly(Outcome.PENDING);
    assertThat(verdict.outcome()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(verdict.reasons()).isEmpty();
    assertThat(verdict.lastState().versionLabel()).isEqualTo(NEW);
  }

  @Test
  void oneGreenReadingIsNotEnoughAndAnInterruptionRestartsTheCount() {
    ChangeVerdict verdict = update();
    play(verdict, concat(updateInProgress(), state("Ready", "Green", "Ok", NEW)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
    assertThat(verdict.awaitingConfirmation()).isTrue();

    // Health dips to Yellow (accepted health is Green only), then recovers: two new readings needed.
    play(verdict, List.of(state("Ready", "Yellow", "Warning", NEW), state("Ready", "Green", "Ok", NEW)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
    play(verdict, List.of(state("Ready", "Green", "Ok", NEW)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.SUCCEEDED);
  }

  @Test
  void greenWhileStillUpdatingDoesNotCount() {
    ChangeVerdict verdict = update();
    play(verdict, List.of(
        info("Environment update is starting."),
        state("Updating", "Green", "Ok", NEW),
        state("Updating", "Green", "Ok", NEW),
        state("Updating", "Green", "Ok", NEW)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
    assertThat(verdict.awaitingConfirmation()).isFalse();
  }

  @Test
  void failedToDeployApplicationFailsAtOnceQuotingEveryErrorLine() {
    ChangeVerdict verdict = update();
    Event instanceFailed = error("Instance deployment failed. For details, see 'eb-engine.log'.");
    Event failed = error("Failed to deploy application.");
    List<Outcome> outcomes =
        play(verdict, List.of(
            info("Environment update is starting."),
            state("Updating", "Grey", "Info", OLD),
            info("Deploying new version to instance(s)."),
            instanceFailed,
            failed));

    assertThat(outcomes).containsExactly(
        Outcome.PENDING, Outcome.PENDING, Outcome.PENDING, Outcome.PENDING, Outcome.FAILED);
    assertThat(verdict.reasons()).contains("  " + instanceFailed.event().line(), "  " + failed.event().line());
    assertThat(verdict.reasons().get(0)).contains("Elastic Beanstalk reported the failure");
    assertThat(failed.event().line()).matches("2026-11-29 10:\\d\\d:\\d\\d  ERROR  Failed to deploy application\\.");
  }

  @Test
  void completeButWithErrorsFailsAtOnce() {
    ChangeVerdict verdict = update();
    Event withErrors =
        error("Update environment operation is complete, but with errors. For more information, see troubleshooting"
            + " documentation.");
    play(verdict, List.of(
        info("Environment update is starting."),
        state("Updating", "Grey", "Info", OLD),
        info("Deploying new version to instance(s)."),
        withErrors));

    assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(verdict.reasons()).contains("  " + withErrors.event().line());
  }

  @Test
  void aWarningIsNotAFailure() {
    ChangeVerdict verdict = update();
    play(verdict, concat(List.of(warn("Failed to deploy application.")), updateInProgress().toArray(Step[]::new)));
    play(verdict, List.of(state("Ready", "Green", "Ok", NEW), state("Ready", "Green", "Ok", NEW)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.SUCCEEDED);
  }

  @Test
  void otherErrorEventsFailOnceTheEnvironmentIsReadyAgain() {
    ChangeVerdict verdict = update();
    Event hook = error("[Instance: i-0abc123] Command failed on instance. Return code: 1 Output: container_commands"
        + " 01_migrate failed.");
    List<Outcome> outcomes =
        play(verdict, List.of(
            info("Environment update is starting."),
            state("Updating", "Grey", "Info", OLD),
            hook,
            state("Updating", "Red", "Severe", OLD),
            state("Ready", "Green", "Ok", NEW)));

    assertThat(outcomes).containsExactly(
        Outcome.PENDING, Outcome.PENDING, Outcome.PENDING, Outcome.PENDING, Outcome.FAILED);
    assertThat(verdict.reasons().get(0)).contains("Ready again").contains(NEW);
    assertThat(verdict.reasons()).contains("  " + hook.event().line());
  }

  @Test
  void redAtReadyFailsAfterTwoReadingsWithTheCauses() {
    ChangeVerdict verdict = update();
    String cause = "100.0 % of the requests are failing with HTTP 5xx.";
    String other = "ELB processes are not healthy on all instances.";
    play(verdict, updateInProgress());
    play(verdict, List.of(state("Ready", "Red", "Severe", NEW, cause, other)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
    assertThat(verdict.awaitingConfirmation()).isTrue();

    play(verdict, List.of(state("Ready", "Red", "Severe", NEW, cause, other)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(verdict.reasons().get(0)).contains(NEW).contains("Red (Severe)");
    assertThat(verdict.reasons()).contains("  cause: " + cause, "  cause: " + other);
  }

  @Test
  void severeEnhancedHealthFailsEvenWhenTheColourIsNotRed() {
    ChangeVerdict verdict = update();
    play(verdict, concat(updateInProgress(),
        state("Ready", "Yellow", "Severe", NEW),
        state("Ready", "Yellow", "Severe", NEW)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(verdict.reasons().get(0)).contains("Yellow (Severe)").endsWith(".");
  }

  @Test
  void oneRedReadingBetweenGreenOnesDoesNotFail() {
    ChangeVerdict verdict = update();
    play(verdict, concat(updateInProgress(),
        state("Ready", "Red", "Severe", NEW),
        state("Ready", "Green", "Ok", NEW),
        state("Ready", "Red", "Degraded", NEW)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
  }

  @Test
  void yellowStaysPendingWhenOnlyGreenIsAccepted() {
    ChangeVerdict verdict = update("Green");
    List<Step> steps = new ArrayList<>(updateInProgress());
    for (int i = 0; i < 10; i++) {
      steps.add(state("Ready", "Yellow", "Warning", NEW));
    }
    assertThat(play(verdict, steps)).containsOnly(Outcome.PENDING);
    assertThat(verdict.wantsCauses(verdict.lastState())).isTrue();
  }

  @Test
  void yellowPassesWhenGreenAndYellowAreAccepted() {
    ChangeVerdict verdict = update("Green", "Yellow");
    play(verdict, concat(updateInProgress(),
        state("Ready", "Yellow", "Warning", NEW),
        state("Ready", "Yellow", "Warning", NEW)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.SUCCEEDED);
  }

  @Test
  void acceptedHealthIgnoresCase() {
    ChangeVerdict verdict = new ChangeVerdict(ChangeKind.UPDATE, NEW, Set.of("GREEN"));
    play(verdict, concat(updateInProgress(), state("Ready", "Green", "Ok", NEW), state("Ready", "Green", "Ok", NEW)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.SUCCEEDED);
  }

  @Test
  void readyWithAnotherLabelAfterCompletionFailsNamingBothLabels() {
    ChangeVerdict verdict = update();
    play(verdict, List.of(
        info("Environment update is starting."),
        state("Updating", "Grey", "Info", OLD),
        info("Environment update completed successfully."),
        state("Ready", "Green", "Ok", OLD)));

    assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(verdict.reasons()).hasSize(1);
    assertThat(verdict.reasons().get(0)).contains(OLD).contains(NEW).contains(ENV);
  }

  @Test
  void readyWithAnotherLabelBeforeAnyCompletionStaysPending() {
    ChangeVerdict verdict = update();
    // EB has not switched yet: the first readings after UpdateEnvironment can still show Ready.
    List<Outcome> outcomes =
        play(verdict, List.of(
            state("Ready", "Green", "Ok", OLD),
            state("Ready", "Green", "Ok", OLD),
            info("Environment update is starting."),
            state("Updating", "Grey", "Info", OLD)));
    assertThat(outcomes).containsOnly(Outcome.PENDING);
    assertThat(verdict.awaitingConfirmation()).isFalse();

    play(verdict, List.of(
        info("Environment update completed successfully."),
        state("Ready", "Green", "Ok", NEW),
        state("Ready", "Green", "Ok", NEW)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.SUCCEEDED);
  }

  @Test
  void launchSucceedsAfterSuccessfullyLaunchedAndTwoGreenReadings() {
    ChangeVerdict verdict = new ChangeVerdict(ChangeKind.LAUNCH, NEW, Set.of("Green"));
    play(verdict, List.of(
        info("createEnvironment is starting."),
        state("Launching", "Grey", "Pending", null),
        info("Using elasticbeanstalk-us-east-1-123456789012 as Amazon S3 storage bucket for environment data."),
        info("Created load balancer named: awseb-e-a-AWSEBLoa-1XYZ"),
        state("Launching", "Grey", "Pending", NEW),
        info("Instance deployment completed successfully."),
        info("Successfully launched environment: " + ENV),
        state("Ready", "Grey", "NoData", NEW),
        state("Ready", "Green", "Ok", NEW)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
    play(verdict, List.of(state("Ready", "Green", "Ok", NEW)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.SUCCEEDED);
  }

  @Test
  void launchFailsAtOnceOnFailedToLaunch() {
    ChangeVerdict verdict = new ChangeVerdict(ChangeKind.LAUNCH, NEW, Set.of("Green"));
    play(verdict, List.of(
        info("createEnvironment is starting."),
        state("Launching", "Grey", "Pending", null),
        error("Stack named 'awseb-e-abc-stack' aborted operation. Current state: 'CREATE_FAILED'"),
        error("Failed to launch environment.")));
    assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(verdict.reasons()).hasSize(3);
  }

  @Test
  void anEnvironmentTerminatedWhileUpdatingFails() {
    ChangeVerdict verdict = update();
    play(verdict, List.of(info("Environment update is starting."), state("Terminating", "Grey", null, OLD)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(verdict.reasons().get(0)).contains("Terminating");
  }

  @Test
  void theFirstDecisionIsFinal() {
    ChangeVerdict verdict = update();
    play(verdict, List.of(error("Failed to deploy application.")));
    List<String> reasons = verdict.reasons();
    play(verdict, List.of(
        error("Another error after the verdict."),
        state("Ready", "Green", "Ok", NEW),
        state("Ready", "Green", "Ok", NEW)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(verdict.reasons()).isEqualTo(reasons);
  }

  @Test
  void settleSucceedsOnReadyWhateverItRunsAndIgnoresTerminalMessages() {
    ChangeVerdict verdict = new ChangeVerdict(ChangeKind.SETTLE, null, Set.of());
    List<Outcome> outcomes =
        play(verdict, List.of(
            state("Updating", "Grey", "Info", OLD),
            error("Failed to deploy application."),
            state("Updating", "Red", "Severe", OLD),
            state("Ready", "Red", "Severe", OLD)));
    assertThat(outcomes).containsExactly(Outcome.PENDING, Outcome.PENDING, Outcome.PENDING, Outcome.SUCCEEDED);
    assertThat(verdict.wantsCauses(verdict.lastState())).isFalse();
  }

  @Test
  void terminateSucceedsOnTerminated() {
    ChangeVerdict verdict = new ChangeVerdict(ChangeKind.TERMINATE, null, Set.of());
    List<Outcome> outcomes =
        play(verdict, List.of(
            info("terminateEnvironment is starting."),
            state("Terminating", "Grey", null, OLD),
            info("Deleted load balancer named: awseb-e-a-AWSEBLoa-1XYZ"),
            state("Terminating", "Grey", null, OLD),
            info("terminateEnvironment completed successfully."),
            state("Terminated", "Grey", null, OLD)));
    assertThat(outcomes.subList(0, 5)).containsOnly(Outcome.PENDING);
    assertThat(verdict.outcome()).isEqualTo(Outcome.SUCCEEDED);
  }

  @Test
  void terminateFailsWhenReadyAgainAfterAnError() {
    ChangeVerdict verdict = new ChangeVerdict(ChangeKind.TERMINATE, null, Set.of());
    Event deleteFailed =
        error("Stack deletion failed: The following resource(s) failed to delete: [AWSEBRDSDatabase].");
    play(verdict, List.of(
        info("terminateEnvironment is starting."),
        state("Terminating", "Grey", null, OLD),
        deleteFailed));
    assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
    play(verdict, List.of(state("Ready", "Green", "Ok", OLD)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(verdict.reasons().get(0)).contains(ENV).contains("Ready again");
    assertThat(verdict.reasons()).contains("  " + deleteFailed.event().line());
  }

  @Test
  void terminateWithoutErrorsKeepsWaitingThroughReady() {
    ChangeVerdict verdict = new ChangeVerdict(ChangeKind.TERMINATE, null, Set.of());
    play(verdict, List.of(state("Ready", "Green", "Ok", OLD), state("Terminating", "Grey", null, OLD)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
  }

  @Test
  void awaitingConfirmationOnlyBetweenAFirstDecisiveReadingAndTheVerdict() {
    ChangeVerdict verdict = update();
    assertThat(verdict.awaitingConfirmation()).isFalse();
    play(verdict, updateInProgress());
    assertThat(verdict.awaitingConfirmation()).isFalse();
    play(verdict, List.of(state("Ready", "Red", "Severe", NEW)));
    assertThat(verdict.awaitingConfirmation()).isTrue();
    play(verdict, List.of(state("Ready", "Yellow", "Warning", NEW)));
    assertThat(verdict.awaitingConfirmation()).isFalse();
    play(verdict, List.of(state("Ready", "Green", "Ok", NEW)));
    assertThat(verdict.awaitingConfirmation()).isTrue();
    play(verdict, List.of(state("Ready", "Green", "Ok", NEW)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(verdict.awaitingConfirmation()).isFalse();
  }

  @Test
  void wantsCausesOnlyForAnUnhealthyReadyEnvironmentBeingDeployed() {
    EnvironmentState readyRed = state("Ready", "Red", "Severe", NEW).state();
    EnvironmentState readyGreen = state("Ready", "Green", "Ok", NEW).state();
    EnvironmentState updatingRed = state("Updating", "Red", "Severe", NEW).state();
    EnvironmentState readyYellow = state("Ready", "Yellow", "Warning", NEW).state();

    assertThat(update().wantsCauses(readyRed)).isTrue();
    assertThat(update().wantsCauses(readyYellow)).isTrue();
    assertThat(update("Green", "Yellow").wantsCauses(readyYellow)).isFalse();
    assertThat(update().wantsCauses(readyGreen)).isFalse();
    assertThat(update().wantsCauses(updatingRed)).isFalse();
    assertThat(new ChangeVerdict(ChangeKind.LAUNCH, NEW, Set.of("Green")).wantsCauses(readyRed)).isTrue();
    assertThat(new ChangeVerdict(ChangeKind.SETTLE, null, Set.of()).wantsCauses(readyRed)).isFalse();
    assertThat(new ChangeVerdict(ChangeKind.TERMINATE, null, Set.of()).wantsCauses(readyRed)).isFalse();
  }
}
