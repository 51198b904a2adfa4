package io.github.ebmaven.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.localaws.InvokerEndpoint;
import io.github.ebmaven.localaws.LocalAws;
import io.github.ebmaven.localaws.LocalAwsOptions;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Parameter wiring and bad input of the operational goals (status, health, events, logs, open,
 * config, printenv, setenv) against a Ready environment on the local endpoint, in batch mode.
 */
@MojoTest
class OpsMojosTest {

  private static LocalAws aws;

  @Inject private MavenProject project;
  @Inject private MavenSession session;

  private final List<String> log = new ArrayList<>();

  @BeforeAll
  static void readyEnvironment() {
    aws = LocalAws.start(LocalAwsOptions.defaults());
    InvokerEndpoint.readyEnvironment(aws, "shop", "shop-prod", "v1");
  }

  @AfterAll
  static void stop() {
    if (aws != null) {
      aws.close();
    }
  }

  @BeforeEach
  void describeTheProject() {
    MojoSessions.shopInBatchMode(project, session);
    aws.calls().reset();
  }

  private <T extends AbstractMojo> T local(T mojo) throws Exception {
    setVariableValueToObject(mojo, "endpoint", aws.endpoint().toString());
    setVariableValueToObject(mojo, "region", "us-east-1");
    setVariableValueToObject(mojo, "serverId", MojoSessions.SERVER_ID);
    mojo.setLog(new SystemStreamLog() {
      @Override
      public void info(CharSequence content) {
        log.add(content.toString());
      }

      @Override
      public void warn(CharSequence content) {
        log.add("WARN " + content);
      }
    });
    return mojo;
  }

  @Test
  @InjectMojo(goal = "status")
  @MojoParameter(name = "environmentName", value = "shop-prod")
  void statusReadsTheNamedEnvironment(StatusMojo mojo) throws Exception {
    local(mojo).execute();
    assertThat(log).contains("Status:            Ready", "Deployed version:  v1");
  }

  @Test
  @InjectMojo(goal = "health")
  @MojoParameter(name = "environmentName", value = "shop-staging")
  void healthOfAnUnknownEnvironmentNamesTheExistingOnes(HealthMojo mojo) throws Exception {
    assertThatThrownBy(() -> local(mojo).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("Environment 'shop-staging' does not exist in application 'shop'. Its environments: shop-prod.");
    assertThat(aws.calls().count("DescribeEnvironmentHealth")).isZero();
  }

  @Test
  @InjectMojo(goal = "events")
  @MojoParameter(name = "environmentName", value = "shop-prod")
  void eventsDefaultsAndTheirLimit(EventsMojo mojo) throws Exception {
    assertThat(Settings.setting(mojo, "maxEvents")).isEqualTo("50");
    assertThat(Settings.setting(mojo, "follow")).isEqualTo("false");
    setVariableValueToObject(mojo, "maxEvents", "2");
    local(mojo).execute();
    assertThat(log).hasSize(2).allMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  [A-Z]+  .+"));
  }

  @Test
  @InjectMojo(goal = "events")
  @MojoParameter(name = "since", value = "last week")
  void aBadSinceIsRefusedBeforeAnyCall(EventsMojo mojo) throws Exception {
    assertThatThrownBy(() -> local(mojo).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("-Deb.since 'last week' is neither a duration nor an instant.");
    assertThat(aws.calls().all()).isEmpty();
  }

  @Test
  @InjectMojo(goal = "logs")
  @MojoParameter(name = "logs", value = "everything")
  void logsKindIsCheckedBeforeAnyCall(LogsMojo mojo) throws Exception {
    assertThatThrownBy(() -> local(mojo).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("-Deb.logs='everything' is not a kind of logs: use tail");
    assertThat(aws.calls().all()).isEmpty();
  }

  @Test
  @InjectMojo(goal = "logs")
  @MojoParameter(name = "environmentName", value = "shop-prod")
  @MojoParameter(name = "logs", value = "bundle")
  void bundlesGoToTheLogsDirectory(LogsMojo mojo) throws Exception {
    File dir = new File(project.getBasedir(), "target/ops-mojos-test/logs");
    org.codehaus.plexus.util.FileUtils.deleteDirectory(dir);
    setVariableValueToObject(mojo, "logsDirectory", dir.getPath());
    local(mojo).execute();
    assertThat(new File(dir, "shop-prod").list()).singleElement().asString().matches("i-\\w+\\.zip");
  }

  @Test
  @InjectMojo(goal = "open")
  @MojoParameter(name = "environmentName", value = "shop-prod")
  void openInBatchModePrintsTheUrlWithoutABrowser(OpenMojo mojo) throws Exception {
    local(mojo).execute();
    assertThat(log).anyMatch(l -> l.matches("shop-prod: http://shop-prod\\S+"));
    assertThat(log).contains("Not opening a browser: not an interactive session.");
  }

  @Test
  @InjectMojo(goal = "config")
  @MojoParameter(name = "environmentName", value = "shop-prod")
  @MojoParameter(name = "diff", value = "true")
  @MojoParameter(name = "instanceTypes", value = "t3a.nano")
  void configDiffComparesWithThePomSettings(ConfigMojo mojo) throws Exception {
    local(mojo).execute();
    assertThat(log).contains("aws:ec2:instances:");
    assertThat(log).anyMatch(l -> l.startsWith("# Differences from the POM: 1 of its 1 option settings differ"));
    assertThat(log).anyMatch(l -> l.matches("  aws:ec2:instances\\s+InstanceTypes\\s+t3a\\.nano\\s+t3\\.micro, t3\\.small"));
  }

  @Test
  @InjectMojo(goal = "printenv")
  @MojoParameter(name = "secretPattern", value = "[unclosed")
  void printenvRefusesABadSecretPatternBeforeAnyCall(PrintEnvMojo mojo) throws Exception {
    assertThat(Settings.setting(mojo, "reveal")).isEqualTo("false");
    assertThatThrownBy(() -> local(mojo).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("<secretPattern> / -Deb.secretPattern '[unclosed' is not a regular expression");
    assertThat(aws.calls().all()).isEmpty();
  }

  @Test
  @InjectMojo(goal = "setenv")
  @MojoParameter(name = "environmentName", value = "shop-prod")
  @MojoParameter(name = "env", value = "novalue")
  void setenvRefusesAnEntryWithoutEqualsBeforeAnyCall(SetEnvMojo mojo) throws Exception {
    assertThat(Settings.setting(mojo, "acceptedHealth")).isEqualTo("Green");
    assertThatThrownBy(() -> local(mojo).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("-Deb.env entry 1 has no '='");
    assertThat(aws.calls().all()).isEmpty();
  }

  @Test
  @InjectMojo(goal = "setenv")
  @MojoParameter(name = "environmentName", value = "shop-prod")
  @MojoParameter(name = "env", value = "=secret-value-1")
  void setenvRefusesAnEmptyNameWithoutEchoingTheValue(SetEnvMojo mojo) throws Exception {
    assertThatThrownBy(() -> local(mojo).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("-Deb.env entry 1 has an empty name")
        .message().doesNotContain("secret-value-1");
    assertThat(aws.calls().all()).isEmpty();
  }

  @Test
  @InjectMojo(goal = "setenv")
  @MojoParameter(name = "environmentName", value = "shop-prod")
  @MojoParameter(name = "env", value = "SESSION_SECRET=abcdef-123456")
  @MojoParameter(name = "timeout", value = "30s")
  void setenvAppliesTheChangeAndNeverLogsTheValue(SetEnvMojo mojo) throws Exception {
    local(mojo).execute();
    assertThat(String.join("\n", log)).contains("Updated the environment properties of shop-prod (set SESSION_SECRET)")
        .doesNotContain("abcdef-123456");
    assertThat(aws.calls().count("UpdateEnvironment")).isEqualTo(1);
  }
}
