package io.github.ebmaven.localaws;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.elasticbeanstalk.ElasticBeanstalkClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The local endpoint as invoker ITs use it: {@code setup.groovy} starts one per IT project and
 * points that project's Maven at it through {@code .mvn/maven.config}, so ITs running in parallel
 * never share state, faults or counters; {@code verify.groovy} reads the endpoint back and asks it
 * for state and counters over the control path.
 */
public final class InvokerEndpoint {

  private static final Pattern ENDPOINT = Pattern.compile("-Deb\\.endpoint=(\\S+)");

  private InvokerEndpoint() {}

  /** Starts an endpoint with fast delays for the IT in {@code basedir}. */
  public static LocalAws start(File basedir) {
    return start(basedir, Delays.fast());
  }

  public static LocalAws start(File basedir, Delays delays) {
    LocalAws aws = LocalAws.start(LocalAwsOptions.defaults().withDelays(delays));
    try {
      Path config = basedir.toPath().resolve(".mvn/maven.config");
      Files.createDirectories(config.getParent());
      // One argument per line: Maven 3.9 reads each line of maven.config as a single argument.
      Files.writeString(config, "-Deb.endpoint=" + aws.endpoint() + "\n-Deb.region=" + aws.region() + "\n");
    } catch (IOException e) {
      aws.close();
      throw new UncheckedIOException(e);
    }
    return aws;
  }

  /** The endpoint {@link #start} wrote for the IT in {@code basedir}. */
  public static URI endpointOf(File basedir) {
    try {
      String config = Files.readString(basedir.toPath().resolve(".mvn/maven.config"));
      Matcher m = ENDPOINT.matcher(config);
      if (!m.find()) {
        throw new IllegalStateException("no -Deb.endpoint in " + basedir + "/.mvn/maven.config");
      }
      return URI.create(m.group(1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The emulator's whole state as JSON. */
  public static String state(File basedir) {
    return get(endpointOf(basedir), "/_localaws/state");
  }

  /** Calls per action (and S3 bytes received) as JSON. */
  public static String calls(File basedir) {
    return get(endpointOf(basedir), "/_localaws/calls");
  }

  private static String get(URI endpoint, String path) {
    try {
      HttpResponse<String> response =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(5))
              .build()
              .send(HttpRequest.newBuilder(endpoint.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Makes {@code environment} of {@code application} exist and be Ready with version {@code label}
   * (a minimal Python bundle) and its health checked once (Green, unless a fault said otherwise),
   * as if an earlier deploy by a client that gets EB right had put it there: the instance profile
   * exists, the environment has it, a launch template and enhanced health. The application is
   * created when missing, so several environments (blue and green) can share one.
   */
  public static void readyEnvironment(LocalAws aws, String application, String environment, String label) {
    readyEnvironment(aws, application, environment, label, Map.of());
  }

  /** As {@link #readyEnvironment(LocalAws, String, String, String)}, the bundle holding {@code files} too (entry name to text). */
  public static void readyEnvironment(LocalAws aws, String application, String environment, String label, Map<String, String> files) {
    try (ElasticBeanstalkClient eb = TestClients.eb(aws)) {
      processedVersion(aws, application, label, files);
      TestClients.createInstanceProfile(aws);
      eb.createEnvironment(b -> b.applicationName(application).environmentName(environment).versionLabel(label)
          .solutionStackName("64bit Amazon Linux 2023 v4.7.3 running Python 3.11")
          .optionSettings(TestClients.launchSettings()));
      awaitReady(eb, environment);
    }
  }

  /**
   * Once the build under test has looked at {@code environment} (two DescribeEnvironments calls
   * after this one), terminates it from outside, as another operator would while the build waits.
   */
  public static void terminateOncePolled(LocalAws aws, String environment) {
    int before = aws.calls().count("DescribeEnvironments");
    Thread terminator = new Thread(() -> {
      try {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (aws.calls().count("DescribeEnvironments") < before + 2 && System.nanoTime() < deadline) {
          Thread.sleep(100);
        }
        try (ElasticBeanstalkClient eb = TestClients.eb(aws)) {
          eb.terminateEnvironment(b -> b.environmentName(environment));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "it-terminate-" + environment);
    terminator.setDaemon(true);
    terminator.start();
  }

  /**
   * Makes {@code label} a Processed version of {@code application} with a minimal Python bundle in
   * the storage bucket (at {@code <application>/<label>.zip}), creating the application when missing.
   */
  public static void processedVersion(LocalAws aws, String application, String label) {
    processedVersion(aws, application, label, Map.of());
  }

  private static void processedVersion(LocalAws aws, String application, String label, Map<String, String> files) {
    Map<String, String> bundle = new java.util.TreeMap<>(files);
    bundle.put("application.py", "print('" + label + "')\n");
    try (ElasticBeanstalkClient eb = TestClients.eb(aws);
        S3Client s3 = TestClients.s3(aws)) {
      if (eb.describeApplications(b -> b.applicationNames(application)).applications().isEmpty()) {
        eb.createApplication(b -> b.applicationName(application));
      }
      String bucket = eb.createStorageLocation(b -> {}).s3Bucket();
      String key = application + "/" + label + ".zip";
      s3.putObject(b -> b.bucket(bucket).key(key),
          RequestBody.fromBytes(TestClients.zip(bundle)));
      eb.createApplicationVersion(b -> b.applicationName(application).versionLabel(label)
          .description("Version " + label).sourceBundle(s -> s.s3Bucket(bucket).s3Key(key)).process(true));
      TestClients.await(Duration.ofSeconds(20), () -> "Processed".equals(
          eb.describeApplicationVersions(b -> b.applicationName(application).versionLabels(label))
              .applicationVersions().get(0).statusAsString()));
    }
  }

  /** Starts an update of {@code environment} (an option change) and returns while it is Updating. */
  public static void startUpdate(LocalAws aws, String environment) {
    try (ElasticBeanstalkClient eb = TestClients.eb(aws)) {
      eb.updateEnvironment(b -> b.environmentName(environment).optionSettings(s -> s
          .namespace("aws:elasticbeanstalk:application:environment").optionName("BUSY_SINCE")
          .value(Long.toString(System.currentTimeMillis()))));
    }
  }

  /**
   * Once the build under test has looked at {@code environment} (two DescribeEnvironments calls
   * after this one), aborts its hung update so it turns Ready: the environment is busy exactly
   * as long as the plugin needs to notice, however slowly Maven starts.
   */
  public static void abortUpdateOncePolled(LocalAws aws, String environment) {
    int before = aws.calls().count("DescribeEnvironments");
    Thread releaser =
        new Thread(
            () -> {
              try {
                long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                while (aws.calls().count("DescribeEnvironments") < before + 2 && System.nanoTime() < deadline) {
                  Thread.sleep(100);
                }
                Thread.sleep(1000);
                try (ElasticBeanstalkClient eb = TestClients.eb(aws)) {
                  eb.abortEnvironmentUpdate(b -> b.environmentName(environment));
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "it-abort-" + environment);
    releaser.setDaemon(true);
    releaser.start();
  }

  private static void awaitReady(ElasticBeanstalkClient eb, String environment) {
    TestClients.await(Duration.ofSeconds(30), () -> {
      var env = eb.describeEnvironments(b -> b.environmentNames(environment).includeDeleted(false)).environments();
      if (env.isEmpty()) {
        throw new IllegalStateException("environment " + environment + " did not launch");
      }
      return "Ready".equals(env.get(0).statusAsString()) && !"Grey".equals(env.get(0).healthAsString());
    });
  }
}
