package io.github.ebmaven.maven;

import static org.mockito.Mockito.lenient;

import java.nio.file.Path;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;

/**
 * Gives the harness's mocked {@link MavenSession} a batch-mode request and a settings.xml server,
 * and its {@link MavenProject} the application {@code shop}.
 */
final class MojoSessions {

  static final String SERVER_ID = "local-aws";

  private MojoSessions() {}

  static void batchModeWithServer(MavenSession session, String accessKey, String secretKey) {
    Server server = new Server();
    server.setId(SERVER_ID);
    server.setUsername(accessKey);
    server.setPassword(secretKey);
    Settings settings = new Settings();
    settings.addServer(server);
    DefaultMavenExecutionRequest request = new DefaultMavenExecutionRequest();
    request.setInteractiveMode(false);
    lenient().when(session.getSettings()).thenReturn(settings);
    lenient().when(session.getRequest()).thenReturn(request);
  }

  /** Project {@code shop} in a batch-mode session with the settings.xml server's keys test/test. */
  static void shopInBatchMode(MavenProject project, MavenSession session) {
    project.setArtifactId("shop");
    batchModeWithServer(session, "test", "test");
  }

  /** As {@link #shopInBatchMode}, a {@code pom} project at version 1.0.0 that builds into {@code buildDir}. */
  static void shopPomInBatchMode(MavenProject project, MavenSession session, Path buildDir) {
    shopInBatchMode(project, session);
    project.setVersion("1.0.0");
    project.setPackaging("pom");
    project.getBuild().setDirectory(buildDir.toString());
  }
}
