package io.github.ebmaven.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ebmaven.aws.EbEvent;
import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.aws.Health;
import io.github.ebmaven.aws.InstanceHealth;
import io.github.ebmaven.change.ChangeVerdict.Outcome;
import io.github.ebmaven.report.Mention;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Recorded sequences of events, environment readings and instance health readings, worded and
 * ordered as Elastic Beanstalk produces them, and the verdict each must lead to.
 */
class ChangeVerdictTest {

  private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
  private static final String ENV = "shop-prod";
  private static final String OLD = "1.4.0-a1b2c3d";
  private static final String NEW = "1.5.0-e4f5a6b";
  private static final String REQUEST = "5f3c0b6e-0d2a-4f43-9a55-3c1e7d0b9a11";

  private static final Duration GRACE = Duration.ofSeconds(120);

  /** One recorded step: an event, a reading of the environment with its health causes, or of its instances. */
  private sealed interface Step permits Event, Reading, Instances {}

  private record Event(EbEvent event) implements Step {}

  private record Reading(EnvironmentState state, List<String> causes) implements Step {}

  private record Instances(Health.InstancesReading reading, Instant readAt) implements Step {}

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

  /**
   * One DescribeInstancesHealth reading of a single instance, refreshed now by EB: its colour,
   * status, deployed label and deployment status, with causes.
   */
  private static Instances instance(String colour, String status, String label, String deployment, String... causes) {
    clock += 2;
    Instant at = T0.plusSeconds(clock);
    return new Instances(
        new Health.InstancesReading(at, List.of(new InstanceHealth("i-0abc123", status, colour, List.of(causes), null,
            List.of(), null, label, deployment, "us-east-1a", "t3.micro", T0))),
        at);
  }

  /** The same reading again: EB has not refreshed since. */
  private static Instances again(Instances reading) {
    clock += 1;
    return new Instances(reading.reading(), T0.plusSeconds(clock));
  }

  /** Feeds the steps in order and returns the outcome after each one. */
  private static List<Outcome> play(ChangeVerdict verdict, List<? extends Step> steps) {
    List<Outcome> outcomes = new ArrayList<>();
    for (Step step : steps) {
      if (step instanceof Event e) {
        verdict.onEvent(e.event());
      } else if (step instanceof Reading r) {
        verdict.onState(r.state(), r.causes(), r.state().updated());
      } else if (step instanceof Instances i) {
        verdict.onInstances(i.reading(), i.readAt());
      }
      outcomes.add(verdict.outcome());
    }
    return outcomes;
  }

  private static ChangeVerdict update(String... healthy) {
    return new ChangeVerdict(
        ChangeKind.UPDATE, NEW, OLD, Set.of(healthy.length == 0 ? new String[] {"Green"} : healthy), GRACE);
  }

  private static ChangeVerdict of(ChangeKind kind, String label) {
    return new ChangeVerdict(kind, label, null, Set.of("Green"), GRACE);
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

  private static Instances ok(String label) {
    return instance("Green", "Ok", label, "Deployed");
  }

  @Test
  void updateSucceedsOnTwoHealthRefreshesAfterTheCompletionThatFindTheVersionDeployedAndOk() {
    ChangeVerdict verdict = update();
    List<Outcome> outcomes =
        play(verdict, concat(updateInProgress(), state("Ready", "Green", "Ok", NEW), ok(NEW), ok(NEW)));

    assertThat(outcomes.subList(0, outcomes.size() - 1)).containsOnly(Outcome.PENDING);
    assertThat(verdict.outcome()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(verdict.reasons()).isEmpty();
    assertThat(verdict.lastState().versionLabel()).isEqualTo(NEW);
  }

  @Test
  void theCompletionEventAloneIsNotAVerdict() {
    ChangeVerdict verdict = update();
    play(verdict, concat(updateInProgress(), state("Ready", "Green", "Ok", NEW), state("Ready", "Green", "Ok", NEW)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
    assertThat(verdict.wantsInstances()).isTrue();
    assertThat(verdict.judgingHealth()).isTrue();
  }

  @Test
  void healthNotRefreshedSinceTheCompletionDoesNotCount() {
    ChangeVerdict verdict = update();
    Instances beforeCompletion = ok(NEW);
    play(verdict, concat(updateInProgress(), state("Ready", "Green", "Ok", NEW)));
    play(verdict, List.of(again(beforeCompletion), again(beforeCompletion), again(beforeCompletion)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
    Instances first = ok(NEW);
    play(verdict, List.of(first, again(first)));
    assertThat(verdict.outcome()).as("one refresh is not two").isEqualTo(Outcome.PENDING);
    play(verdict, List.of(ok(NEW)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.SUCCEEDED);
  }

  @Test
  void aVersionThatCrashesAfterTheCompletionFailsWithItsCauses() {
    ChangeVerdict verdict = update();
    String cause = "100.0 % of the requests are failing with HTTP 5xx.";
    String other = "Process default has been unhealthy for 12 seconds (Target.FailedHealthChecks).";
    play(verdict, concat(updateInProgress(), state("Ready", "Green", "Ok", NEW)));
    play(verdict, List.of(instance("Red", "Severe", NEW, "Deployed", cause, other)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);

    play(verdict, List.of(instance("Red", "Severe", NEW, "Deployed", cause, other)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(verdict.reasons().get(0)).contains("health checks found " + ENV + " unhealthy").contains("Red (Severe)");
    assertThat(verdict.reasons()).contains("  cause: i-0abc123: " + cause, "  cause: i-0abc123: " + other);
  }

  @Test
  void oneSevereRefreshBetweenOkOnesDoesNotFail() {
    ChangeVerdict verdict = update();
    play(verdict, concat(updateInProgress(), state("Ready", "Green", "Ok", NEW),
        instance("Red", "Severe", NEW, "Deployed"), ok(NEW), instance("Red", "Degraded", NEW, "Deployed")));
    assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
  }

  @Test
  void anInstanceStillOnThePreviousVersionIsNotHealthyEvidence() {
    ChangeVerdict verdict = update();
    play(verdict, concat(updateInProgress(), state("Ready", "Green", "Ok", NEW),
        ok(OLD), ok(OLD), instance("Green", "Info", NEW, "InProgress"), instance("Green", "Info", NEW, "InProgress")));
    assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
  }

  @Test
  void noHealthyEvidenceWithinTheGraceFailsNamingIt() {
    ChangeVerdict verdict = new ChangeVerdict(ChangeKind.UPDATE, NEW, OLD, Set.of("Green"), Duration.ofSeconds(10));
    play(verdict, concat(updateInProgress(), state("Ready", "Green", "Ok", NEW)));
    for (int i = 0; i < 6 && verdict.outcome() == Outcome.PENDING; i++) {
      play(verdict, List.of(instance("Green", "Info", NEW, "InProgress")));
    }
    assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(Mention.render(verdict.reasons().get(0), Mention.PLAIN)).contains("within 10 s (eb.healthGrace)");
  }

  @Test
  void basicHealthIsJudgedOnceARefreshHasPassedSinceTheCompletion() {
    ChangeVerdict verdict = update();
    play(verdict, concat(updateInProgress(), state("Ready", "Green", null, NEW), state("Ready", "Green", null, NEW)));
    assertThat(verdict.outcome()).as("read too soon after the completion").isEqualTo(Outcome.PENDING);
    assertThat(verdict.wantsInstances()).isFalse();
    clock += 10;
    play(verdict, List.of(state("Ready", "Green", null, NEW)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.SUCCEEDED);
  }

  @Test
  void basicHealthRedAfterARefreshFails() {
    ChangeVerdict verdict = update();
    play(verdict, concat(updateInProgress(), state("Ready", "Green", null, NEW)));
    clock += 10;
    play(verdict, List.of(state("Ready", "Red", null, NEW)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(verdict.reasons().get(0)).contains("health checks found " + ENV + " unhealthy").contains("Red");
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
  void aFailedConfigurationUpdateFailsAtOnceAndAFailedRestartWhenReadyAgain() {
    ChangeVerdict setenv = new ChangeVerdict(ChangeKind.UPDATE, OLD, OLD, Set.of("Green"), GRACE);
    play(setenv, List.of(info("Environment update is starting."), error("Failed to deploy configuration.")));
    assertThat(setenv.outcome()).isEqualTo(Outcome.FAILED);

    ChangeVerdict restart = new ChangeVerdict(ChangeKind.UPDATE, OLD, OLD, Set.of("Green"), GRACE);
    play(restart, List.of(info("restartAppServer is starting."),
        error("Unsuccessful command execution on instance id(s) 'i-0abc123'. Aborting the operation."),
        state("Ready", "Red", "Severe", OLD)));
    assertThat(restart.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(restart.reasons().get(0)).contains("Ready again");
  }

  @Test
  void aRestartIsCompleteOnItsOwnEventAndJudgedByHealthToo() {
    ChangeVerdict verdict = new ChangeVerdict(ChangeKind.UPDATE, OLD, OLD, Set.of("Green"), GRACE);
    play(verdict, List.of(info("restartAppServer is starting."), info("restartAppServer completed successfully."),
        state("Ready", "Green", "Ok", OLD)));
    assertThat(verdict.judgingHealth()).isTrue();
    play(verdict, List.of(ok(OLD), ok(OLD)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.SUCCEEDED);
  }

  @Test
  void aWarningIsNotAFailure() {
    ChangeVerdict verdict = update();
    play(verdict, concat(List.of(warn("Failed to deploy application.")), updateInProgress().toArray(Step[]::new)));
    play(verdict, List.of(state("Ready", "Green", "Ok", NEW), ok(NEW), ok(NEW)));
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
  void yellowPassesWhenGreenAndYellowAreAccepted() {
    ChangeVerdict verdict = update("Green", "Yellow");
    play(verdict, concat(updateInProgress(), state("Ready", "Yellow", "Warning", NEW),
        instance("Yellow", "Warning", NEW, "Deployed"), instance("Yellow", "Warning", NEW, "Deployed")));
    assertThat(verdict.outcome()).isEqualTo(Outcome.SUCCEEDED);
  }

  @Test
  void yellowStaysPendingWhenOnlyGreenIsAccepted() {
    ChangeVerdict verdict = update("Green");
    play(verdict, concat(updateInProgress(), state("Ready", "Yellow", "Warning", NEW),
        instance("Yellow", "Warning", NEW, "Deployed"), instance("Yellow", "Warning", NEW, "Deployed")));
    assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
    assertThat(verdict.wantsCauses(verdict.lastState())).isTrue();
  }

  @Test
  void acceptedHealthIgnoresCase() {
    ChangeVerdict verdict = new ChangeVerdict(ChangeKind.UPDATE, NEW, OLD, Set.of("GREEN"), GRACE);
    play(verdict, concat(updateInProgress(), state("Ready", "Green", "Ok", NEW), ok(NEW), ok(NEW)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.SUCCEEDED);
  }

  @Test
  void thePreviousVersionAfterTheCompletionFailsSayingEbPutItBack() {
    ChangeVerdict verdict = update();
    play(verdict, List.of(
        info("Environment update is starting."),
        state("Updating", "Grey", "Info", OLD),
        info("Environment update completed successfully."),
        state("Ready", "Green", "Ok", OLD)));

    assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(verdict.reasons()).hasSize(1);
    assertThat(verdict.reasons().get(0)).contains(OLD).contains(NEW).contains(ENV).contains("previous version back");
  }

  @Test
  void aThirdVersionAfterTheCompletionIsAnotherDeploymentNamedWithItsLabel() {
    ChangeVerdict verdict = update();
    play(verdict, concat(updateInProgress(), state("Ready", "Green", "Ok", "1.6.0-other")));
    assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(verdict.reasons().get(0))
        .isEqualTo(ENV + " now runs 1.6.0-other, not " + NEW + ": another deployment replaced this one while it was"
            + " being judged (two pipelines at once?). 1.6.0-other is what serves now.");
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

    play(verdict, List.of(
        info("Environment update completed successfully."), state("Ready", "Green", "Ok", NEW), ok(NEW), ok(NEW)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.SUCCEEDED);
  }

  @Test
  void launchSucceedsAfterSuccessfullyLaunchedAndHealthyRefreshes() {
    ChangeVerdict verdict = of(ChangeKind.LAUNCH, NEW);
    play(verdict, List.of(
        info("createEnvironment is starting."),
        state("Launching", "Grey", "Pending", null),
        info("Using elasticbeanstalk-us-east-1-123456789012 as Amazon S3 storage bucket for environment data."),
        info("Created load balancer named: awseb-e-a-AWSEBLoa-1XYZ"),
        state("Launching", "Grey", "Pending", NEW),
        info("Instance deployment completed successfully."),
        info("Successfully launched environment: " + ENV),
        state("Ready", "Grey", "NoData", NEW),
        instance("Grey", "Pending", NEW, "Deployed"),
        state("Ready", "Green", "Ok", NEW),
        ok(NEW)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
    play(verdict, List.of(ok(NEW)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.SUCCEEDED);
  }

  @Test
  void launchFailsAtOnceOnFailedToLaunch() {
    ChangeVerdict verdict = of(ChangeKind.LAUNCH, NEW);
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
        error("Another error after the verdict."), state("Ready", "Green", "Ok", NEW), ok(NEW), ok(NEW)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(verdict.reasons()).isEqualTo(reasons);
  }

  @Test
  void settleSucceedsOnReadyWhateverItRunsAndIgnoresTerminalMessages() {
    ChangeVerdict verdict = of(ChangeKind.SETTLE, null);
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
  void aSwapSucceedsOnEbsCompletedSwappingEventNotWhenTheCallReturns() {
    ChangeVerdict verdict = of(ChangeKind.SWAP, null);
    List<Outcome> outcomes =
        play(verdict, List.of(
            info("swapEnvironmentCNAMEs is starting."),
            state("Ready", "Green", "Ok", OLD),
            info("'shop-prod.eba-xyz.us-east-1.elasticbeanstalk.com' now points to 'shop-green'."),
            info("Completed swapping CNAMEs for environments 'shop-prod' and 'shop-green'.")));
    assertThat(outcomes).containsExactly(Outcome.PENDING, Outcome.PENDING, Outcome.PENDING, Outcome.SUCCEEDED);
  }

  @Test
  void terminateSucceedsOnTerminated() {
    ChangeVerdict verdict = of(ChangeKind.TERMINATE, null);
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
    ChangeVerdict verdict = of(ChangeKind.TERMINATE, null);
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
    ChangeVerdict verdict = of(ChangeKind.TERMINATE, null);
    play(verdict, List.of(state("Ready", "Green", "Ok", OLD), state("Terminating", "Grey", null, OLD)));
    assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
  }

  @Test
  void wantsCausesOnlyForAnUnhealthyReadyEnvironmentWithEnhancedHealthBeingDeployed() {
    EnvironmentState readyRed = state("Ready", "Red", "Severe", NEW).state();
    EnvironmentState readyGreen = state("Ready", "Green", "Ok", NEW).state();
    EnvironmentState updatingRed = state("Updating", "Red", "Severe", NEW).state();
    EnvironmentState readyYellow = state("Ready", "Yellow", "Warning", NEW).state();
    EnvironmentState basicRed = state("Ready", "Red", null, NEW).state();

    assertThat(update().wantsCauses(readyRed)).isTrue();
    assertThat(update().wantsCauses(readyYellow)).isTrue();
    assertThat(update("Green", "Yellow").wantsCauses(readyYellow)).isFalse();
    assertThat(update().wantsCauses(readyGreen)).isFalse();
    assertThat(update().wantsCauses(updatingRed)).isFalse();
    assertThat(update().wantsCauses(basicRed)).as("basic health has no causes to ask for").isFalse();
    assertThat(of(ChangeKind.LAUNCH, NEW).wantsCauses(readyRed)).isTrue();
    assertThat(of(ChangeKind.SETTLE, null).wantsCauses(readyRed)).isFalse();
    assertThat(of(ChangeKind.TERMINATE, null).wantsCauses(readyRed)).isFalse();
  }
}
