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

/** {@code eb:restart}, {@code eb:abort} and {@code eb:rebuild} against a Ready environment. */
@MojoTest
class EnvironmentActionMojosTest {

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

  private static String status(String environment) throws Exception {
    return endpoint().eb.environments().find("shop", environment).orElseThrow().status();
  }

  @Test
  @InjectMojo(goal = "restart")
  @MojoParameter(name = "region", value = "us-east-1")
  @MojoParameter(name = "serverId", value = MojoSessions.SERVER_ID)
  @MojoParameter(name = "environmentName", value = "shop-blue")
  void restartRestartsTheNamedEnvironmentAndWaits(RestartMojo mojo) throws Exception {
    endpoint().local(mojo).execute();
    assertThat(endpoint().aws.calls().count("RestartAppServer")).isEqualTo(1);
    assertThat(status("shop-blue")).isEqualTo("Ready");
  }

  @Test
  @InjectMojo(goal = "restart")
  @MojoParameter(name = "region", value = "us-east-1")
  @MojoParameter(name = "serverId", value = MojoSessions.SERVER_ID)
  @MojoParameter(name = "environmentName", value = "shop-purple")
  void anUnknownEnvironmentListsTheExistingOnes(RestartMojo mojo) throws Exception {
    assertThatThrownBy(() -> endpoint().local(mojo).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("Environment 'shop-purple' does not exist in application 'shop'. Its environments:"
            + " shop-blue, shop-green.");
    assertThat(endpoint().aws.calls().count("RestartAppServer")).isZero();
  }

  @Test
  @InjectMojo(goal = "abort")
  @MojoParameter(name = "region", value = "us-east-1")
  @MojoParameter(name = "serverId", value = MojoSessions.SERVER_ID)
  @MojoParameter(name = "environmentName", value = "shop-green")
  void abortOfAReadyEnvironmentChangesNothing(AbortMojo mojo) throws Exception {
    endpoint().local(mojo).execute();
    assertThat(endpoint().aws.calls().count("AbortEnvironmentUpdate")).isZero();
    assertThat(status("shop-green")).isEqualTo("Ready");
  }

  @Test
  @InjectMojo(goal = "rebuild")
  @MojoParameter(name = "region", value = "us-east-1")
  @MojoParameter(name = "serverId", value = MojoSessions.SERVER_ID)
  @MojoParameter(name = "environmentName", value = "shop-green")
  void rebuildInBatchModeWithoutForceIsRefused(RebuildMojo mojo) throws Exception {
    assertThat(Settings.setting(mojo, "force")).isEqualTo("false");
    assertThatThrownBy(() -> endpoint().local(mojo).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("Refusing to rebuild shop-green without confirmation: the build runs in batch mode (-B). Add -Deb.force=true to rebuild"
            + " it. Nothing was changed.");
    assertThat(endpoint().aws.calls().count("DescribeEnvironments")).isPositive();
    assertThat(endpoint().aws.calls().count("RebuildEnvironment")).isZero();
    assertThat(status("shop-green")).isEqualTo("Ready");
  }

  @Test
  @InjectMojo(goal = "rebuild")
  @MojoParameter(name = "region", value = "us-east-1")
  @MojoParameter(name = "serverId", value = MojoSessions.SERVER_ID)
  @MojoParameter(name = "environmentName", value = "shop-green")
  @MojoParameter(name = "force", value = "true")
  void rebuildWithForceRebuildsAndWaits(RebuildMojo mojo) throws Exception {
    endpoint().local(mojo).execute();
    assertThat(endpoint().aws.calls().count("RebuildEnvironment")).isEqualTo(1);
    assertThat(status("shop-green")).isEqualTo("Ready");
  }
}
