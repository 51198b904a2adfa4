package io.github.ebmaven.localaws;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The frame of an AWS API the endpoint answers besides EB and S3: claims the requests signed for
 * its service, checks the signature, runs the action, answers in the service's own format,
 * records the call as {@code <service>:<Action>} and applies the slow-response fault.
 */
abstract class SignedApi implements LocalService {
  private static final int MAX_BODY = 1024 * 1024;

  /** A complete answer. */
  record Reply(int status, String contentType, String body) { }

  private final String service;
  private final SignatureCheck signatures;
  protected final EbEmulator eb;
  private final Calls calls;
  private final Faults faults;

  SignedApi(String service, LocalAwsOptions options, EbEmulator eb, Calls calls, Faults faults) {
    this.service = service;
    this.signatures = new SignatureCheck(options.accessKey(), options.secretKey());
    this.eb = eb;
    this.calls = calls;
    this.faults = faults;
  }

  @Override
  public final boolean claims(RequestHead head) {
    return service.equals(SigV4.signedService(head));
  }

  /** The action a request names, or null. */
  abstract String actionOf(RequestHead head, byte[] body);

  /** Runs an action for a region; throws {@link ServiceError} for the service's errors. */
  abstract Reply run(String action, String region, RequestHead head, byte[] body, String requestId);

  /** The service's error for a signature that does not pass. */
  abstract ServiceError authError(SignatureCheck.Problem problem);

  /** The service's error document. */
  abstract Reply error(ServiceError error, String requestId);

  @Override
  public final boolean serve(RequestHead head, InputStream in, OutputStream out) throws IOException {
    if (head.expectsContinue()) {
      HttpIo.writeContinue(out);
    }
    byte[] body = HttpIo.readBody(head, in, MAX_BODY);
    Instant received = eb.now();
    String requestId = UUID.randomUUID().toString();
    String action = actionOf(head, body);
    String label = service + ":" + (action == null || action.isEmpty() ? "(no Action)" : action);
    Reply reply;
    try {
      String region;
      try {
        region = signatures.regionOf(head, body, service);
      } catch (SignatureCheck.Failed e) {
        throw authError(e.problem);
      }
      reply = run(action, region, head, body, requestId);
    } catch (ServiceError e) {
      reply = error(e, requestId);
    } catch (RuntimeException e) {
      System.err.println("local-aws: " + label + " failed: " + e);
      e.printStackTrace();
      reply = error(new ServiceError("InternalError", 500, "An internal error has occurred."), requestId);
    }
    calls.record(label, received, reply.status());
    Duration delay = faults.delayFor(label);
    if (!delay.isZero()) {
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    boolean keepAlive = head.keepAlive();
    HttpIo.writeResponse(out, reply.status(), Map.of("Content-Type", reply.contentType(), "x-amzn-RequestId", requestId),
        reply.body().getBytes(StandardCharsets.UTF_8), "HEAD".equals(head.method), !keepAlive);
    return keepAlive;
  }
}
