package io.github.ebmaven.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

  private static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }

  private static Duration s(long seconds) {
    return Duration.ofSeconds(seconds);
  }

  @Test
  void newsMeansOneSecond() {
    PollSchedule schedule = new PollSchedule(null);
    for (int i = 0; i < 6; i++) {
      schedule.next(s(i), false, false);
    }
    assertThat(schedule.next(s(10), true, false)).isEqualTo(s(1));
    assertThat(schedule.next(s(11), true, false)).isEqualTo(s(1));
  }

  @Test
  void idlePollsSlowDownByAQuarterUpToThreeSecondsWithoutExpectation() {
    PollSchedule schedule = new PollSchedule(null);
    List<Duration> pauses = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      pauses.add(schedule.next(s(i * 3L), false, false));
    }
    assertThat(pauses)
        .containsExactly(ms(1250), ms(1562), ms(1952), ms(2440), ms(3000), ms(3000), ms(3000), ms(3000));
  }

  @Test
  void withAnExpectationItPollsSlowlyEarly() {
    PollSchedule schedule = new PollSchedule(s(45));
    assertThat(schedule.next(s(0), false, false)).isEqualTo(s(5));
    assertThat(schedule.next(s(5), false, false)).isEqualTo(s(5));
    assertThat(schedule.next(s(30), false, false)).isEqualTo(s(5));
    // News early in a change of known length ("update is starting") does not speed polling up.
    assertThat(schedule.next(s(10), true, false)).isEqualTo(s(5));
  }

  @Test
  void earlyPausesNeverOverrunTheStartOfTheFastWindow() {
    PollSchedule schedule = new PollSchedule(s(45));
    // The fast window starts at 44 s: from 40 s the pause is the 4 s left, from 43.8 s the floor.
    assertThat(schedule.next(s(40), false, false)).isEqualTo(s(4));
    assertThat(schedule.next(ms(43_800), false, false)).isEqualTo(ms(500));
  }

  @Test
  void halfSecondPollsFromOneSecondBeforeTheExpectedEndUntilTenSecondsAfter() {
    PollSchedule schedule = new PollSchedule(s(45));
    for (long at = 44_000; at < 55_000; at += 500) {
      assertThat(schedule.next(ms(at), false, false)).as("at %d ms", at).isEqualTo(ms(500));
      assertThat(schedule.next(ms(at), true, false)).as("news at %d ms", at).isEqualTo(ms(500));
    }
  }

  @Test
  void pastTheGraceItFallsBackToTheUninformedSchedule() {
    PollSchedule schedule = new PollSchedule(s(45));
    schedule.next(s(54), false, false);
    // From 55 s on the expectation is dropped: growth by a quarter from the last pause, news 1 s.
    assertThat(schedule.next(s(55), false, false)).isEqualTo(ms(625));
    assertThat(schedule.next(s(56), true, false)).isEqualTo(s(1));
    List<Duration> idle = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      idle.add(schedule.next(s(57 + i), false, false));
    }
    assertThat(idle).containsExactly(ms(1250), ms(1562), ms(1952), ms(2440), ms(3000), ms(3000));
  }

  @Test
  void throttlingDoublesThePauseUpToThirtySeconds() {
    PollSchedule schedule = new PollSchedule(null);
    List<Duration> pauses = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      pauses.add(schedule.next(s(i), false, true));
    }
    assertThat(pauses).containsExactly(s(2), s(4), s(8), s(16), s(30), s(30), s(30));
    // Once calls go through again the pause comes back within the normal bounds.
    assertThat(schedule.next(s(100), false, false)).isEqualTo(s(3));
    assertThat(schedule.next(s(103), true, false)).isEqualTo(s(1));
  }

  @Test
  void throttlingWinsEvenInsideTheFastWindow() {
    PollSchedule schedule = new PollSchedule(s(45));
    assertThat(schedule.next(s(44), false, false)).isEqualTo(ms(500));
    assertThat(schedule.next(s(44), false, true)).isEqualTo(s(1));
    assertThat(schedule.next(s(45), false, true)).isEqualTo(s(2));
  }

  /**
   * A 45 s update whose duration was learnt from history: events arrive as EB sends them (start,
   * deploying, instance done, completion at 45 s). Polls are cheap early and dense at the end.
   */
  @Test
  void aKnownFortyFiveSecondUpdateCostsFewPollsAndIsSeenEndingWithinASecond() {
    long end = 45_000;
    long[] eventTimes = {300, 6_000, 38_000, 44_200, end};
    PollSchedule schedule = new PollSchedule(Duration.ofMillis(end));
    long now = 0;
    long lastPoll = 0;
    int pollsUntilEnd = 0;
    long firstPollAfterEnd = -1;
    while (firstPollAfterEnd < 0) {
      boolean news = false;
      for (long t : eventTimes) {
        news |= t > lastPoll && t <= now;
      }
      lastPoll = now;
      if (now >= end) {
        firstPollAfterEnd = now;
        break;
      }
      pollsUntilEnd++;
      now += schedule.next(Duration.ofMillis(now), news, false).toMillis();
    }
    assertThat(pollsUntilEnd / 45.0).as("polls per second over %d polls", pollsUntilEnd).isLessThanOrEqualTo(0.5);
    assertThat(firstPollAfterEnd - end).isBetween(0L, 1_000L);
  }

  @Test
  void withoutTheExpectationTheSameUpdateIsPolledMoreOften() {
    // The reference the informed schedule is measured against: 1 s after news, up to 3 s idle.
    PollSchedule schedule = new PollSchedule(null);
    long now = 0;
    int polls = 0;
    while (now < 45_000) {
      polls++;
      now += schedule.next(Duration.ofMillis(now), false, false).toMillis();
    }
    assertThat(polls).isGreaterThan(15);
  }
}
