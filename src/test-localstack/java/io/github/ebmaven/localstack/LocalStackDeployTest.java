package io.github.ebmaven.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ebmaven.aws.AwsClients;
import io.github.ebmaven.aws.AwsSettings;
import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.aws.BundleStore;
import io.github.ebmaven.bundle.BundleBuilder;
import io.github.ebmaven.bundle.BundleRequest;
import io.github.ebmaven.bundle.BundleResult;
import io.github.ebmaven.bundle.BundleSourceMode;
import io.github.ebmaven.lifecycle.CreateOperation;
import io.github.ebmaven.lifecycle.DeployOperation;
import io.github.ebmaven.lifecycle.DeployRequest;
import io.github.ebmaven.lifecycle.DeploymentRecord;
import io.github.ebmaven.change.EnvironmentWatcher;
import io.github.ebmaven.change.DeployServices;
import io.github.ebmaven.lifecycle.InitOperation;
import io.github.ebmaven.lifecycle.TerminateOperation;
import io.github.ebmaven.report.Reporter;
import io.github.ebmaven.report.SecretMasker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The plugin's deploy core against LocalStack Pro: init, create, deploy, terminate with
 * deleteApplication, through the same {@link AwsClients} the mojos use, with LocalStack's S3
 * holding the bundles. Runs with {@code -Plocalstack}; {@link LocalStackAvailable} skips it, with
 * one line saying why, where there is no {@code LOCALSTACK_AUTH_TOKEN} or no Docker engine.
 */
@ExtendWith(LocalStackAvailable.class) // before @Testcontainers: its skip reason is the one shown
@Testcontainers(disabledWithoutDocker = true)
class LocalStackDeployTest {

  /** Set by the profile from {@code -Dlocalstack.image}; the fallback keeps IDE runs working. */
  private static final String IMAGE = System.getProperty("localstack.image", "localstack/localstack-pro:4.9");

  /** A full solution stack name is used as is: no ListPlatformVersions lookup. */
  private static final String PLATFORM = "64bit Amazon Linux 2023 v4.3.0 running Python 3.11";

  private static final Duration TIMEOUT = Duration.ofMinutes(3);

  @Container
  static final LocalStackContainer LOCALSTACK =
      new LocalStackContainer(DockerImageName.parse(IMAGE))
          .withEnv(LocalStackAvailable.TOKEN_VARIABLE, Objects.requireNonNullElse(LocalStackAvailable.token(), ""));

  @TempDir Path tmp;

  private final Reporter reporter = new PrefixReporter();
  private final SecretMasker masker = new SecretMasker();
  private final Clock clock = Clock.systemUTC();
  private final EnvironmentWatcher.Sleeper sleeper = EnvironmentWatcher.Sleeper.REAL;

  @Test
  void initCreateDeployTerminate() throws Exception {
    String app = "ebmaven-ls-" + UUID.randomUUID().toString().substring(0, 8);
    String env = app + "-env";
    AwsSettings settings =
        new AwsSettings(
            LOCALSTACK.getRegion(), null, LOCALSTACK.getEndpoint(), null,
            new AwsSettings.StaticKeys("test", "test", null), "test");

    try (AwsClients aws = AwsClients.create(settings)) {
      // LocalStack does not implement CreateStorageLocation: the bucket is given, as eb.bucket does.
      String bucket = app + "-bundles";
      aws.s3().createBucket(b -> b.bucket(bucket));
      Beanstalk eb = new Beanstalk(aws.elasticBeanstalk(), bucket);
      BundleStore store = new BundleStore(aws.s3(), reporter);
      DeployServices services = new DeployServices(eb, store, reporter, masker, clock, sleeper);

      // eb:init: the application and the storage bucket.
      InitOperation.Initialized init =
          new InitOperation(eb, reporter).init(new InitOperation.InitRequest(app, null, null, null, null));
      assertThat(init.applicationCreated()).isTrue();
      assertThat(init.bucket()).isEqualTo(bucket);
      assertThat(eb.applicationExists(app)).isTrue();

      // eb:create with a first bundle.
      BundleResult v1 = bundle(app, "v1", "Hello from v1");
      Path createResult = tmp.resolve("create").resolve(DeploymentRecord.FILE_NAME);
      DeploymentRecord created =
          new CreateOperation(services)
              .create(
                  new CreateOperation.CreateRequest(
                      app, env, null, null, PLATFORM, v1, null, List.of(), Map.of(), Set.of("Green"), TIMEOUT,
                      createResult));
      assertThat(created.status()).isEqualTo("SUCCEEDED");
      assertThat(created.versionLabel()).isEqualTo(v1.manifest().versionLabel());
      assertThat(created.version()).isEqualTo("CREATED");
      assertThat(created.bytesUploaded()).isEqualTo(Files.size(v1.zip()));
      assertThat(storedBundle(aws, init.bucket(), app, v1)).isEqualTo(Files.readAllBytes(v1.zip()));
      assertThat(json(createResult).path("status").asText()).isEqualTo("SUCCEEDED");

      // eb:deploy of a second bundle.
      BundleResult v2 = bundle(app, "v2", "Hello from v2");
      assertThat(v2.manifest().versionLabel()).isNotEqualTo(v1.manifest().versionLabel());
      Path deployResult = tmp.resolve("deploy").resolve(DeploymentRecord.FILE_NAME);
      DeploymentRecord deployed =
          new DeployOperation(services)
              .deploy(
                  new DeployRequest(
                      app, env, v2, null, List.of(), false, true, Set.of("Green"), TIMEOUT, deployResult));
      assertThat(deployed.status()).isEqualTo("SUCCEEDED");
      assertThat(deployed.versionLabel()).isEqualTo(v2.manifest().versionLabel());
      assertThat(deployed.version()).isEqualTo("CREATED");
      assertThat(storedBundle(aws, init.bucket(), app, v2)).isEqualTo(Files.readAllBytes(v2.zip()));
      assertThat(eb.environment(app, env)).hasValueSatisfying(
          state -> assertThat(state.versionLabel()).isEqualTo(v2.manifest().versionLabel()));
      assertThat(json(deployResult).path("status").asText()).isEqualTo("SUCCEEDED");

      // eb:terminate -Deb.deleteApplication=true: environment, versions and application gone.
      new TerminateOperation(eb, reporter, clock, sleeper)
          .terminate(new TerminateOperation.TerminateRequest(app, env, true, TIMEOUT));
      assertThat(eb.applicationExists(app)).isFalse();
    }
  }

  /** A small Python web app in its own folder, bundled in directory mode as eb:deploy would. */
  private BundleResult bundle(String app, String name, String greeting) throws Exception {
    Path project = Files.createDirectories(tmp.resolve(name));
    Files.writeString(
        project.resolve("application.py"),
        "def application(environ, start_response):\n"
            + "    start_response('200 OK', [('Content-Type', 'text/plain')])\n"
            + "    return [b'" + greeting + "\\n']\n");
    Files.writeString(project.resolve("requirements.txt"), "");
    return new BundleBuilder(reporter)
        .build(
            BundleRequest.builder()
                .projectDir(project)
                .outputDir(tmp.resolve(name + "-out"))
                .applicationName(app)
                .projectVersion("1.0.0")
                .packaging("pom")
                .mode(BundleSourceMode.DIRECTORY)
                .threads(1)
                .build());
  }

  /** The bytes VersionPublisher stored for a bundle ({@code <app>/<label>.zip} in the EB bucket). */
  private static byte[] storedBundle(AwsClients aws, String bucket, String app, BundleResult bundle) {
    String key = app + "/" + bundle.manifest().versionLabel() + ".zip";
    return aws.s3().getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
  }

  private static JsonNode json(Path file) throws Exception {
    return new ObjectMapper().readTree(file.toFile());
  }

  /** Core progress on the test's output, so a CI log shows how far the run got. */
  private static final class PrefixReporter implements Reporter {
    @Override
    public void info(String message) {
      System.out.println("[localstack] " + message);
    }

    @Override
    public void warn(String message) {
      System.out.println("[localstack] WARN " + message);
    }

    @Override
    public void debug(String message) {}
  }
}
