package io.github.ebmaven.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parameter wiring of {@code eb:create}. Every bad input fails before a client is made: the
 * endpoint points at a closed port, so a call would fail with another message.
 */
@MojoTest
class CreateMojoTest {

  private static final String CLOSED_PORT = "http://127.0.0.1:9";

  @Inject private MavenProject project;
  @Inject private MavenSession session;

  @TempDir Path buildDir;

  @BeforeEach
  void describeTheProject() {
    MojoSessions.shopPomInBatchMode(project, session, buildDir);
  }

  @AfterEach
  void nothingWasBuilt() throws Exception {
    try (Stream<Path> files = Files.list(buildDir)) {
      assertThat(files).isEmpty();
    }
  }

  private static void failsWith(CreateMojo mojo, String message) {
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessage(message);
  }

  @Test
  @InjectMojo(goal = "create")
  void defaults(CreateMojo mojo) throws Exception {
    assertThat(Settings.setting(mojo, "tier")).isEqualTo("WebServer");
    assertThat(Settings.setting(mojo, "acceptedHealth")).isEqualTo("Green");
    assertThat(Settings.setting(mojo, "timeout")).isEqualTo("30m");
    assertThat(Settings.setting(mojo, "cnamePrefix")).isNull();
    assertThat(Settings.setting(mojo, "environmentType")).isNull();
    assertThat(Settings.setting(mojo, "loadBalancerType")).isNull();
    assertThat(Settings.setting(mojo, "deployVersion")).isNull();
    assertThat(Settings.setting(mojo, "bundleSource")).isEqualTo("auto");
    assertThat(mojo.configuration().acceptedHealth()).containsExactly("Green");
    assertThat(mojo.configuration().timeout()).hasMinutes(30);
  }

  @Test
  @InjectMojo(goal = "create")
  @MojoParameter(name = "platform", value = "python-3.11")
  @MojoParameter(name = "endpoint", value = CLOSED_PORT)
  @MojoParameter(name = "tier", value = "Database")
  void anUnknownTier(CreateMojo mojo) {
    failsWith(mojo, "<tier> / -Deb.tier must be WebServer or Worker, not 'Database'.");
  }

  @Test
  @InjectMojo(goal = "create")
  @MojoParameter(name = "platform", value = "python-3.11")
  @MojoParameter(name = "endpoint", value = CLOSED_PORT)
  @MojoParameter(name = "acceptedHealth", value = "Green,Blue")
  void anUnknownHealthColour(CreateMojo mojo) {
    failsWith(mojo, "<acceptedHealth> / -Deb.acceptedHealth lists 'Blue'; use Green, Yellow, Red or Grey, comma-separated.");
  }

  @Test
  @InjectMojo(goal = "create")
  @MojoParameter(name = "acceptedHealth", value = " green , YELLOW ")
  void healthColoursAreNormalised(CreateMojo mojo) throws Exception {
    assertThat(mojo.configuration().acceptedHealth()).containsExactly("Green", "Yellow");
  }

  @Test
  @InjectMojo(goal = "create")
  @MojoParameter(name = "acceptedHealth", value = " , ")
  void noHealthColour(CreateMojo mojo) {
    failsWith(mojo, "<acceptedHealth> / -Deb.acceptedHealth is empty; use for example Green or Green,Yellow.");
  }

  @Test
  @InjectMojo(goal = "create")
  @MojoParameter(name = "platform", value = "python-3.11")
  @MojoParameter(name = "endpoint", value = CLOSED_PORT)
  @MojoParameter(name = "timeout", value = "soon")
  void aTimeoutThatIsNotADuration(CreateMojo mojo) {
    failsWith(mojo, "<timeout> / -Deb.timeout 'soon' is not a duration. Write it like 30m, 90s, 1h or 1800 (seconds).");
  }

  @Test
  @InjectMojo(goal = "create")
  @MojoParameter(name = "endpoint", value = CLOSED_PORT)
  void noPlatform(CreateMojo mojo) {
    failsWith(mojo,
        "eb:create needs a platform: set <platform> / -Deb.platform, for example python-3.11 or corretto-17.");
  }

  @Test
  @InjectMojo(goal = "create")
  @MojoParameter(name = "platform", value = "python-3.11")
  @MojoParameter(name = "region", value = "us-east-1")
  @MojoParameter(name = "serverId", value = MojoSessions.SERVER_ID)
  @MojoParameter(name = "endpoint", value = "not a url")
  void aBadEndpoint(CreateMojo mojo) {
    failsWith(mojo, "<endpoint> / -Deb.endpoint 'not a url' is not a URL. Write it like http://127.0.0.1:4566.");
  }
}
