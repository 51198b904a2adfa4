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

/** {@code eb:versions}: the application comes from the project; an unknown one is named. */
@MojoTest
class VersionsMojoTest {

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
  @InjectMojo(goal = "versions")
  @MojoParameter(name = "region", value = "us-east-1")
  @MojoParameter(name = "serverId", value = MojoSessions.SERVER_ID)
  void listsTheVersionsOfTheProjectsApplication(VersionsMojo mojo) throws Exception {
    assertThat(mojo.configuration().application()).isEqualTo("shop");
    endpoint().local(mojo).execute();
    assertThat(endpoint().aws.calls().count("DescribeApplicationVersions")).isEqualTo(1);
  }

  @Test
  @InjectMojo(goal = "versions")
  @MojoParameter(name = "region", value = "us-east-1")
  @MojoParameter(name = "serverId", value = MojoSessions.SERVER_ID)
  @MojoParameter(name = "applicationName", value = "shoop")
  void anUnknownApplicationSaysHowToFixIt(VersionsMojo mojo) throws Exception {
    assertThatThrownBy(() -> endpoint().local(mojo).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("Application 'shoop' does not exist in this region. Set <applicationName> /"
            + " -Deb.applicationName");
    assertThat(endpoint().aws.calls().count("DescribeApplicationVersions")).isZero();
  }
}
