package io.github.ebmaven.report;

/**
 * An expected failure caused by the user's configuration, project or target environment. The
 * message is shown to the user as is: it names the POM element or {@code -Deb.*} property at fault
 * and gives one concrete fix. The Maven side maps it to a build failure, not an internal error.
 */
public class EbException extends Exception {

  private static final long serialVersionUID = 1L;

  public EbException(String message) {
    super(message);
  }

  public EbException(String message, Throwable cause) {
    super(message, cause);
  }
}
