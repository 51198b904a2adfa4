package io.github.ebmaven.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.aws.VersionInfo;
import io.github.ebmaven.localaws.InvokerEndpoint;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code eb:clean}: a dry run by default, ten versions kept, bad limits refused before any call. */
@MojoTest
class CleanMojoTest {

  @RegisterExtension
  static final SharedEndpoint ENDPOINT = SharedEndpoint.blueAndGreen();

  private static OpsEndpoint endpoint() {
    return ENDPOINT.get();
  }

  @Inject private MavenProject project;
  @Inject private MavenSession session;

  @BeforeAll
  static void start() throws Exception {
    InvokerEndpoint.processedVersion(endpoint().aws, "shop", "v3");
  }

  @BeforeEach
  void batch() {
    MojoSessions.shopInBatchMode(project, session);
  }

  @Test
  @InjectMojo(goal = "clean")
  @MojoParameter(name = "region", value = "us-east-1")
  @MojoParameter(name = "serverId", value = MojoSessions.SERVER_ID)
  @MojoParameter(name = "keepVersions", value = "1")
  void isADryRunByDefault(CleanMojo mojo) throws Exception {
    assertThat(Settings.setting(mojo, "dryRun")).isEqualTo("true");
    assertThat(Settings.setting(mojo, "olderThanDays")).isNull();
    endpoint().local(mojo).execute();
    assertThat(endpoint().aws.calls().count("DeleteApplicationVersion")).isZero();
    assertThat(endpoint().eb.applications().versions("shop")).extracting(VersionInfo::label).containsExactly("v3", "v2", "v1");
  }

  @Test
  @InjectMojo(goal = "clean")
  void keepsTenVersionsByDefault(CleanMojo mojo) throws Exception {
    assertThat(Settings.setting(mojo, "keepVersions")).isEqualTo("10");
  }

  @Test
  @InjectMojo(goal = "clean")
  @MojoParameter(name = "region", value = "us-east-1")
  @MojoParameter(name = "serverId", value = MojoSessions.SERVER_ID)
  @MojoParameter(name = "keepVersions", value = "0")
  @MojoParameter(name = "dryRun", value = "false")
  void keepingNoVersionIsRefusedBeforeAnyCall(CleanMojo mojo) throws Exception {
    assertThatThrownBy(() -> endpoint().local(mojo).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("<keepVersions> / -Deb.keepVersions is 0; it must be at least 1");
    assertThat(endpoint().aws.calls().all()).isEmpty();
  }
}
