package io.github.ebmaven.goals;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ebmaven.config.Configuration;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.SecretMasker;
import io.github.ebmaven.testing.MapConfiguration;
import io.github.ebmaven.testing.RecordingReporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn package eb:create eb:deploy}: the goals of one build share what they showed, so the
 * bundle's source and generated-files lines and each warning appear once, while every goal still
 * gives its own answer.
 */
class OncePerBuildTest {

  @TempDir Path project;

  private final RecordingReporter reporter = new RecordingReporter();
  private final Set<String> build = ConcurrentHashMap.newKeySet();

  @BeforeEach
  void aProjectWithAWarning() throws Exception {
    Files.writeString(project.resolve("application.py"), "def application(environ, start):\n    return [b'ok']\n");
    Files.createDirectories(project.resolve(".ebextensions"));
    // An option EB does not know, reported as a warning (eb.validation=warn), whoever builds the bundle.
    Files.writeString(project.resolve(".ebextensions/typo.config"),
        "option_settings:\n  aws:elasticbeanstalk:command:\n    DeploymentPolicyy: Rolling\n");
  }

  private GoalContext goal(String name) throws EbException {
    MapConfiguration config = new MapConfiguration(project).pom("eb.applicationName", "shop").pom("eb.bundleSource", "directory")
        .pom("eb.validation", "warn");
    return GoalContext.forGoal(name, Configuration.resolve(config), reporter, new SecretMasker(), Console.NONE, build);
  }

  @Test
  void theSecondGoalOfABuildRepeatsNeitherTheBundleLinesNorTheWarnings() throws EbException {
    goal("package").bundle();
    int linesOfTheFirstGoal = reporter.log.size();
    int warningsOfTheFirstGoal = reporter.warnings.size();

    goal("deploy").bundle();

    assertThat(warningsOfTheFirstGoal).isPositive();
    assertThat(reporter.warnings).hasSize(warningsOfTheFirstGoal);
    assertThat(reporter.log.subList(linesOfTheFirstGoal, reporter.log.size()))
        .noneMatch(reporter.log.subList(0, linesOfTheFirstGoal)::contains);
  }

  @Test
  void separateBuildsEachShowEverything() throws EbException {
    goal("package").bundle();
    int linesOfTheFirstBuild = reporter.log.size();

    GoalContext.forGoal("package", Configuration.resolve(new MapConfiguration(project).pom("eb.applicationName", "shop")
        .pom("eb.bundleSource", "directory").pom("eb.validation", "warn")), reporter, new SecretMasker(), Console.NONE, ConcurrentHashMap.newKeySet()).bundle();

    assertThat(reporter.warnings).hasSize(2 * (int) reporter.warnings.stream().distinct().count());
    assertThat(reporter.log.size()).isGreaterThan(linesOfTheFirstBuild);
  }
}
