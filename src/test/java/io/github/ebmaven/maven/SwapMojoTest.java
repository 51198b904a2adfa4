package io.github.ebmaven.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code eb:swap}: both names wired, the target required, the health colours checked. */
@MojoTest
class SwapMojoTest {

  @RegisterExtension
  static final SharedEndpoint ENDPOINT = SharedEndpoint.blueAndGreen();

  private static OpsEndpoint endpoint() {
    return ENDPOINT.get();
  }

  @Inject private MavenProject project;
  @Inject private MavenSession session;

  @BeforeEach
  void batch() {
    MojoSessions.shopInBatchMode(project, session);
  }

  @Test
  @InjectMojo(goal = "swap")
  @MojoParameter(name = "region", value = "us-east-1")
  @MojoParameter(name = "serverId", value = MojoSessions.SERVER_ID)
  @MojoParameter(name = "environmentName", value = "shop-blue")
  @MojoParameter(name = "targetEnvironmentName", value = "shop-green")
  void swapsTheNamedEnvironments(SwapMojo mojo) throws Exception {
    assertThat(Settings.setting(mojo, "acceptedHealth")).isEqualTo("Green");
    String blue = endpoint().eb.environments().find("shop", "shop-blue").orElseThrow().cname();
    endpoint().local(mojo).execute();
    assertThat(endpoint().eb.environments().find("shop", "shop-green").orElseThrow().cname()).isEqualTo(blue);
    assertThat(endpoint().aws.calls().count("SwapEnvironmentCNAMEs")).isEqualTo(1);
  }

  @Test
  @InjectMojo(goal = "swap")
  @MojoParameter(name = "region", value = "us-east-1")
  @MojoParameter(name = "serverId", value = MojoSessions.SERVER_ID)
  @MojoParameter(name = "environmentName", value = "shop-blue")
  void withoutATargetNothingIsCalled(SwapMojo mojo) throws Exception {
    assertThatThrownBy(() -> endpoint().local(mojo).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("eb:swap needs the environment to swap with: set <targetEnvironmentName> /"
            + " -Deb.targetEnvironmentName (for example -Deb.targetEnvironmentName=shop-green).");
    assertThat(endpoint().aws.calls().all()).isEmpty();
  }

  @Test
  @InjectMojo(goal = "swap")
  @MojoParameter(name = "region", value = "us-east-1")
  @MojoParameter(name = "serverId", value = MojoSessions.SERVER_ID)
  @MojoParameter(name = "environmentName", value = "shop-blue")
  @MojoParameter(name = "targetEnvironmentName", value = "shop-green")
  @MojoParameter(name = "acceptedHealth", value = "Green,Blue")
  void anUnknownHealthColourIsRefused(SwapMojo mojo) throws Exception {
    assertThatThrownBy(() -> endpoint().local(mojo).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("<acceptedHealth> / -Deb.acceptedHealth lists 'Blue'; use Green, Yellow, Red or Grey, comma-separated.");
    assertThat(endpoint().aws.calls().all()).isEmpty();
  }
}
