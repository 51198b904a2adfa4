package io.github.ebmaven.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code eb:platforms}: {@code eb.platform} is the filter. */
@MojoTest
class PlatformsMojoTest {

  @RegisterExtension
  static final SharedEndpoint ENDPOINT = SharedEndpoint.empty();

  private static OpsEndpoint endpoint() {
    return ENDPOINT.get();
  }

  @Inject private MavenSession session;

  @BeforeEach
  void batch() {
    MojoSessions.batchModeWithServer(session, "test", "test");
  }

  @Test
  @InjectMojo(goal = "platforms")
  @MojoParameter(name = "region", value = "us-east-1")
  @MojoParameter(name = "serverId", value = MojoSessions.SERVER_ID)
  @MojoParameter(name = "platform", value = "corretto")
  void listsTheBranchesTheFilterMatches(PlatformsMojo mojo) throws Exception {
    endpoint().local(mojo).execute();
    assertThat(endpoint().aws.calls().count("ListPlatformBranches")).isEqualTo(1);
    assertThat(endpoint().aws.calls().count("ListPlatformVersions")).isPositive();
  }

  @Test
  @InjectMojo(goal = "platforms")
  @MojoParameter(name = "region", value = "us-east-1")
  @MojoParameter(name = "serverId", value = MojoSessions.SERVER_ID)
  @MojoParameter(name = "platform", value = "cobol")
  void aFilterThatMatchesNothingFailsNamingTheBranches(PlatformsMojo mojo) throws Exception {
    assertThatThrownBy(() -> endpoint().local(mojo).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("No platform branch matches <platform> / -Deb.platform 'cobol'.")
        .hasMessageContaining("corretto-17");
  }
}
