package io.github.ebmaven.deploy;

import io.github.ebmaven.aws.AwsCallException;
import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.aws.EbEvent;
import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Follows an environment after a change: streams its events as the EB CLI prints them, reads its
 * state when something happened, and feeds both to a {@link DeploymentVerdict} until it decides or
 * the deadline passes. Polling follows {@link PollSchedule}.
 */
public final class EnvironmentWatcher {

  /** Re-read the environment at least this often even without events (EB may skip one). */
  private static final Duration STATE_HEARTBEAT = Duration.ofSeconds(15);
  /** Pause between the two readings that confirm a verdict. */
  private static final Duration CONFIRMATION_PAUSE = Duration.ofMillis(300);
  /** EB stamps events with its own clock: look back a little for ours. */
  private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

  /** Pauses between polls; tests replace it. */
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    Sleeper REAL = duration -> Thread.sleep(Math.max(0, duration.toMillis()));
  }

  /** What a watch saw. */
  public record Result(
      DeploymentVerdict.Outcome outcome,
      List<String> reasons,
      EnvironmentState finalState,
      List<EbEvent> events,
      int calls,
      Duration waited) {}

  private final Beanstalk eb;
  private final Reporter reporter;
  private final Clock clock;
  private final Sleeper sleeper;

  public EnvironmentWatcher(Beanstalk eb, Reporter reporter, Clock clock, Sleeper sleeper) {
    this.eb = eb;
    this.reporter = reporter;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Watches until the verdict is in.
   *
   * @param requestId the request whose events to follow, or null to follow all events since {@code since}
   * @param environmentId read by id when the environment may end Terminated, else null
   * @param expected how long the change is expected to take, or null
   * @throws Deadline.DeployTimeoutException when the deadline passes first
   */
  public Result watch(
      String application,
      String environment,
      String environmentId,
      String requestId,
      Instant since,
      DeploymentVerdict verdict,
      Deadline deadline,
      Duration expected,
      String waitingFor)
      throws EbException {
    Instant started = clock.instant();
    PollSchedule schedule = new PollSchedule(expected);
    Set<String> seen = new HashSet<>();
    List<EbEvent> events = new ArrayList<>();
    Instant eventsSince = since.minus(CLOCK_SKEW);
    Instant lastStateRead = null;
    EnvironmentState state = null;
    int calls = 0;
    while (true) {
      boolean news = false;
      Instant readBefore = lastStateRead;
      boolean throttled = false;
      try {
        boolean confirming = verdict.awaitingConfirmation();
        if (!confirming) {
          calls++;
          for (EbEvent event : eb.events(application, environment, requestId, eventsSince)) {
            if (seen.add(event.time() + "|" + event.requestId() + "|" + event.message())) {
              events.add(event);
              print(event);
              verdict.onEvent(event);
              news = true;
            }
            if (event.time().isAfter(eventsSince)) {
              eventsSince = event.time();
            }
          }
        }
        boolean heartbeat =
            lastStateRead == null
                ? verdict.goal() == DeploymentVerdict.Goal.SETTLE || verdict.goal() == DeploymentVerdict.Goal.TERMINATE
                : Duration.between(lastStateRead, clock.instant()).compareTo(STATE_HEARTBEAT) >= 0;
        if (verdict.outcome() == DeploymentVerdict.Outcome.PENDING && (verdict.wantsState() || heartbeat)) {
          calls++;
          EnvironmentState read = read(application, environment, environmentId);
          lastStateRead = clock.instant();
          if (read != null) {
            news |= state == null || changed(state, read);
            state = read;
            List<String> causes = List.of();
            if (verdict.wantsCauses(read)) {
              calls++;
              causes = eb.healthCauses(read.name());
            }
            verdict.onState(read, causes);
          }
        }
      } catch (AwsCallException e) {
        if (!e.isThrottling()) {
          throw e;
        }
        throttled = true;
        reporter.debug("Throttled by Elastic Beanstalk; polling less often");
      }
      Duration waited = Duration.between(started, clock.instant());
      if (verdict.outcome() == DeploymentVerdict.Outcome.FAILED && lastStateRead == readBefore) {
        // EB's events decided it; one reading tells the user what the environment runs now.
        calls++;
        state = orElse(read(application, environment, environmentId), state);
      }
      if (verdict.outcome() != DeploymentVerdict.Outcome.PENDING) {
        return new Result(verdict.outcome(), verdict.reasons(), state, events, calls, waited);
      }
      if (deadline.expired()) {
        // The timeout message says where the environment stands.
        calls++;
        state = orElse(read(application, environment, environmentId), state);
      }
      deadline.check(
          waitingFor + (state == null ? "" : " (" + state.name() + " is " + state.status() + ", health " + DeploymentVerdict.health(state) + ")"),
          "The operation goes on in Elastic Beanstalk: follow it in the EB console, or with aws elasticbeanstalk describe-events --environment-name " + environment + ".");
      Duration pause =
          verdict.awaitingConfirmation() ? CONFIRMATION_PAUSE : schedule.next(waited, news, throttled);
      Duration remaining = deadline.remaining();
      try {
        sleeper.sleep(pause.compareTo(remaining) < 0 ? pause : remaining);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new EbException(
            "Interrupted while " + waitingFor + ". The change goes on in Elastic Beanstalk; run the goal again to follow it.");
      }
    }
  }

  private EnvironmentState read(String application, String environment, String environmentId)
      throws EbException {
    Optional<EnvironmentState> state =
        environmentId != null ? eb.environmentById(environmentId) : eb.environment(application, environment);
    return state.orElse(null);
  }

  private static EnvironmentState orElse(EnvironmentState read, EnvironmentState previous) {
    return read != null ? read : previous;
  }

  private static boolean changed(EnvironmentState before, EnvironmentState after) {
    return !java.util.Objects.equals(before.status(), after.status())
        || !java.util.Objects.equals(before.health(), after.health())
        || !java.util.Objects.equals(before.healthStatus(), after.healthStatus())
        || !java.util.Objects.equals(before.versionLabel(), after.versionLabel());
  }

  private void print(EbEvent event) {
    if ("WARN".equals(event.severity()) || event.isError()) {
      reporter.warn(event.line());
    } else {
      reporter.info(event.line());
    }
  }
}
