package io.github.ebmaven.aws;

import io.github.ebmaven.report.EbException;

/** An AWS call that failed; the message quotes AWS's own error. */
public class AwsCallException extends EbException {

  private static final long serialVersionUID = 1L;

  private final String action;
  private final String errorCode;
  private final String awsMessage;

  AwsCallException(String action, String errorCode, String awsMessage, Throwable cause) {
    this("Elastic Beanstalk", action, errorCode, awsMessage, cause);
  }

  /** @param service the service called, as the message names it: {@code EC2}, {@code Systems Manager} */
  AwsCallException(String service, String action, String errorCode, String awsMessage, Throwable cause) {
    super(service + " " + action + " failed: " + awsMessage + (errorCode.isEmpty() ? "" : " (" + errorCode + ")"), cause);
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

  /** AWS refused the call for lack of permission ({@code AccessDenied}, {@code UnauthorizedOperation}). */
  public boolean isAccessDenied() {
    return errorCode.startsWith("AccessDenied") || "UnauthorizedOperation".equals(errorCode);
  }

  public boolean isThrottling() {
    return "Throttling".equals(errorCode) || "ThrottlingException".equals(errorCode);
  }
}
