package io.github.ebmaven.localaws;

import java.util.Map;

/** Names an S3 request by its REST shape ({@code s3:PutObject}, {@code s3:UploadPart}, ...) for call counting. */
final class S3Operations {
  private S3Operations() {}

  static String name(RequestHead head) {
    String path = head.path();
    Map<String, String> query = head.queryParameters();
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    boolean service = trimmed.isEmpty();
    boolean bucketOnly = !service && (trimmed.indexOf('/') < 0 || trimmed.indexOf('/') == trimmed.length() - 1);
    String op;
    switch (head.method) {
      case "GET" -> op = service ? "ListBuckets" : bucketOnly
          ? (query.containsKey("location") ? "GetBucketLocation" : query.containsKey("uploads") ? "ListMultipartUploads"
              : "ListObjects") : query.containsKey("uploadId") ? "ListParts" : "GetObject";
      case "HEAD" -> op = bucketOnly ? "HeadBucket" : "HeadObject";
      case "PUT" -> op = bucketOnly ? "CreateBucket" : query.containsKey("partNumber") ? "UploadPart"
          : head.header("x-amz-copy-source") != null ? "CopyObject" : "PutObject";
      case "POST" -> op = query.containsKey("uploads") ? "CreateMultipartUpload"
          : query.containsKey("uploadId") ? "CompleteMultipartUpload" : query.containsKey("delete") ? "DeleteObjects"
          : "PostObject";
      case "DELETE" -> op = bucketOnly ? "DeleteBucket" : query.containsKey("uploadId") ? "AbortMultipartUpload"
          : "DeleteObject";
      default -> op = head.method;
    }
    return "s3:" + op;
  }
}
