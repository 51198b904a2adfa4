package io.github.ebmaven.testing;

import io.github.ebmaven.aws.AwsSettings;
import io.github.ebmaven.config.ConfigKey;
import io.github.ebmaven.config.Configuration;
import io.github.ebmaven.config.Layer;
import io.github.ebmaven.config.ProjectFacts;
import io.github.ebmaven.config.SmokeTest;
import io.github.ebmaven.config.TargetDeclaration;
import io.github.ebmaven.config.RawConfiguration;
import io.github.ebmaven.extensions.ExtensionsConfig;
import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.goals.Console;
import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.SecretMasker;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A front end in a test: settings given as {@code -D} properties and POM values by property name,
 * a project folder, and the local endpoint's keys; builds the {@link GoalContext} a goal runs in.
 */
public final class MapConfiguration implements RawConfiguration {

  private final Map<String, String> commandLine = new HashMap<>();
  private final Map<String, String> pom = new HashMap<>();
  private final Path projectDir;
  private ExtensionsConfig extensions = ExtensionsConfig.EMPTY;

  public MapConfiguration(Path projectDir) {
    this.projectDir = projectDir;
  }

  /** Aims it at the fixture's endpoint with its keys (as {@code -Deb.endpoint}, a settings.xml server). */
  public static MapConfiguration on(LocalAwsFixture local, Path projectDir) {
    return new MapConfiguration(projectDir)
        .pom("eb.endpoint", local.aws.endpoint().toString())
        .pom("eb.region", local.aws.region())
        .pom("eb.serverId", "local");
  }

  /** A {@code -D} on the command line. */
  public MapConfiguration cli(String property, String value) {
    commandLine.put(property, value);
    return this;
  }

  /** A POM value. */
  public MapConfiguration pom(String property, String value) {
    pom.put(property, value);
    return this;
  }

  public MapConfiguration extensions(ExtensionsConfig config) {
    extensions = config;
    return this;
  }

  /** The context a goal runs in, reporting to {@code reporter}. */
  public GoalContext context(RecordingReporter reporter) {
    return new GoalContext(Configuration.resolve(this), reporter, new SecretMasker(), Console.NONE);
  }

  /** The context of {@code goal}, as the goal's mojo makes it ({@code eb.output} read). */
  public GoalContext context(String goal, RecordingReporter reporter) throws EbException {
    return GoalContext.forGoal(
        goal, Configuration.resolve(this), reporter, new SecretMasker(), Console.NONE, java.util.concurrent.ConcurrentHashMap.newKeySet());
  }

  @Override
  public String commandLine(ConfigKey key) {
    return commandLine.get(key.property());
  }

  @Override
  public Layer pom() {
    return new Layer() {
      @Override
      public String value(ConfigKey key) {
        return pom.get(key.property());
      }

      @Override
      public ExtensionsConfig extensions() {
        return extensions;
      }

      @Override
      public List<OptionSetting> creationOptionSettings() {
        return List.of();
      }

      @Override
      public Map<String, String> tags() {
        return Map.of();
      }

      @Override
      public List<OptionSetting> inactiveSettings() {
        return List.of();
      }

      @Override
      public List<SmokeTest> smokeTests() {
        return List.of();
      }
    };
  }

  @Override
  public List<TargetDeclaration> targets() {
    return List.of();
  }

  @Override
  public Layer target(String id) {
    return Layer.EMPTY;
  }

  @Override
  public ProjectFacts project() {
    return new ProjectFacts(projectDir, projectDir.resolve("target"), "shop", "1.0.0", "pom", null, "2026-01-02T03:04:05Z");
  }

  @Override
  public AwsSettings.StaticKeys serverCredentials(String serverId) throws EbException {
    return new AwsSettings.StaticKeys("test", "test", null);
  }

  @Override
  public String environmentVariable(String name) {
    return null;
  }
}
