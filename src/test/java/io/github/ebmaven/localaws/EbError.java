package io.github.ebmaven.localaws;

/** An error answered in Elastic Beanstalk's error XML: code, HTTP status and message as EB sends them. */
final class EbError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final String code;
  final int status;

  EbError(String code, int status, String message) {
    super(message);
    this.code = code;
    this.status = status;
  }

  boolean senderFault() {
    return status < 500;
  }

  static EbError invalidParameter(String message) {
    return new EbError("InvalidParameterValue", 400, message);
  }

  static EbError invalidCombination(String message) {
    return new EbError("InvalidParameterCombination", 400, message);
  }

  static EbError missingParameter(String name) {
    return new EbError("MissingParameter", 400, "The request must contain the parameter " + name);
  }

  static EbError validation(String message) {
    return new EbError("ValidationError", 400, "1 validation error detected: " + message);
  }

  static EbError invalidState(String environmentName, String required) {
    return invalidParameter("Environment named " + environmentName
        + " is in an invalid state for this operation. Must be " + required + ".");
  }

  static EbError noApplication(String name) {
    return invalidParameter("No Application named '" + name + "' found.");
  }

  static EbError noEnvironment(String name) {
    return invalidParameter("No Environment found for EnvironmentName = '" + name + "'.");
  }

  static EbError noEnvironmentId(String id) {
    return invalidParameter("No Environment found for EnvironmentId = '" + id + "'.");
  }

  static EbError noVersion(String application, String label) {
    return invalidParameter("No Application Version named '" + label + "' found for application '"
        + application + "'.");
  }

  static EbError throttling() {
    return new EbError("Throttling", 400, "Rate exceeded");
  }

  static EbError internalFailure() {
    return new EbError("InternalFailure", 500, "The request processing has failed because of an unknown error, exception or failure.");
  }

  static EbError serviceUnavailable() {
    return new EbError("ServiceUnavailable", 503, "The request has failed due to a temporary failure of the server.");
  }
}
