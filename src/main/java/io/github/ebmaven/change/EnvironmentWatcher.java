package io.github.ebmaven.change;

import io.github.ebmaven.aws.AwsCallException;
import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.aws.EbEvent;
import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.aws.Requested;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Formats;
import io.github.ebmaven.report.Mention;
import io.github.ebmaven.report.Reporter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Follows an environment after a change: streams its events as the EB CLI prints them, reads its
 * state when something happened, and feeds both to a {@link ChangeVerdict} until it decides or the
 * deadline passes. Polling follows {@link PollSchedule}.
 */
final class EnvironmentWatcher {

  /** Re-read the environment at least this often even without events (EB may skip one). */
  private static final Duration STATE_HEARTBEAT = Duration.ofSeconds(15);
  /** Pause between the two readings that confirm a verdict. */
  private static final Duration CONFIRMATION_PAUSE = Duration.ofMillis(300);
  /** EB stamps events with its own clock: look back a little for ours. */
  private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

  private final Beanstalk eb;
  private final Reporter reporter;
  private final Clock clock;
  private final Sleeper sleeper;

  EnvironmentWatcher(Beanstalk eb, Reporter reporter, Clock clock, Sleeper sleeper) {
    this.eb = eb;
    this.reporter = reporter;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Watches until the verdict is in.
   *
   * @param expected how long the change is expected to take, or null
   * @throws TimedOutException when the deadline passes first
   */
  ChangeResult watch(ChangeRequest request, Requested requested, Duration expected) throws EbException {
    String application = request.application();
    String environment = request.environment();
    String requestId = request.requestEventsOnly() ? requested.requestId() : null;
    ChangeVerdict verdict = new ChangeVerdict(request.kind(), request.expectedLabel(), request.acceptedHealth());
    Deadline deadline = request.deadline();
    Instant started = clock.instant();
    PollSchedule schedule = new PollSchedule(expected);
    Set<String> seen = new HashSet<>();
    List<EbEvent> events = new ArrayList<>();
    Instant eventsSince = requested.at().minus(CLOCK_SKEW);
    Instant lastStateRead = null;
    EnvironmentState state = null;
    int calls = 0;
    while (true) {
      boolean news = false;
      Instant readBefore = lastStateRead;
      boolean throttled = false;
      try {
        if (!verdict.awaitingConfirmation()) {
          calls++;
          for (EbEvent event : eb.events().of(application, environment, requestId, eventsSince)) {
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
                ? verdict.kind() == ChangeKind.SETTLE || verdict.kind() == ChangeKind.TERMINATE
                : Duration.between(lastStateRead, clock.instant()).compareTo(STATE_HEARTBEAT) >= 0;
        if (verdict.outcome() == ChangeVerdict.Outcome.PENDING && (verdict.wantsState() || heartbeat)) {
          calls++;
          EnvironmentState read = read(request);
          lastStateRead = clock.instant();
          if (read != null) {
            news |= state == null || changed(state, read);
            state = read;
            List<String> causes = List.of();
            if (verdict.wantsCauses(read)) {
              calls++;
              causes = eb.health().causes(read.name());
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
      if (verdict.outcome() == ChangeVerdict.Outcome.FAILED && lastStateRead == readBefore) {
        // EB's events decided it; one reading tells the user what the environment runs now.
        calls++;
        state = orElse(read(request), state);
      }
      if (verdict.outcome() != ChangeVerdict.Outcome.PENDING) {
        return new ChangeResult(requested, verdict.outcome(), verdict.reasons(), state, events, calls, waited);
      }
      if (deadline.expired()) {
        // The timeout message says where the environment stands.
        calls++;
        state = orElse(read(request), state);
      }
      deadline.check(
          request.waitingFor()
              + (state == null ? "" : " (" + state.name() + " is " + state.status() + ", health " + Formats.health(state) + ")"),
          "The operation goes on in Elastic Beanstalk: follow it with " + Mention.goal("events")
              + ", in the EB console, or with aws elasticbeanstalk describe-events --environment-name " + environment + ".",
          state);
      Duration pause = verdict.awaitingConfirmation() ? CONFIRMATION_PAUSE : schedule.next(waited, news, throttled);
      try {
        sleeper.sleep(deadline.cap(pause));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new EbException(
            "Interrupted while " + request.waitingFor() + ". The change goes on in Elastic Beanstalk; run the goal again to follow it.");
      }
    }
  }

  private EnvironmentState read(ChangeRequest request) throws EbException {
    Optional<EnvironmentState> state =
        request.environmentId() != null
            ? eb.environments().byId(request.environmentId())
            : eb.environments().find(request.application(), request.environment());
    return state.orElse(null);
  }

  private static EnvironmentState orElse(EnvironmentState read, EnvironmentState previous) {
    return read != null ? read : previous;
  }

  private static boolean changed(EnvironmentState before, EnvironmentState after) {
    return !Objects.equals(before.status(), after.status())
        || !Objects.equals(before.health(), after.health())
        || !Objects.equals(before.healthStatus(), after.healthStatus())
        || !Objects.equals(before.versionLabel(), after.versionLabel());
  }

  private void print(EbEvent event) {
    if ("WARN".equals(event.severity()) || event.isError()) {
      reporter.warn(event.line());
    } else {
      reporter.info(event.line());
    }
  }
}
