package io.github.ebmaven.maven;

import static org.mockito.Mockito.lenient;

import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;

/** Gives the harness's mocked {@link MavenSession} a batch-mode request and a settings.xml server. */
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
}
