package io.github.ebmaven.bundle;

import io.github.ebmaven.report.EbException;

/** The bundle cannot be built from this project and configuration. */
public class BundleException extends EbException {

  private static final long serialVersionUID = 1L;

  public BundleException(String message) {
    super(message);
  }

  public BundleException(String message, Throwable cause) {
    super(message, cause);
  }
}
