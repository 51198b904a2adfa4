package io.github.ebmaven.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.localaws.LocalAws;
import io.github.ebmaven.localaws.LocalAwsOptions;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.testing.RecordingReporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/** The content-addressed bundle store against S3Proxy behind the local endpoint. */
class BundleStoreTest {

  private static final String BUCKET = "elasticbeanstalk-us-east-1-000000000000";
  private static final long MB = 1L << 20;

  private static LocalAws aws;
  private static S3Client s3;
  private static S3Client s3NoRetry;
  private static AwsClients plugin;

  @TempDir static Path files;

  private final RecordingReporter reporter = new RecordingReporter();
  private final List<String> lines = reporter.lines;

  @BeforeAll
  static void start() throws EbException {
    aws = LocalAws.start(LocalAwsOptions.defaults());
    plugin = AwsClients.create(new AwsSettings("us-east-1", null, aws.endpoint(), null,
        new AwsSettings.StaticKeys("test", "test", null), "test"));
    s3 = plugin.s3();
    s3NoRetry = S3Client.builder()
        .endpointOverride(aws.endpoint())
        .region(Region.US_EAST_1)
        .forcePathStyle(true)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1)))
        .build();
    s3.createBucket(b -> b.bucket(BUCKET));
  }

  @AfterAll
  static void stop() {
    if (s3NoRetry != null) {
      s3NoRetry.close();
    }
    if (plugin != null) {
      plugin.close();
    }
    if (aws != null) {
      aws.close();
    }
  }

  @BeforeEach
  void forgetCalls() {
    aws.faults().clear();
    aws.calls().reset();
  }

  private static Path file(String name, long size, long seed) throws IOException {
    Path file = files.resolve(name);
    byte[] chunk = new byte[(int) Math.min(size, MB)];
    Random random = new Random(seed);
    try (var out = Files.newOutputStream(file)) {
      for (long written = 0; written < size; written += chunk.length) {
        random.nextBytes(chunk);
        out.write(chunk, 0, (int) Math.min(chunk.length, size - written));
      }
    }
    return file;
  }

  private static String sha256(Path file) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (var in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static byte[] stored(String key) {
    return s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asByteArray();
  }

  @Test
  void aSmallBundleGoesUpInOnePutWithItsDigest() throws Exception {
    Path zip = file("small.zip", 300_000, 1);
    String sha = sha256(zip);

    BundleStore.Upload upload = new BundleStore(s3, reporter).put(BUCKET, "shop/1.0.0-small.zip", zip, sha);

    assertThat(upload).isEqualTo(new BundleStore.Upload(BUCKET, "shop/1.0.0-small.zip", 300_000, false));
    assertThat(aws.calls().count("s3:PutObject")).isEqualTo(1);
    assertThat(aws.calls().count("s3:CreateMultipartUpload")).isZero();
    assertThat(stored("shop/1.0.0-small.zip")).isEqualTo(Files.readAllBytes(zip));
    HeadObjectResponse head = s3.headObject(b -> b.bucket(BUCKET).key("shop/1.0.0-small.zip"));
    assertThat(head.metadata()).containsEntry("sha256", sha);
    assertThat(lines).anyMatch(l -> l.startsWith("INFO Uploaded 293.0 KB to s3://" + BUCKET + "/shop/1.0.0-small.zip in "));
  }

  @Test
  void aFortyMegabyteBundleGoesUpInParts() throws Exception {
    Path zip = file("large.zip", 40 * MB, 2);
    String sha = sha256(zip);

    BundleStore.Upload upload = new BundleStore(s3, reporter).put(BUCKET, "shop/2.0.0-large.zip", zip, sha);

    assertThat(upload.bytesUploaded()).isEqualTo(40 * MB);
    assertThat(aws.calls().count("s3:CreateMultipartUpload")).isEqualTo(1);
    assertThat(aws.calls().count("s3:UploadPart")).isEqualTo(5); // 8 MiB parts
    assertThat(aws.calls().count("s3:CompleteMultipartUpload")).isEqualTo(1);
    assertThat(aws.calls().count("s3:PutObject")).isZero();
    assertThat(aws.calls().s3BytesReceived()).isGreaterThanOrEqualTo(40 * MB);
    assertThat(stored("shop/2.0.0-large.zip")).isEqualTo(Files.readAllBytes(zip));
    assertThat(s3.headObject(b -> b.bucket(BUCKET).key("shop/2.0.0-large.zip")).metadata())
        .containsEntry("sha256", sha);
  }

  @Test
  void theSameBytesAreNotUploadedTwice() throws Exception {
    Path zip = file("again.zip", 200_000, 3);
    String sha = sha256(zip);
    BundleStore store = new BundleStore(s3, reporter);
    store.put(BUCKET, "shop/1.0.1-again.zip", zip, sha);
    long received = aws.calls().s3BytesReceived();
    aws.calls().reset();

    BundleStore.Upload second = store.put(BUCKET, "shop/1.0.1-again.zip", zip, sha);

    assertThat(second).isEqualTo(new BundleStore.Upload(BUCKET, "shop/1.0.1-again.zip", 0, true));
    assertThat(received).isGreaterThanOrEqualTo(200_000);
    assertThat(aws.calls().s3BytesReceived()).isZero();
    assertThat(aws.calls().counts()).containsOnlyKeys("s3:HeadObject");
    assertThat(lines).contains("INFO Bundle already in s3://" + BUCKET + "/shop/1.0.1-again.zip (same sha256): not uploaded again");
  }

  @Test
  void otherBytesUnderAnExistingKeyAreRefusedNamingBothDigests() throws Exception {
    Path first = file("first.zip", 10_000, 4);
    Path other = file("other.zip", 10_000, 5);
    String firstSha = sha256(first);
    String otherSha = sha256(other);
    BundleStore store = new BundleStore(s3, reporter);
    store.put(BUCKET, "shop/1.0.2.zip", first, firstSha);

    assertThatThrownBy(() -> store.put(BUCKET, "shop/1.0.2.zip", other, otherSha))
        .isInstanceOf(EbException.class)
        .hasMessageContaining("s3://" + BUCKET + "/shop/1.0.2.zip already holds a different bundle")
        .hasMessageContaining("sha256 " + firstSha)
        .hasMessageContaining(otherSha)
        .hasMessageContaining("eb.versionLabel");
    assertThat(stored("shop/1.0.2.zip")).isEqualTo(Files.readAllBytes(first));
  }

  @Test
  void anObjectWithoutDigestIsNotOverwritten() throws Exception {
    s3.putObject(b -> b.bucket(BUCKET).key("shop/console.zip"),
        software.amazon.awssdk.core.sync.RequestBody.fromString("uploaded by the console"));
    Path zip = file("mine.zip", 1_000, 6);

    assertThatThrownBy(() -> new BundleStore(s3, reporter).put(BUCKET, "shop/console.zip", zip, sha256(zip)))
        .isInstanceOf(EbException.class)
        .hasMessageContaining("sha256 unknown");
  }

  @Test
  void aMultipartUploadCutMidwayFailsAndIsAborted() throws Exception {
    Path zip = file("cut.zip", 20 * MB, 7);
    String key = "shop/3.0.0-cut.zip";
    // Listing works on this endpoint: an open upload shows, and aborting it clears the list.
    String probe = s3.createMultipartUpload(b -> b.bucket(BUCKET).key("probe.zip")).uploadId();
    assertThat(s3.listMultipartUploads(b -> b.bucket(BUCKET)).uploads()).hasSize(1);
    s3.abortMultipartUpload(b -> b.bucket(BUCKET).key("probe.zip").uploadId(probe));
    assertThat(s3.listMultipartUploads(b -> b.bucket(BUCKET)).uploads()).isEmpty();
    aws.calls().reset();

    aws.faults().resetNextS3Upload(1_000_000);
    assertThatThrownBy(() -> new BundleStore(s3NoRetry, reporter).put(BUCKET, key, zip, sha256(zip)))
        .isInstanceOf(EbException.class)
        .hasMessageContaining("Uploading the bundle to s3://" + BUCKET + "/" + key + " failed")
        .hasMessageContaining("The partial upload was aborted");

    assertThat(aws.calls().count("s3:CreateMultipartUpload")).isEqualTo(1);
    assertThat(aws.calls().count("s3:AbortMultipartUpload")).isEqualTo(1);
    assertThat(aws.calls().count("s3:CompleteMultipartUpload")).isZero();
    assertThat(s3.listMultipartUploads(b -> b.bucket(BUCKET)).uploads()).isEmpty();
    assertThat(s3.listObjectsV2(b -> b.bucket(BUCKET).prefix(key)).contents()).isEmpty();
  }

  @Test
  void thePluginsClientRetriesAPartCutOnceAndCompletes() throws Exception {
    Path zip = file("retried.zip", 20 * MB, 8);
    String key = "shop/3.0.1-retried.zip";
    aws.faults().resetNextS3Upload(1_000_000);

    BundleStore.Upload upload = new BundleStore(s3, reporter).put(BUCKET, key, zip, sha256(zip));

    assertThat(upload.bytesUploaded()).isEqualTo(20 * MB);
    assertThat(aws.calls().count("s3:UploadPart")).isEqualTo(4); // 3 parts, one of them sent twice
    assertThat(aws.calls().count("s3:AbortMultipartUpload")).isZero();
    assertThat(stored(key)).isEqualTo(Files.readAllBytes(zip));
    assertThat(s3.listMultipartUploads(b -> b.bucket(BUCKET)).uploads()).isEmpty();
  }
}
