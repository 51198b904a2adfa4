package io.github.ebmaven.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.goals.LifecycleGoals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parameter wiring of {@code eb:deploy}: bad values fail before anything is built or called. */
@MojoTest
class DeployMojoTest {

  private static final String POM = "classpath:/deploy-mojo/pom.xml";
  private static final String CLOSED_PORT = "http://127.0.0.1:9";

  @Inject private MavenProject project;
  @Inject private MavenSession session;

  @TempDir Path buildDir;

  @BeforeEach
  void describeTheProject() {
    MojoSessions.shopPomInBatchMode(project, session, buildDir);
    project.getProperties().setProperty("project.build.outputTimestamp", "2026-01-02T03:04:06Z");
  }

  private void failsBeforeBuilding(DeployMojo mojo, String message) throws Exception {
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessage(message);
    try (Stream<Path> files = Files.list(buildDir)) {
      assertThat(files).as("nothing built").isEmpty();
    }
  }

  @Test
  @InjectMojo(goal = "deploy")
  @MojoParameter(name = "environmentName", value = "shop-staging")
  @MojoParameter(name = "applicationName", value = "shop")
  void theCommandLineAimsAPomAtAnotherEnvironment(DeployMojo mojo) throws Exception {
    assertThat(mojo.configuration().environment()).isEqualTo("shop-staging");
    java.util.Properties userProperties = new java.util.Properties();
    userProperties.setProperty("eb.environmentName", "shop-prod");
    org.mockito.Mockito.lenient().when(session.getUserProperties()).thenReturn(userProperties);
    assertThat(mojo.configuration().environment()).isEqualTo("shop-prod");
    assertThat(mojo.configuration().application()).isEqualTo("shop");
  }

  @Test
  @InjectMojo(goal = "deploy")
  void defaults(DeployMojo mojo) throws Exception {
    assertThat(Settings.setting(mojo, "waitForResult")).isEqualTo("true");
    assertThat(Settings.setting(mojo, "updateSettings")).isEqualTo("false");
    assertThat(Settings.setting(mojo, "acceptedHealth")).isEqualTo("Green");
    assertThat(Settings.setting(mojo, "timeout")).isEqualTo("30m");
    assertThat(Settings.setting(mojo, "deployVersion")).isNull();
    assertThat(Settings.setting(mojo, "skip")).isEqualTo("false");
    assertThat(new LifecycleGoals(Settings.context(mojo)).resultFile()).isEqualTo(buildDir.resolve("eb/deployment.json"));
  }

  @Test
  @InjectMojo(goal = "deploy", pom = POM)
  @MojoParameter(name = "endpoint", value = CLOSED_PORT)
  @MojoParameter(name = "acceptedHealth", value = "Blue")
  void anUnknownHealthColour(DeployMojo mojo) throws Exception {
    failsBeforeBuilding(mojo,
        "<acceptedHealth> / -Deb.acceptedHealth lists 'Blue'; use Green, Yellow, Red or Grey, comma-separated.");
  }

  @Test
  @InjectMojo(goal = "deploy", pom = POM)
  @MojoParameter(name = "endpoint", value = CLOSED_PORT)
  @MojoParameter(name = "timeout", value = "soon")
  void aTimeoutThatIsNotADuration(DeployMojo mojo) throws Exception {
    failsBeforeBuilding(mojo,
        "<timeout> / -Deb.timeout 'soon' is not a duration. Write it like 30m, 90s, 1h or 1800 (seconds).");
  }

  @Test
  @InjectMojo(goal = "deploy", pom = POM)
  @MojoParameter(name = "region", value = "us-east-1")
  @MojoParameter(name = "serverId", value = MojoSessions.SERVER_ID)
  @MojoParameter(name = "endpoint", value = "not a url")
  void aBadEndpoint(DeployMojo mojo) {
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("<endpoint> / -Deb.endpoint 'not a url' is not a URL. Write it like http://127.0.0.1:4566.");
  }

  @Test
  @InjectMojo(goal = "deploy", pom = POM)
  @MojoParameter(name = "skip", value = "true")
  void skipBuildsNothing(DeployMojo mojo) throws Exception {
    mojo.execute();
    try (Stream<Path> files = Files.list(buildDir)) {
      assertThat(files).isEmpty();
    }
  }
}
