package io.github.ebmaven.aws;

import io.github.ebmaven.report.Mention;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** S3's answers about the bundle bucket, in words that say what to change. */
final class S3Problems {

  private S3Problems() {}

  static boolean isMissingBucket(S3Exception e) {
    return e instanceof NoSuchBucketException
        || (e.awsErrorDetails() != null && "NoSuchBucket".equals(e.awsErrorDetails().errorCode()));
  }

  /** S3's message with what it means for the user and what to do. */
  static String explain(SdkException e, String bucket) {
    if (e instanceof S3Exception s3) {
      if (isMissingBucket(s3)) {
        return missingBucket(bucket, message(s3));
      }
      if (s3.statusCode() == 403) {
        return "S3 refused it (403 " + message(s3) + "). The credentials need s3:GetObject and s3:PutObject on " + bucket
            + ", and s3:ListBucket: without that one, S3 answers 403 instead of 404 for a bundle that is not there yet.";
      }
      if (s3.statusCode() == 301 || s3.statusCode() == 400 && message(s3).contains("region")) {
        return "the bucket " + bucket + " is in another region (S3: " + message(s3) + "). Use a bucket in "
            + Mention.setting("eb.region") + " for " + Mention.setting("eb.bucket") + ".";
      }
      return message(s3) + " (HTTP " + s3.statusCode() + ")";
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.ConnectException) {
        return "S3 cannot be reached (connection refused). Check " + Mention.setting("eb.s3Endpoint") + " / "
            + Mention.setting("eb.endpoint") + ", or the network path to S3.";
      }
    }
    return e.getMessage();
  }

  static String missingBucket(String bucket, String said) {
    return "the bucket " + bucket + " does not exist (S3: " + said + "). Set " + Mention.setting("eb.bucket")
        + " to an existing bucket, or leave it unset to use Elastic Beanstalk's own storage bucket.";
  }

  private static String message(S3Exception e) {
    return e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null
        ? e.awsErrorDetails().errorMessage()
        : e.getMessage();
  }
}
