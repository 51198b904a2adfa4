package io.github.ebmaven.config;

import io.github.ebmaven.report.EbException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The EB CLI's {@code .elasticbeanstalk/config.yml}, so a project that used {@code eb init} needs no
 * new settings: application, region, platform, profile, and the environment of the current git
 * branch ({@code branch-defaults}). POM values and {@code -D} properties win over it.
 */
public record EbCliConfig(
    String applicationName, String region, String platform, String profile, String branchEnvironment) {

  public static final EbCliConfig NONE = new EbCliConfig(null, null, null, null, null);

  public static EbCliConfig read(Path projectDir) throws EbException {
    Path file = projectDir.resolve(".elasticbeanstalk/config.yml");
    if (!Files.isRegularFile(file)) {
      return NONE;
    }
    Object loaded;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
    } catch (IOException | YAMLException e) {
      throw new EbException(
          "Cannot read " + file + ": " + e.getMessage() + ". Fix or delete it (the POM can hold every setting).", e);
    }
    if (!(loaded instanceof Map<?, ?> root)) {
      return NONE;
    }
    Map<?, ?> global = map(root.get("global"));
    String environment = null;
    Map<?, ?> branches = map(root.get("branch-defaults"));
    String branch = GitBranch.checkedOut(projectDir);
    if (branch != null) {
      environment = text(map(branches.get(branch)).get("environment"));
    }
    return new EbCliConfig(
        text(global.get("application_name")),
        text(global.get("default_region")),
        text(global.get("default_platform")),
        text(global.get("profile")),
        environment);
  }

  private static Map<?, ?> map(Object value) {
    return value instanceof Map<?, ?> m ? m : Map.of();
  }

  private static String text(Object value) {
    return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value).trim();
  }
}
