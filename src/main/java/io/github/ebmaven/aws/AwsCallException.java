package io.github.ebmaven.aws;

import io.github.ebmaven.report.EbException;

/** An AWS call that failed; the message quotes AWS's own error. */
public class AwsCallException extends EbException {

  private static final long serialVersionUID = 1L;

  private final String action;
  private final String errorCode;
  private final String awsMessage;
  private final int status;

  AwsCallException(String service, String action, String errorCode, String awsMessage, Throwable cause) {
    this(service, action, errorCode, awsMessage, cause, 0);
  }

  /**
   * @param service how the user knows the service: {@code Elastic Beanstalk}, {@code IAM}, {@code STS}
   * @param status the HTTP status of the answer, 0 when there was none
   */
  AwsCallException(String service, String action, String errorCode, String awsMessage, Throwable cause, int status) {
    super(service + " " + action + " failed: " + describe(awsMessage, cause) + (errorCode.isEmpty() ? "" : " (" + errorCode + ")")
        + Hints.of(action, errorCode, awsMessage), cause);
    this.status = status;
    this.action = action;
    this.errorCode = errorCode;
    this.awsMessage = awsMessage;
  }

  public String action() {
    return action;
  }

  /** AWS's error code, such as {@code InvalidParameterValue} or {@code Throttling}; may be empty. */
  public String errorCode() {
    return errorCode;
  }

  /** AWS's message, verbatim. */
  public String awsMessage() {
    return awsMessage;
  }

  /** EB refused because the environment is busy ("... invalid state for this operation. Must be Ready."). */
  public boolean isNotReady() {
    return awsMessage != null && awsMessage.contains("Must be Ready");
  }

  /** The caller lacks the permission ({@code AccessDenied}, {@code AccessDeniedException}, {@code UnauthorizedOperation}). */
  public boolean isAccessDenied() {
    return errorCode.startsWith("AccessDenied") || "UnauthorizedOperation".equals(errorCode);
  }

  /** The service could not be reached at all (connection refused, unknown host, connect timeout). */
  public boolean isUnreachable() {
    for (Throwable t = getCause(); t != null; t = t.getCause()) {
      if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
          || t instanceof java.net.NoRouteToHostException || t instanceof java.net.SocketTimeoutException
          || t instanceof java.net.http.HttpConnectTimeoutException) {
        return true;
      }
    }
    return false;
  }

  /** EB's own failure (HTTP 500 InternalFailure, 503 ServiceUnavailable), worth retrying. */
  public boolean isServerError() {
    return status >= 500 || "InternalFailure".equals(errorCode) || "ServiceUnavailable".equals(errorCode);
  }

  public boolean isThrottling() {
    return "Throttling".equals(errorCode) || "ThrottlingException".equals(errorCode);
  }

  /** AWS's message, or for a call that never got an answer, what went wrong on the way, without the SDK's retry notes. */
  private static String describe(String awsMessage, Throwable cause) {
    if (awsMessage != null && awsMessage.startsWith("Unable to execute HTTP request")) {
      for (Throwable t = cause; t != null; t = t.getCause()) {
        if (t instanceof java.net.ConnectException) {
          return "connection refused (nothing listens there)";
        }
        if (t instanceof java.net.UnknownHostException) {
          return "unknown host " + t.getMessage();
        }
        if (t instanceof java.net.SocketTimeoutException) {
          return "no answer in time (" + t.getMessage() + ")";
        }
      }
    }
    return awsMessage;
  }
}
