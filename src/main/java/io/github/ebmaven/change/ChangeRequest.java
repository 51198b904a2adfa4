package io.github.ebmaven.change;

import java.util.Set;

/**
 * One change to wait for: which environment, what success looks like, and within which budget.
 * Build one with the factory for its kind, then adjust it with the {@code with...} methods.
 *
 * @param environmentId read the environment by id (it may end Terminated), or null to read it by name
 * @param expectedLabel the version the environment must run at the end (LAUNCH, UPDATE)
 * @param acceptedHealth health colours that count as healthy (LAUNCH, UPDATE)
 * @param waitingFor what the user is told is awaited, in timeout messages: "waiting for shop-env to launch"
 * @param requestEventsOnly follow only the events of the change's own request; false follows all
 *     of the environment's events (an abort's events carry the aborted update's request id)
 * @param previousLabel what the environment ran before (UPDATE), to tell EB's rollback from another
 *     deployment; may be null
 */
public record ChangeRequest(
    String application,
    String environment,
    String environmentId,
    ChangeKind kind,
    String expectedLabel,
    Set<String> acceptedHealth,
    Deadline deadline,
    String waitingFor,
    boolean requestEventsOnly,
    String previousLabel) {

  public ChangeRequest {
    acceptedHealth = Set.copyOf(acceptedHealth);
  }

  /** A new environment launching with {@code label}. */
  public static ChangeRequest launch(
      String application, String environment, String label, Set<String> acceptedHealth, Deadline deadline) {
    return new ChangeRequest(application, environment, null, ChangeKind.LAUNCH, label, acceptedHealth, deadline,
        "waiting for " + environment + " to launch", true, null);
  }

  /** A running environment updated to run {@code label} (its current one for settings-only changes). */
  public static ChangeRequest update(
      String application, String environment, String label, Set<String> acceptedHealth, Deadline deadline) {
    return new ChangeRequest(application, environment, null, ChangeKind.UPDATE, label, acceptedHealth, deadline,
        "waiting for " + environment + " to run " + label, true, null);
  }

  /** A busy environment becoming Ready again, whatever it runs. */
  public static ChangeRequest settle(String application, String environment, Deadline deadline) {
    return new ChangeRequest(application, environment, null, ChangeKind.SETTLE, null, Set.of(), deadline,
        "waiting for " + environment + " to be Ready", true, null);
  }

  /** An environment being terminated; read by id, since it ends Terminated. */
  public static ChangeRequest terminate(String application, String environment, String environmentId, Deadline deadline) {
    return new ChangeRequest(application, environment, environmentId, ChangeKind.TERMINATE, null, Set.of(), deadline,
        "waiting for " + environment + " to terminate", true, null);
  }

  /** Two environments' CNAMEs being swapped, watched on {@code environment}. */
  public static ChangeRequest swap(String application, String environment, String other, Deadline deadline) {
    return new ChangeRequest(application, environment, null, ChangeKind.SWAP, null, Set.of(), deadline,
        "waiting for the CNAMEs of " + environment + " and " + other + " to be swapped", true, null);
  }

  public ChangeRequest withEnvironmentId(String id) {
    return new ChangeRequest(application, environment, id, kind, expectedLabel, acceptedHealth, deadline, waitingFor,
        requestEventsOnly, previousLabel);
  }

  public ChangeRequest waitingFor(String text) {
    return new ChangeRequest(application, environment, environmentId, kind, expectedLabel, acceptedHealth, deadline, text,
        requestEventsOnly, previousLabel);
  }

  /** Follows every event of the environment, not only the request's own. */
  public ChangeRequest followingAllEvents() {
    return new ChangeRequest(application, environment, environmentId, kind, expectedLabel, acceptedHealth, deadline,
        waitingFor, false, previousLabel);
  }

  /** Remembers what the environment ran before the change. */
  public ChangeRequest replacing(String label) {
    return new ChangeRequest(application, environment, environmentId, kind, expectedLabel, acceptedHealth, deadline,
        waitingFor, requestEventsOnly, label);
  }
}
