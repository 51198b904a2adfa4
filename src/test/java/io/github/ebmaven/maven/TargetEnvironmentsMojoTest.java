package io.github.ebmaven.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.lenient;

import io.github.ebmaven.config.ConfigKey;
import io.github.ebmaven.config.Configuration;
import io.github.ebmaven.config.Origin;
import io.github.ebmaven.config.SmokeTest;
import io.github.ebmaven.config.TargetDeclaration;
import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.report.EbException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code <environments>} as Maven configures it: every target element is a plugin parameter,
 * converted as at the top of {@code <configuration>}, merged over the common configuration;
 * mistakes fail naming the element and the target.
 */
@MojoTest
class TargetEnvironmentsMojoTest {

  private static final String POM = "classpath:/target-environments/pom.xml";
  private static final String ASG = "aws:autoscaling:asg";

  @Inject private MavenProject project;
  @Inject private MavenSession session;

  @TempDir Path buildDir;

  private final Properties userProperties = new Properties();

  @BeforeEach
  void describeTheProject() {
    MojoSessions.shopPomInBatchMode(project, session, buildDir);
    lenient().when(session.getUserProperties()).thenReturn(userProperties);
  }

  private Configuration selecting(AbstractEbMojo mojo, String target) {
    userProperties.setProperty("eb.target", target);
    return mojo.configuration();
  }

  @Test
  @InjectMojo(goal = "deploy", pom = POM)
  void theTargetsAreDeclaredWithTheirBranches(DeployMojo mojo) throws EbException {
    assertThat(new MojoRawConfiguration(mojo, session, null).targets()).containsExactly(
        new TargetDeclaration("staging", List.of("develop", "release/*")), new TargetDeclaration("production", List.of("main")));
  }

  @Test
  @InjectMojo(goal = "deploy", pom = POM)
  void aTargetOverridesScalarsAndMergesListsOverTheCommonConfiguration(DeployMojo mojo) throws EbException {
    Configuration production = selecting(mojo, "production");

    assertThat(production.environment()).isEqualTo("shop-prod");
    assertThat(production.resolved(ConfigKey.STRATEGY)).isEqualTo(new Configuration.Resolved("blue-green", Origin.TARGET));
    assertThat(production.resolved(ConfigKey.TIMEOUT)).isEqualTo(new Configuration.Resolved("20m", Origin.POM));
    assertThat(production.extensions().optionSettings())
        .containsExactly(new OptionSetting(ASG, "MinSize", "1"), new OptionSetting(ASG, "MaxSize", "8"));
    assertThat(production.extensions().environmentVariables()).containsExactly(Map.entry("DEBUG", "true"), Map.entry("REGION_NAME", "eu"));
    assertThat(production.smokeTests()).containsExactly(
        new SmokeTest("/health", 200, "ok", Duration.ofSeconds(10), 5), new SmokeTest("/", 302, null, Duration.ofSeconds(10), 3));
    assertThat(production.inactiveSettings())
        .containsExactly(new OptionSetting(ASG, "MinSize", "1"), new OptionSetting(ASG, "MaxSize", "1"));
    assertThat(production.tags()).containsExactly(Map.entry("tier", "production"));

    userProperties.setProperty("eb.cnamePrefix", "shop-canary");
    assertThat(mojo.configuration().resolved(ConfigKey.CNAME_PREFIX))
        .isEqualTo(new Configuration.Resolved("shop-canary", Origin.COMMAND_LINE));
  }

  @Test
  @InjectMojo(goal = "deploy", pom = POM)
  void anotherGoalsParameterIsLeftToThatGoal(DeployMojo mojo) throws EbException {
    Configuration staging = selecting(mojo, "staging");

    assertThat(staging.environment()).isEqualTo("shop-staging");
    assertThat(staging.extensions().environmentVariables()).containsEntry("DEBUG", "false");
    assertThat(staging.resolved(ConfigKey.DIFF)).isEqualTo(new Configuration.Resolved("false", Origin.DEFAULT));
  }

  @Test
  @InjectMojo(goal = "config", pom = POM)
  void theGoalThatHasTheParameterReadsIt(ConfigMojo mojo) throws EbException {
    assertThat(selecting(mojo, "staging").resolved(ConfigKey.DIFF)).isEqualTo(new Configuration.Resolved("true", Origin.TARGET));
  }

  @Test
  @InjectMojo(goal = "status", pom = POM)
  void goalsWithoutBundleParametersStillSeeTheTargetsTheyHave(StatusMojo mojo) throws EbException {
    Configuration production = selecting(mojo, "production");
    assertThat(production.environment()).isEqualTo("shop-prod");
    assertThat(production.text(ConfigKey.STRATEGY)).isEqualTo("blue-green");
    assertThat(production.extensions().optionSettings()).isEmpty();
  }

  @Test
  @InjectMojo(goal = "deploy", pom = "classpath:/target-environments/typo.xml")
  void anElementNoGoalHasIsRefusedWithWhatWasMeant(DeployMojo mojo) {
    assertThatThrownBy(() -> selecting(mojo, "production").environment())
        .isInstanceOf(EbException.class)
        .hasMessage("<environments>/<environment> production: <cnamePrefx> is not a parameter of this plugin. Did you mean <cnamePrefix>?");
  }

  @Test
  @InjectMojo(goal = "deploy", pom = "classpath:/target-environments/broken.xml")
  void aTargetCannotSelectAnotherAndBadValuesNameTheirTarget(DeployMojo mojo) {
    assertThatThrownBy(() -> selecting(mojo, "production").environment())
        .hasMessage("<environments>/<environment> production: <target> cannot be set inside a target environment (it selects"
            + " one); move it to the plugin's <configuration>, or select the target with -Deb.target=production.");
    assertThatThrownBy(() -> selecting(mojo, "staging").smokeTests())
        .hasMessageStartingWith("<environments>/<environment> staging: ")
        .hasMessageContaining("'many'")
        .hasMessageEndingWith(". Fix that element of the environment staging.");
  }

  @Test
  @InjectMojo(goal = "deploy", pom = "classpath:/target-environments/nameless.xml")
  void everyTargetNeedsAnId(DeployMojo mojo) {
    assertThatThrownBy(() -> mojo.configuration().target())
        .hasMessage("<environments>/<environment>[2] has no <id>; give it one, for example <id>staging</id>.");
  }

  @Test
  @InjectMojo(goal = "deploy", pom = "classpath:/target-environments/twice.xml")
  void idsAreUnique(DeployMojo mojo) {
    assertThatThrownBy(() -> mojo.configuration().target())
        .hasMessage("<environments>/<environment>[2]: another <environment> already has <id>staging</id>; give each its own id.");
  }
}
