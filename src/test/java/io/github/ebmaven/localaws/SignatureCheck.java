package io.github.ebmaven.localaws;

/**
 * Checks the SigV4 signature of a request for one service and tells what is wrong in terms each
 * service words in its own error format.
 */
final class SignatureCheck {
  /** What is wrong with a request's signature. */
  enum Problem { MISSING, MALFORMED, WRONG_SERVICE, UNKNOWN_KEY, NO_DATE, MISMATCH }

  /** A request whose signature does not pass. */
  static final class Failed extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Problem problem;

    Failed(Problem problem) {
      super(problem.name());
      this.problem = problem;
    }
  }

  private final String accessKey;
  private final String secretKey;

  SignatureCheck(String accessKey, String secretKey) {
    this.accessKey = accessKey;
    this.secretKey = secretKey;
  }

  /**
   * Verifies a header-signed request for {@code service}.
   *
   * @return the region of the signature's credential scope
   */
  String regionOf(RequestHead head, byte[] body, String service) throws Failed {
    String header = head.header("Authorization");
    if (header == null) {
      throw new Failed(Problem.MISSING);
    }
    SigV4.Authorization auth = SigV4.Authorization.parse(header);
    if (auth == null) {
      throw new Failed(Problem.MALFORMED);
    }
    if (!service.equals(auth.credential().service())) {
      throw new Failed(Problem.WRONG_SERVICE);
    }
    if (!accessKey.equals(auth.credential().accessKey())) {
      throw new Failed(Problem.UNKNOWN_KEY);
    }
    if (head.header("X-Amz-Date") == null) {
      throw new Failed(Problem.NO_DATE);
    }
    if (!SigV4.constantTimeEquals(SigV4.expectedSignature(head, body, auth, secretKey), auth.signature())) {
      throw new Failed(Problem.MISMATCH);
    }
    return auth.credential().region();
  }
}
