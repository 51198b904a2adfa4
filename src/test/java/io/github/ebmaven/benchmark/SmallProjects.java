package io.github.ebmaven.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The small projects the process benchmark runs Maven on, each its own git repository: a Python
 * web application with the plugin configured for an application and environment, and a project
 * with no plugin at all (the floor). Each gets an empty {@code .mvn} folder, so that Maven takes
 * it as the top of its project and reads no {@code .mvn/maven.config} or {@code jvm.config} of
 * the checkout the benchmark runs in; git does not track empty folders, so the work tree stays clean.
 */
final class SmallProjects {

  private final MavenCommand commands;
  private final String pluginVersion;

  SmallProjects(MavenCommand commands, String pluginVersion) {
    this.commands = commands;
    this.pluginVersion = pluginVersion;
  }

  /** A two-file Python application whose POM names the plugin, {@code application} and {@code environment}. */
  Path webApplication(Path dir, String application, String environment) throws IOException, InterruptedException {
    String configuration =
        "<applicationName>" + application + "</applicationName>"
            + (environment == null ? "" : "<environmentName>" + environment + "</environmentName>")
            + "<bundleSource>git</bundleSource>";
    return create(dir, pluginPom(dir.getFileName().toString(), pluginVersion, configuration), Map.of(
        "application.py", application(0),
        "requirements.txt", "",
        "README.md", "A benchmark application.\n"));
  }

  /** A POM without plugins: {@code mvn validate} there is Maven's start and project reading alone. */
  Path empty(Path dir) throws IOException, InterruptedException {
    return create(dir, pom(dir.getFileName().toString(), ""), Map.of());
  }

  /** Commits a change to {@code application.py}: a new commit, a new bundle, a new version label. */
  void newCommit(Path dir, int change) throws IOException, InterruptedException {
    Files.writeString(dir.resolve("application.py"), application(change));
    git(dir, "commit", "-q", "-a", "-m", "change " + change);
  }

  /** An empty {@code .mvn}: Maven's project root is here (see the class comment). */
  static void stopMavenHere(Path dir) throws IOException {
    Files.createDirectories(dir.resolve(".mvn"));
  }

  private Path create(Path dir, String pom, Map<String, String> files) throws IOException, InterruptedException {
    ChildProcess.deleteTree(dir);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("pom.xml"), pom);
    Files.writeString(dir.resolve(".gitignore"), "target/\n");
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.writeString(dir.resolve(file.getKey()), file.getValue());
    }
    stopMavenHere(dir);
    git(dir, "init", "-q");
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "benchmark project");
    return dir;
  }

  private void git(Path dir, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git",
        "-c", "user.name=bench", "-c", "user.email=bench@example.invalid", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(arguments));
    commands.run("git " + arguments[0], dir, Duration.ofMinutes(2), command).requireSuccess();
  }

  private static String application(int change) {
    return "def application(environ, start_response):\n"
        + "    start_response('200 OK', [('Content-Type', 'text/plain')])\n"
        + "    return [b'benchmark change " + change + "']\n";
  }

  /** A POM of packaging {@code pom} whose build has the plugin with {@code configuration}. */
  static String pluginPom(String artifactId, String pluginVersion, String configuration) {
    return pom(artifactId, """
            <build>
              <plugins>
                <plugin>
                  <groupId>io.github.ebmaven</groupId>
                  <artifactId>eb-maven-plugin</artifactId>
                  <version>%s</version>
                  <configuration>%s</configuration>
                </plugin>
              </plugins>
            </build>
        """.formatted(pluginVersion, configuration));
  }

  private static String pom(String artifactId, String build) {
    return """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>bench</groupId>
          <artifactId>%s</artifactId>
          <version>1.0.0</version>
          <packaging>pom</packaging>
        %s</project>
        """.formatted(artifactId, build);
  }
}
