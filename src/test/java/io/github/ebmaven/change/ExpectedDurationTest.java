package io.github.ebmaven.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ebmaven.aws.EbEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectedDurationTest {

  private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

  private static EbEvent event(long atSeconds, String message, String requestId) {
    return new EbEvent(T0.plusSeconds(atSeconds), "INFO", message, requestId, "shop-prod", null);
  }

  /** The events of one successful update that started at {@code start} and took {@code seconds}. */
  private static List<EbEvent> update(String requestId, long start, long seconds) {
    return List.of(
        event(start, "Environment update is starting.", requestId),
        event(start + 4, "Deploying new version to instance(s).", requestId),
        event(start + seconds - 1, "New application version was deployed to running EC2 instances.", requestId),
        event(start + seconds, "Environment update completed successfully.", requestId));
  }

  @Test
  void noHistoryMeansNoExpectation() {
    assertThat(ExpectedDuration.ofUpdates(List.of())).isNull();
    assertThat(ExpectedDuration.ofUpdates(List.of(
            event(0, "createEnvironment is starting.", "r0"),
            event(200, "Successfully launched environment: shop-prod", "r0"))))
        .isNull();
  }

  @Test
  void oneUpdateGivesItsDuration() {
    assertThat(ExpectedDuration.ofUpdates(update("r1", 0, 47))).isEqualTo(Duration.ofSeconds(47));
  }

  @Test
  void theMedianOfTheLastThreeUpdatesIgnoringOlderOnes() {
    List<EbEvent> history = new ArrayList<>();
    history.addAll(update("r1", 0, 600)); // old and slow: out of the window
    history.addAll(update("r2", 1_000, 40));
    history.addAll(update("r3", 2_000, 90)); // an outlier the median ignores
    history.addAll(update("r4", 3_000, 44));
    assertThat(ExpectedDuration.ofUpdates(history)).isEqualTo(Duration.ofSeconds(44));
  }

  @Test
  void twoSamplesGiveTheLongerOne() {
    List<EbEvent> history = new ArrayList<>(update("r1", 0, 30));
    history.addAll(update("r2", 500, 50));
    assertThat(ExpectedDuration.ofUpdates(history)).isEqualTo(Duration.ofSeconds(50));
  }

  @Test
  void eventsInAnyOrderAsDescribeEventsReturnsThemNewestFirst() {
    List<EbEvent> history = new ArrayList<>();
    history.addAll(update("r1", 0, 40));
    history.addAll(update("r2", 1_000, 50));
    history.addAll(update("r3", 2_000, 60));
    Collections.reverse(history);
    assertThat(ExpectedDuration.ofUpdates(history)).isEqualTo(Duration.ofSeconds(50));
  }

  @Test
  void failedUpdatesAndEventsWithoutRequestIdDoNotCount() {
    List<EbEvent> history = new ArrayList<>();
    history.add(event(0, "Environment update is starting.", "failed"));
    history.add(new EbEvent(T0.plusSeconds(30), "ERROR", "Failed to deploy application.", "failed", "shop-prod", null));
    history.add(event(100, "Environment update is starting.", null));
    history.add(event(900, "Environment update completed successfully.", null));
    history.addAll(update("ok", 1_000, 52));
    assertThat(ExpectedDuration.ofUpdates(history)).isEqualTo(Duration.ofSeconds(52));
  }

  @Test
  void overlappingRequestsArePairedByRequestId() {
    List<EbEvent> history = new ArrayList<>();
    history.add(event(0, "Environment update is starting.", "a"));
    history.add(event(10, "Environment update is starting.", "b"));
    history.add(event(40, "Environment update completed successfully.", "b"));
    history.add(event(100, "Environment update completed successfully.", "a"));
    // a took 100 s, b 30 s: the median of two is the longer.
    assertThat(ExpectedDuration.ofUpdates(history)).isEqualTo(Duration.ofSeconds(100));
  }
}
