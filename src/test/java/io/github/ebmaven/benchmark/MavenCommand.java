package io.github.ebmaven.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the process benchmark starts Maven and the AWS CLI: Maven offline, resolving the plugin
 * under test from a private local repository (its dependencies from the build's own, through
 * Maven 3.9's {@code maven.repo.local.tail}), each log line stamped by Maven's logger, the
 * plugin's own loggers (only those) at debug level; every process with the local endpoint's test
 * keys and none of the developer's AWS profiles, Maven options or instance metadata.
 */
final class MavenCommand {

  /** What Maven's logger writes at the start of each line: {@link ChildProcess#stamped} reads it back. */
  static final String TIME_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX";

  private final Path maven;
  private final Path privateRepository;
  private final Path sharedRepository;
  private final Path aws;
  private final Path logs;
  private final Map<String, String> environment = new HashMap<>();
  private int runs;

  MavenCommand(Path maven, Path privateRepository, Path sharedRepository, Path aws, Path work) throws IOException {
    this.maven = maven;
    this.privateRepository = privateRepository;
    this.sharedRepository = sharedRepository;
    this.aws = aws;
    this.logs = work.resolve("logs");
    ChildProcess.deleteTree(logs);
    Path awsHome = work.resolve("aws-home");
    Files.createDirectories(awsHome);
    environment.put("AWS_ACCESS_KEY_ID", "test");
    environment.put("AWS_SECRET_ACCESS_KEY", "test");
    environment.put("AWS_REGION", "us-east-1");
    environment.put("AWS_DEFAULT_REGION", "us-east-1");
    environment.put("AWS_EC2_METADATA_DISABLED", "true");
    environment.put("AWS_CONFIG_FILE", awsHome.resolve("config").toString());
    environment.put("AWS_SHARED_CREDENTIALS_FILE", awsHome.resolve("credentials").toString());
    environment.put("AWS_PAGER", "");
    for (String unset : List.of("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL", "AWS_CA_BUNDLE",
        "MAVEN_OPTS", "MAVEN_ARGS")) {
      environment.put(unset, null);
    }
  }

  Path aws() {
    return aws;
  }

  /** {@code mvn -B -o <arguments>} in {@code dir}, timed. */
  ChildProcess.Result mvn(String name, Path dir, Duration timeout, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        maven.toString(), "-B", "-o",
        "-Dmaven.repo.local=" + privateRepository,
        "-Dmaven.repo.local.tail=" + sharedRepository,
        "-Dorg.slf4j.simpleLogger.showDateTime=true",
        "-Dorg.slf4j.simpleLogger.dateTimeFormat=" + TIME_FORMAT,
        "-Dorg.slf4j.simpleLogger.log.io.github.ebmaven=debug"));
    command.addAll(List.of(arguments));
    return run(name, dir, timeout, command);
  }

  /** {@code mvn -v}: the JVM and Maven starting, reading nothing. */
  ChildProcess.Result mavenVersion(Path dir) throws IOException, InterruptedException {
    return run("mvn -v", dir, Duration.ofMinutes(2), List.of(maven.toString(), "-v"));
  }

  /** Any other program with the same environment. */
  ChildProcess.Result run(String name, Path dir, Duration timeout, List<String> command)
      throws IOException, InterruptedException {
    Path log = logs.resolve(String.format("%03d-%s.log", ++runs, name.replaceAll("[^A-Za-z0-9.-]+", "-")));
    return ChildProcess.run(name, dir, environment, timeout, log, command);
  }
}
