package io.github.ebmaven.localaws;

import java.time.Duration;

/**
 * One asynchronous environment operation (launch, update, restart, rebuild, terminate, abort):
 * its events carry the request id of the call that started it, its steps run later under the
 * emulator's lock, and a newer operation on the same environment (or its termination) makes the
 * remaining steps of this one do nothing, as a superseded EB workflow does.
 */
final class Operation {
  final EbEmulator eb;
  final EbState state;
  final EbState.Environment env;
  final String requestId;
  private final int generation;

  private Operation(EbEmulator eb, EbState state, EbState.Environment env, String requestId) {
    this.eb = eb;
    this.state = state;
    this.env = env;
    this.requestId = requestId;
    this.generation = ++env.generation;
  }

  /** Starts an operation: every operation begun earlier on this environment stops where it is. */
  static Operation begin(EbEmulator eb, EbState state, EbState.Environment env, String requestId) {
    return new Operation(eb, state, env, requestId);
  }

  /** Whether this is still the environment's latest operation. */
  boolean current() {
    return env.generation == generation;
  }

  /** Runs {@code step} after {@code delay} if this operation is still current then. */
  void at(Duration delay, Runnable step) {
    eb.schedule(delay, () -> {
      if (current()) {
        step.run();
      }
    });
  }

  /** Runs {@code step} at {@code fraction} of {@code total}. */
  void at(Duration total, double fraction, Runnable step) {
    at(Duration.ofMillis(Math.round(total.toMillis() * fraction)), step);
  }

  void info(String message) {
    event("INFO", message, null);
  }

  void error(String message) {
    event("ERROR", message, null);
  }

  void event(String severity, String message, String versionLabel) {
    state.event(eb.now(), severity, message, env.application, env.name, versionLabel, requestId);
  }

  /** Marks the environment Ready (or another status) at the end of the operation. */
  void finish(String status) {
    env.status = status;
    env.abortable = false;
    env.updated = eb.now();
    env.operationEnded = eb.now();
  }
}
