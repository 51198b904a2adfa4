package io.github.ebmaven.aws;

import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Mention;
import io.github.ebmaven.report.Reporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Puts source bundles into the EB storage bucket, content-addressed by their SHA-256 (kept as
 * object metadata): identical bytes are never uploaded twice, and other bytes are never written
 * under a key that already holds a bundle. Large bundles go up as parallel multipart uploads that
 * are aborted, not orphaned, when anything fails.
 */
public final class BundleStore {

  /** Bundles above this size are uploaded in parallel parts. */
  public static final long MULTIPART_THRESHOLD = 16L << 20;

  static final String SHA256_METADATA = "sha256";
  private static final long PART_SIZE = 8L << 20;
  private static final int MAX_PARTS = 10_000;
  private static final int UPLOAD_THREADS = 8;

  private final S3Client s3;
  private final Reporter reporter;

  public BundleStore(S3Client s3, Reporter reporter) {
    this.s3 = s3;
    this.reporter = reporter;
  }

  /** What happened to one bundle. */
  public record Upload(String bucket, String key, long bytesUploaded, boolean alreadyPresent) {}

  /**
   * Makes sure {@code s3://bucket/key} holds the bundle {@code file} with digest {@code sha256}.
   *
   * @throws EbException when the key holds other bytes, or the upload fails
   */
  public Upload put(String bucket, String key, Path file, String sha256) throws EbException {
    Optional<HeadObjectResponse> existing = head(bucket, key);
    if (existing.isPresent()) {
      String stored = existing.get().metadata().get(SHA256_METADATA);
      if (sha256.equals(stored)) {
        reporter.info("Bundle already in s3://" + bucket + "/" + key + " (same sha256): not uploaded again");
        return new Upload(bucket, key, 0, true);
      }
      throw new EbException(
          "s3://"
              + bucket
              + "/"
              + key
              + " already holds a different bundle (sha256 "
              + (stored == null ? "unknown" : stored)
              + ", this build's is "
              + sha256
              + "). The plugin never deploys other bytes under a label that exists. Set a new"
              + " " + Mention.property("eb.versionLabel") + ", or deploy the commit that label was built from.");
    }
    long size;
    try {
      size = java.nio.file.Files.size(file);
    } catch (IOException e) {
      throw new EbException("Cannot read the bundle " + file + ": " + e.getMessage(), e);
    }
    long started = System.nanoTime();
    if (size <= MULTIPART_THRESHOLD) {
      try {
        s3.putObject(
            b -> b.bucket(bucket).key(key).metadata(Map.of(SHA256_METADATA, sha256)),
            RequestBody.fromFile(file));
      } catch (SdkException e) {
        throw new EbException("Uploading the bundle to s3://" + bucket + "/" + key + " failed: " + S3Problems.explain(e, bucket), e);
      }
      reporter.progress("Uploading", size, size);
    } else {
      multipart(bucket, key, file, size, sha256);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    String rate =
        size < MULTIPART_THRESHOLD
            ? ""
            : String.format(java.util.Locale.ROOT, ", %.1f MB/s", size / 1024.0 / 1024.0 / Math.max(seconds, 1e-3));
    reporter.info(
        String.format(
            java.util.Locale.ROOT, "Uploaded %s to s3://%s/%s in %.1f s%s", mb(size), bucket, key, seconds, rate));
    return new Upload(bucket, key, size, false);
  }

  /**
   * Checks that a bucket the user named exists and can be used, before anything is written: S3
   * answers a missing bucket's object with a bare 404, which reads like a missing bundle.
   */
  public void requireBucket(String bucket) throws EbException {
    try {
      s3.headBucket(b -> b.bucket(bucket));
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        throw new EbException("Cannot use s3://" + bucket + ": " + S3Problems.missingBucket(bucket, "404 Not Found"), e);
      }
      throw new EbException("Cannot use s3://" + bucket + ": " + S3Problems.explain(e, bucket), e);
    } catch (SdkException e) {
      throw new EbException("Cannot use s3://" + bucket + ": " + S3Problems.explain(e, bucket), e);
    }
  }

  private Optional<HeadObjectResponse> head(String bucket, String key) throws EbException {
    try {
      return Optional.of(s3.headObject(b -> b.bucket(bucket).key(key)));
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (S3Exception e) {
      if (e.statusCode() == 404 && !S3Problems.isMissingBucket(e)) {
        return Optional.empty();
      }
      throw new EbException("Cannot check s3://" + bucket + "/" + key + ": " + S3Problems.explain(e, bucket), e);
    } catch (SdkException e) {
      throw new EbException("Cannot check s3://" + bucket + "/" + key + ": " + S3Problems.explain(e, bucket), e);
    }
  }

  private void multipart(String bucket, String key, Path file, long size, String sha256)
      throws EbException {
    long partSize = Math.max(PART_SIZE, (size + MAX_PARTS - 1) / MAX_PARTS);
    int parts = (int) ((size + partSize - 1) / partSize);
    String uploadId;
    try {
      uploadId =
          s3.createMultipartUpload(
                  b -> b.bucket(bucket).key(key).metadata(Map.of(SHA256_METADATA, sha256)))
              .uploadId();
    } catch (SdkException e) {
      throw new EbException("Starting the upload to s3://" + bucket + "/" + key + " failed: " + S3Problems.explain(e, bucket), e);
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(UPLOAD_THREADS, parts), BundleStore::daemon);
    AtomicLong sent = new AtomicLong();
    try {
      List<Future<CompletedPart>> futures = new ArrayList<>();
      for (int i = 0; i < parts; i++) {
        int partNumber = i + 1;
        long offset = i * partSize;
        long length = Math.min(partSize, size - offset);
        futures.add(
            pool.submit(
                () -> {
                  CompletedPart part = uploadPart(bucket, key, uploadId, partNumber, file, offset, length);
                  reporter.progress("Uploading", sent.addAndGet(length), size);
                  return part;
                }));
      }
      List<CompletedPart> completed = new ArrayList<>();
      for (Future<CompletedPart> future : futures) {
        completed.add(future.get());
      }
      completed.sort(Comparator.comparing(CompletedPart::partNumber));
      s3.completeMultipartUpload(
          b -> b.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(completed)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      abort(bucket, key, uploadId);
      throw new EbException("Upload interrupted; the partial upload was aborted.", e);
    } catch (ExecutionException | SdkException e) {
      abort(bucket, key, uploadId);
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      throw new EbException(
          "Uploading the bundle to s3://" + bucket + "/" + key + " failed: " + cause.getMessage()
              + ". The partial upload was aborted; run the build again.",
          cause);
    } finally {
      pool.shutdownNow();
    }
  }

  private CompletedPart uploadPart(
      String bucket, String key, String uploadId, int partNumber, Path file, long offset, long length) {
    // The SDK may read the body twice (payload signing, retries): each read opens its own slice.
    RequestBody body =
        RequestBody.fromContentProvider(
            () -> {
              try {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                channel.position(offset);
                return new BoundedInputStream(Channels.newInputStream(channel), length);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            length,
            "application/octet-stream");
    String etag =
        s3.uploadPart(
                b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(partNumber).contentLength(length),
                body)
            .eTag();
    return CompletedPart.builder().partNumber(partNumber).eTag(etag).build();
  }

  private void abort(String bucket, String key, String uploadId) {
    try {
      s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
    } catch (SdkException e) {
      reporter.warn(
          "Could not abort the partial upload "
              + uploadId
              + " of s3://"
              + bucket
              + "/"
              + key
              + " ("
              + e.getMessage()
              + "); an S3 lifecycle rule for incomplete multipart uploads removes it.");
    }
  }

  private static String mb(long bytes) {
    return bytes < 1024 * 1024
        ? String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0)
        : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "eb-upload");
    thread.setDaemon(true);
    return thread;
  }

  /** At most {@code limit} bytes of a stream; closes the stream when closed. */
  private static final class BoundedInputStream extends java.io.FilterInputStream {
    private long remaining;

    BoundedInputStream(InputStream in, long limit) {
      super(in);
      this.remaining = limit;
    }

    @Override
    public int read() throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int b = super.read();
      if (b >= 0) {
        remaining--;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int n = super.read(buffer, off, (int) Math.min(len, remaining));
      if (n > 0) {
        remaining -= n;
      }
      return n;
    }
  }
}
