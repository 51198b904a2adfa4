package io.github.ebmaven.localaws;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * S3 as it answers a caller without {@code s3:ListBucket}: reading a key that does not exist gets
 * 403 AccessDenied, not 404, because S3 will not tell such a caller whether the key exists. Only
 * while the {@link Faults#denyS3ListBucket()} fault is armed; everything else goes to S3Proxy.
 */
final class S3AccessFaults {
  private S3AccessFaults() {}

  /** Answers the request here when the fault applies; returns whether it did. */
  static boolean answer(RequestHead head, S3Backend s3, Faults faults, Calls calls, Instant now, OutputStream out)
      throws IOException {
    if (!faults.deniesListBucket() || !("GET".equals(head.method) || "HEAD".equals(head.method))) {
      return false;
    }
    String operation = S3Operations.name(head);
    String path = head.path().startsWith("/") ? head.path().substring(1) : head.path();
    int slash = path.indexOf('/');
    if (!("s3:HeadObject".equals(operation) || "s3:GetObject".equals(operation)) || slash <= 0
        || slash == path.length() - 1) {
      return false;
    }
    String bucket = RequestHead.decode(path.substring(0, slash));
    String key = RequestHead.decode(path.substring(slash + 1));
    if (!s3.bucketExists(bucket) || s3.size(bucket, key) >= 0) {
      return false;
    }
    String requestId = UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
    byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied"
        + "</Message><RequestId>" + requestId + "</RequestId></Error>").getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/xml");
    headers.put("x-amz-request-id", requestId);
    calls.record(operation, now, 403);
    HttpIo.writeResponse(out, 403, headers, body, "HEAD".equals(head.method), !head.keepAlive());
    return true;
  }
}
