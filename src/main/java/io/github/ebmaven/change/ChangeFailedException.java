package io.github.ebmaven.change;

import io.github.ebmaven.report.EbException;

/** Elastic Beanstalk reported that a change to an environment (a launch, deployment, update, restart...) or a version failed. */
public class ChangeFailedException extends EbException {

  private static final long serialVersionUID = 1L;

  public ChangeFailedException(String message) {
    super(message);
  }
}
