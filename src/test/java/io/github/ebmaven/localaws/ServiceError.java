package io.github.ebmaven.localaws;

/** An error of the EC2 or Systems Manager API: the code, HTTP status and message the service sends. */
final class ServiceError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final String code;
  final int status;

  ServiceError(String code, int status, String message) {
    super(message);
    this.code = code;
    this.status = status;
  }
}
