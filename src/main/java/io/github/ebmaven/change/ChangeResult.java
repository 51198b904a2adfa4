package io.github.ebmaven.change;

import io.github.ebmaven.aws.EbEvent;
import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.aws.Requested;
import java.time.Duration;
import java.util.List;

/**
 * What waiting for a change saw.
 *
 * @param requested the change EB accepted
 * @param reasons why it failed: a headline, EB's ERROR events verbatim, health causes
 * @param finalState the environment as last read, or null when it never was
 * @param calls Elastic Beanstalk calls the wait made
 */
public record ChangeResult(
    Requested requested,
    ChangeVerdict.Outcome outcome,
    List<String> reasons,
    EnvironmentState finalState,
    List<EbEvent> events,
    int calls,
    Duration waited) {

  public boolean succeeded() {
    return outcome == ChangeVerdict.Outcome.SUCCEEDED;
  }

  /** The event lines, as printed. */
  public List<String> eventLines() {
    return events.stream().map(EbEvent::line).toList();
  }

  /**
   * Returns this result when the change succeeded, else throws {@code headline} followed by the
   * reasons and {@code after}.
   *
   * @param after what the user should know next (what the environment runs now, where the record is); may be empty
   */
  public ChangeResult orFail(String headline, String after) throws ChangeFailedException {
    if (succeeded()) {
      return this;
    }
    List<String> lines = new java.util.ArrayList<>(reasons);
    FailureHints.of(reasons).forEach(hint -> lines.add("Hint: " + hint));
    throw new ChangeFailedException(headline + " " + String.join("\n", lines) + (after.isEmpty() ? "" : "\n" + after));
  }
}
