package io.github.ebmaven.change;

import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.report.EbException;

/** The time budget ({@code eb.timeout}) ran out: the operation may still be going on in AWS. */
public final class TimedOutException extends EbException {

  private static final long serialVersionUID = 1L;

  private final transient EnvironmentState lastState;

  public TimedOutException(String message, EnvironmentState lastState) {
    super(message);
    this.lastState = lastState;
  }

  /** The environment as last seen before time ran out, or null when none was being watched. */
  public EnvironmentState lastState() {
    return lastState;
  }
}
