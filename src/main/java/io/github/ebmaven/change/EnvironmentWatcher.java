package io.github.ebmaven.change;

import io.github.ebmaven.aws.AwsCallException;
import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.aws.Requested;
import io.github.ebmaven.aws.EbEvent;
import io.github.ebmaven.aws.EnvironmentState;
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
  /** In the health phase, read EB's events (health transitions) at most this often. */
  private static final Duration HEALTH_EVENTS_EVERY = Duration.ofSeconds(5);
  /** EB stamps events with its own clock: look back a little for ours. */
  private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

  private final Beanstalk eb;
  private final Reporter reporter;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration healthGrace;

  EnvironmentWatcher(Beanstalk eb, Reporter reporter, Clock clock, Sleeper sleeper, Duration healthGrace) {
    this.eb = eb;
    this.reporter = reporter;
    this.clock = clock;
    this.sleeper = sleeper;
    this.healthGrace = healthGrace;
  }

  /**
   * Watches until the verdict is in.
   *
   * @param expected how long the change is expected to take, or null
   * @throws TimedOutException when the deadline passes first
   */
  ChangeResult watch(ChangeRequest request, Requested requested, Duration expected) throws EbException {
    Watch watch = new Watch(request, requested, expected);
    while (true) {
      ChangeResult result = watch.poll();
      if (result != null) {
        return result;
      }
      watch.pause();
    }
  }

  /** One wait: what was seen so far, and the next poll. */
  private final class Watch {
    private final ChangeRequest request;
    private final Requested requested;
    private final ChangeVerdict verdict;
    private final PollSchedule schedule;
    private final Instant started = clock.instant();
    private final Set<String> seen = new HashSet<>();
    private final List<EbEvent> events = new ArrayList<>();
    private Instant eventsSince;
    private Instant lastStateRead;
    private Instant lastEventsRead;
    private EnvironmentState state;
    private int calls;
    private boolean news;
    private boolean throttled;
    private boolean saidThrottled;

    Watch(ChangeRequest request, Requested requested, Duration expected) {
      this.request = request;
      this.requested = requested;
      this.verdict = new ChangeVerdict(request.kind(), request.expectedLabel(), request.previousLabel(),
          request.acceptedHealth(), healthGrace);
      this.schedule = new PollSchedule(expected);
      this.eventsSince = requested.at().minus(CLOCK_SKEW);
    }

    /** Reads what is due; returns the result once the verdict is in, else null. */
    ChangeResult poll() throws EbException {
      news = false;
      throttled = false;
      Instant readBefore = lastStateRead;
      try {
        if (!verdict.judgingHealth() || due(lastEventsRead, HEALTH_EVENTS_EVERY)) {
          readEvents();
        }
        if (verdict.wantsInstances()) {
          calls++;
          verdict.onInstances(eb.health().instancesReading(request.environment()), clock.instant());
        }
        boolean heartbeat =
            lastStateRead == null && (verdict.kind() == ChangeKind.SETTLE || verdict.kind() == ChangeKind.TERMINATE)
                || due(lastStateRead == null ? started : lastStateRead, STATE_HEARTBEAT);
        if (verdict.outcome() == ChangeVerdict.Outcome.PENDING && (verdict.wantsState() || heartbeat)) {
          readState();
        }
      } catch (AwsCallException e) {
        if (e.isUnreachable()) {
          throw lostContact(e);
        }
        if (e.awsMessage() != null && e.awsMessage().startsWith("No Environment found")) {
          throw gone();
        }
        if (!e.isThrottling()) {
          throw e;
        }
        throttled = true;
        if (!saidThrottled) {
          reporter.info("Elastic Beanstalk is throttling requests: waiting longer between calls (still within "
              + Mention.setting("eb.timeout") + ")");
          saidThrottled = true;
        }
      }
      if (verdict.outcome() == ChangeVerdict.Outcome.FAILED && lastStateRead == readBefore) {
        // EB's events decided it; one reading tells the user what the environment runs now.
        calls++;
        state = orElse(read(request), state);
      }
      if (verdict.outcome() != ChangeVerdict.Outcome.PENDING) {
        return new ChangeResult(requested, verdict.outcome(), verdict.reasons(), state, events, calls,
            Duration.between(started, clock.instant()));
      }
      if (request.deadline().expired()) {
        // The timeout message says where the environment stands.
        calls++;
        state = orElse(read(request), state);
      }
      request.deadline().check(
          request.waitingFor()
              + (state == null ? "" : " (" + state.name() + " is " + state.status() + ", health " + Formats.health(state) + ")"),
          "The operation goes on in Elastic Beanstalk: follow it with " + Mention.goal("events")
              + ", in the EB console, or with aws elasticbeanstalk describe-events --environment-name " + request.environment() + ".",
          state);
      return null;
    }

    void pause() throws EbException {
      Duration waited = Duration.between(started, clock.instant());
      Duration pause =
          verdict.judgingHealth() && !throttled
              ? verdict.healthPause(clock.instant())
              : schedule.next(waited, news, throttled);
      try {
        sleeper.sleep(request.deadline().cap(pause));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new EbException(
            "Interrupted while " + request.waitingFor() + ". The change goes on in Elastic Beanstalk; run the goal again to follow it.");
      }
    }

    private void readEvents() throws EbException {
      calls++;
      lastEventsRead = clock.instant();
      // After the completion, health transitions matter, and EB writes them without a request id.
      String requestId = request.requestEventsOnly() && verdict.completedAt() == null ? requested.requestId() : null;
      for (EbEvent event : eb.events().of(request.application(), request.environment(), requestId, eventsSince)) {
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

    private void readState() throws EbException {
      calls++;
      EnvironmentState read = read(request);
      lastStateRead = clock.instant();
      if (read == null) {
        throw gone();
      }
      news |= state == null || changed(state, read);
      state = read;
      List<String> causes = List.of();
      if (verdict.wantsCauses(read)) {
        calls++;
        causes = eb.health().causes(read.name());
      }
      verdict.onState(read, causes, lastStateRead);
    }

    private boolean due(Instant last, Duration every) {
      return last == null || Duration.between(last, clock.instant()).compareTo(every) >= 0;
    }

    private ChangeFailedException gone() {
      return new ChangeFailedException(
          "Environment " + request.environment() + " no longer exists in " + eb.location() + " while " + request.waitingFor()
              + ": it was terminated by someone else, or the endpoint lost its state. Check it with "
              + Mention.goal("status") + ".");
    }

    private EbException lostContact(AwsCallException e) {
      return new EbException(
          "Lost contact with Elastic Beanstalk at " + eb.location() + " while " + request.waitingFor() + " ("
              + e.awsMessage() + "). The change may go on in AWS: once it is reachable, follow it with "
              + Mention.goal("events") + " or " + Mention.goal("status") + ".", e);
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
