package io.github.ebmaven.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.bundle.BundleBuilder;
import io.github.ebmaven.bundle.BundleRequest;
import io.github.ebmaven.bundle.BundleSourceMode;
import io.github.ebmaven.lifecycle.CreateOperation;
import io.github.ebmaven.lifecycle.CreationSettings;
import io.github.ebmaven.lifecycle.InitOperation;
import io.github.ebmaven.report.Reporter;
import io.github.ebmaven.testing.LocalAwsFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parameter wiring of {@code eb:terminate}, against a running environment on the local endpoint,
 * reached with the keys of a settings.xml {@code <server>} in a batch-mode session.
 */
@MojoTest
class TerminateMojoTest {

  private static OpsEndpoint endpoint;

  @Inject private MavenProject project;
  @Inject private MavenSession session;

  @BeforeAll
  static void launchAnEnvironment(@TempDir Path tmp) throws Exception {
    endpoint = new OpsEndpoint();
    new InitOperation(endpoint.services(Reporter.SILENT))
        .init(new InitOperation.InitRequest("shop", null, null, null, "aws-elasticbeanstalk-service-role"));
    var bundle = new BundleBuilder(Reporter.SILENT).build(BundleRequest.builder()
        .projectDir(Path.of("src/test/resources/package-mojo/app"))
        .outputDir(tmp.resolve("out"))
        .applicationName("shop")
        .projectVersion("1.0.0")
        .packaging("pom")
        .mode(BundleSourceMode.DIRECTORY)
        .threads(1)
        .build());
    new CreateOperation(endpoint.services(Reporter.SILENT))
        .create(new CreateOperation.CreateRequest("shop", "shop-prod", null, "WebServer", "python-3.11", bundle, null,
            CreationSettings.defaults(), Map.of(), Set.of("Green"), Duration.ofSeconds(60), tmp.resolve("create.json")));
  }

  @AfterAll
  static void stop() {
    LocalAwsFixture.close(endpoint);
  }

  @BeforeEach
  void describeTheProject() {
    MojoSessions.shopInBatchMode(project, session);
    endpoint.aws.calls().reset();
  }

  @Test
  @InjectMojo(goal = "terminate")
  void defaults(TerminateMojo mojo) throws Exception {
    assertThat(Settings.setting(mojo, "force")).isEqualTo("false");
    assertThat(Settings.setting(mojo, "deleteApplication")).isEqualTo("false");
    assertThat(Settings.setting(mojo, "timeout")).isEqualTo("30m");
    assertThat(Settings.setting(mojo, "skip")).isEqualTo("false");
    assertThat(mojo.configuration().environment()).isEqualTo("shop-env");
  }

  @Test
  @InjectMojo(goal = "terminate")
  @MojoParameter(name = "region", value = "us-east-1")
  @MojoParameter(name = "serverId", value = MojoSessions.SERVER_ID)
  @MojoParameter(name = "environmentName", value = "shop-prod")
  void batchModeWithoutForceIsRefusedAndTheEnvironmentKeepsRunning(TerminateMojo mojo) throws Exception {
    assertThatThrownBy(() -> endpoint.local(mojo).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("Refusing to terminate shop-prod without confirmation: the build runs in batch mode (-B). Add -Deb.force=true to"
            + " terminate it. Nothing was changed.");

    assertThat(endpoint.aws.calls().count("DescribeEnvironments")).isPositive();
    assertThat(endpoint.aws.calls().count("TerminateEnvironment")).isZero();
    assertThat(endpoint.eb.environments().find("shop", "shop-prod").orElseThrow().status()).isEqualTo("Ready");
  }

  @Test
  @InjectMojo(goal = "terminate")
  @MojoParameter(name = "region", value = "us-east-1")
  @MojoParameter(name = "serverId", value = MojoSessions.SERVER_ID)
  @MojoParameter(name = "environmentName", value = "shop-staging")
  @MojoParameter(name = "force", value = "true")
  void anUnknownEnvironmentIsNamedBeforeAnythingChanges(TerminateMojo mojo) throws Exception {
    assertThatThrownBy(() -> endpoint.local(mojo).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("Environment 'shop-staging' does not exist in application 'shop'. Its environments: shop-prod.");
    assertThat(endpoint.aws.calls().count("TerminateEnvironment")).isZero();
  }

  @Test
  @InjectMojo(goal = "terminate")
  @MojoParameter(name = "region", value = "us-east-1")
  @MojoParameter(name = "serverId", value = MojoSessions.SERVER_ID)
  @MojoParameter(name = "environmentName", value = "shop-prod")
  @MojoParameter(name = "force", value = "true")
  @MojoParameter(name = "timeout", value = "never")
  void aBadTimeoutIsRefusedBeforeAnyCall(TerminateMojo mojo) throws Exception {
    assertThatThrownBy(() -> endpoint.local(mojo).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("<timeout> / -Deb.timeout 'never' is not a duration.");
    assertThat(endpoint.aws.calls().all()).isEmpty();
  }
}
