package io.github.ebmaven.deploy;

import io.github.ebmaven.report.EbException;

/** Elastic Beanstalk reported that a deployment, launch or version failed. */
public class DeploymentFailedException extends EbException {

  private static final long serialVersionUID = 1L;

  public DeploymentFailedException(String message) {
    super(message);
  }
}
