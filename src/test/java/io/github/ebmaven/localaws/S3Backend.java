package io.github.ebmaven.localaws;

import java.net.URI;
import java.time.Duration;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * S3 served by an in-process S3Proxy (transient blob store, SigV4 checked) on a private loopback
 * port. The front server forwards S3 traffic to it byte for byte; the emulator itself reads and
 * writes objects through a private SDK client so that its own traffic is not counted as uploads.
 */
final class S3Backend implements AutoCloseable {
  private final S3Proxy proxy;
  private final BlobStore store;
  private final S3Client client;
  private final String accessKey;
  private final String secretKey;

  S3Backend(String accessKey, String secretKey) throws Exception {
    this.accessKey = accessKey;
    this.secretKey = secretKey;
    Properties properties = new Properties();
    properties.setProperty("jclouds.identity", accessKey);
    properties.setProperty("jclouds.credential", secretKey);
    store = BlobStores.create("transient", properties);
    proxy = S3Proxy.builder()
        .blobStore(store)
        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
        .endpoint(URI.create("http://127.0.0.1:0"))
        .ignoreUnknownHeaders(true)
        .stopTimeout(0)
        .build();
    proxy.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!"STARTED".equals(proxy.getState())) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
      }
      Thread.sleep(10);
    }
    client = S3Client.builder()
        .endpointOverride(privateEndpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
        .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  URI privateEndpoint() {
    return URI.create("http://127.0.0.1:" + proxy.getPort());
  }

  int port() {
    return proxy.getPort();
  }

  void ensureBucket(String bucket) {
    try {
      client.createBucket(b -> b.bucket(bucket));
    } catch (BucketAlreadyOwnedByYouException e) {
      // already there: CreateStorageLocation is idempotent
    } catch (S3Exception e) {
      if (e.statusCode() != 409) {
        throw e;
      }
    }
  }

  boolean bucketExists(String bucket) {
    return store.containerExists(bucket);
  }

  /** Deletes every bucket and object (the endpoint restarted empty). */
  void clear() {
    store.list().buckets().forEach(bucket -> store.deleteContainer(bucket.name()));
  }

  /** The object's size, or -1 when the bucket or key does not exist. */
  long size(String bucket, String key) {
    try {
      HeadObjectResponse head = client.headObject(b -> b.bucket(bucket).key(key));
      return head.contentLength();
    } catch (NoSuchKeyException e) {
      return -1;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return -1;
      }
      throw e;
    }
  }

  byte[] read(String bucket, String key) {
    ResponseBytes<GetObjectResponse> bytes = client.getObjectAsBytes(b -> b.bucket(bucket).key(key));
    return bytes.asByteArray();
  }

  void write(String bucket, String key, byte[] content, String contentType) {
    client.putObject(b -> b.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(content));
  }

  void delete(String bucket, String key) {
    client.deleteObject(b -> b.bucket(bucket).key(key));
  }

  /** A presigned GET URL through the public endpoint, fetchable with a plain HTTP GET. */
  String presignedGet(URI publicEndpoint, String region, String bucket, String key, Duration validity) {
    try (S3Presigner presigner = S3Presigner.builder()
        .endpointOverride(publicEndpoint)
        .region(Region.of(region))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
        .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
        .build()) {
      return presigner.presignGetObject(p -> p.signatureDuration(validity)
          .getObjectRequest(g -> g.bucket(bucket).key(key))).url().toString();
    }
  }

  @Override
  public void close() throws Exception {
    client.close();
    proxy.stop();
  }
}
