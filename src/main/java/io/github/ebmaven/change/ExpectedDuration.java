package io.github.ebmaven.change;

import io.github.ebmaven.aws.EbEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How long the environment's recent updates took, read from its event history. */
final class ExpectedDuration {

  private static final String START = "Environment update is starting.";
  private static final String END = "Environment update completed successfully.";
  private static final int SAMPLES = 3;

  private ExpectedDuration() {}

  /** The median of the last few successful updates, or null when there were none. */
  static Duration ofUpdates(List<EbEvent> history) {
    Map<String, Instant> starts = new HashMap<>();
    List<EbEvent> ordered = new ArrayList<>(history);
    ordered.sort(java.util.Comparator.comparing(EbEvent::time));
    List<Duration> durations = new ArrayList<>();
    for (EbEvent event : ordered) {
      if (event.requestId() == null) {
        continue;
      }
      if (START.equals(event.message())) {
        starts.put(event.requestId(), event.time());
      } else if (END.equals(event.message()) && starts.containsKey(event.requestId())) {
        durations.add(Duration.between(starts.remove(event.requestId()), event.time()));
      }
    }
    if (durations.isEmpty()) {
      return null;
    }
    List<Duration> recent = new ArrayList<>(durations.subList(Math.max(0, durations.size() - SAMPLES), durations.size()));
    recent.sort(null);
    return recent.get(recent.size() / 2);
  }
}
