package io.github.ebmaven.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.goals.Console;
import io.github.ebmaven.goals.EnvironmentGoals;
import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.localaws.InvokerEndpoint;
import io.github.ebmaven.report.SecretMasker;
import io.github.ebmaven.testing.RecordingReporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Parameter wiring of {@code eb:maintenance} and {@code eb:ssh} in batch mode against the local
 * endpoint, and their bad input named the Maven way ({@code <sshPrint> / -Deb.ssh.print}).
 */
@MojoTest
class MaintenanceAndSshMojoTest {

  @RegisterExtension
  static final SharedEndpoint ENDPOINT = SharedEndpoint.empty();

  @Inject private MavenProject project;
  @Inject private MavenSession session;

  private final List<String> log = new ArrayList<>();

  @BeforeAll
  static void environmentBuiltWithMaintenance() {
    InvokerEndpoint.readyEnvironment(ENDPOINT.get().aws, "shop", "shop-prod", "v1", Map.of(".ebextensions/eb-maven-plugin.config",
        "option_settings:\n  aws:elasticbeanstalk:application:environment:\n    EB_MAINTENANCE: 'off'\n"
            + "  aws:autoscaling:launchconfiguration:\n    IamInstanceProfile: aws-elasticbeanstalk-ec2-role\n"));
  }

  @BeforeEach
  void batch() {
    MojoSessions.shopInBatchMode(project, session);
  }

  private <T extends AbstractMojo> T local(T mojo) throws Exception {
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
    return ENDPOINT.get().local(mojo);
  }

  @Test
  @InjectMojo(goal = "maintenance")
  @MojoParameter(name = "region", value = "us-east-1")
  @MojoParameter(name = "serverId", value = MojoSessions.SERVER_ID)
  @MojoParameter(name = "environmentName", value = "shop-prod")
  @MojoParameter(name = "maintenanceMode", value = "ON")
  void maintenanceOnUpdatesTheEnvironmentAndWaits(MaintenanceMojo mojo) throws Exception {
    local(mojo).execute();

    assertThat(ENDPOINT.get().aws.calls().count("UpdateEnvironment")).isEqualTo(1);
    assertThat(log).contains("Maintenance page on for shop-prod: requests get 503 with Retry-After, except the load balancer's health"
        + " checks, the health check path and the allowed addresses. mvn eb:maintenance with -Deb.maintenance=off serves the application again.");
    local(mojo);
    org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject(mojo, "maintenanceMode", "off");
    mojo.execute();
    assertThat(log).contains("Maintenance page off for shop-prod: the application serves every request.");
  }

  @Test
  @InjectMojo(goal = "maintenance")
  @MojoParameter(name = "region", value = "us-east-1")
  @MojoParameter(name = "serverId", value = MojoSessions.SERVER_ID)
  @MojoParameter(name = "environmentName", value = "shop-prod")
  void maintenanceWithoutOnOrOffSaysHowToSetIt(MaintenanceMojo mojo) throws Exception {
    assertThatThrownBy(() -> local(mojo).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("mvn eb:maintenance needs <maintenanceMode> / -Deb.maintenance: -Deb.maintenance=on shows the maintenance page,"
            + " -Deb.maintenance=off serves the application again.");
    assertThat(ENDPOINT.get().aws.calls().all()).isEmpty();
  }

  @Test
  @InjectMojo(goal = "maintenance")
  @MojoParameter(name = "maintenanceMode", value = "yes")
  void maintenanceTakesOnlyOnOrOff(MaintenanceMojo mojo) throws Exception {
    assertThatThrownBy(() -> local(mojo).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("<maintenanceMode> / -Deb.maintenance must be on or off, not 'yes'.");
  }

  @Test
  @InjectMojo(goal = "ssh")
  @MojoParameter(name = "region", value = "us-east-1")
  @MojoParameter(name = "serverId", value = MojoSessions.SERVER_ID)
  @MojoParameter(name = "environmentName", value = "shop-prod")
  @MojoParameter(name = "sshPrint", value = "true")
  void sshPrintsTheSessionManagerCommand(SshMojo mojo) throws Exception {
    String instance = ENDPOINT.get().eb.environments().instanceIds("shop-prod").get(0);

    local(mojo).execute();

    assertThat(log)
        .contains("Instance " + instance + ", through Session Manager")
        .contains("aws ssm start-session --target " + instance + " --region us-east-1 --endpoint-url " + ENDPOINT.get().aws.endpoint());
    assertThat(String.join("\n", log)).doesNotContain(ENDPOINT.get().aws.secretKey() + "\n");
  }

  @Test
  @InjectMojo(goal = "ssh")
  @MojoParameter(name = "region", value = "us-east-1")
  @MojoParameter(name = "serverId", value = MojoSessions.SERVER_ID)
  @MojoParameter(name = "environmentName", value = "shop-prod")
  void sshInBatchModeWithoutPrintingIsRefusedBeforeAnyCall(SshMojo mojo) throws Exception {
    assertThatThrownBy(() -> local(mojo).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("mvn eb:ssh opens an interactive session, and this build has no terminal to attach it to (the build runs in batch mode (-B))."
            + " Run it in a terminal, or add -Deb.ssh.print=true to print the command.");
    assertThat(ENDPOINT.get().aws.calls().all()).isEmpty();
  }

  @Test
  @InjectMojo(goal = "ssh")
  @MojoParameter(name = "sshPrint", value = "maybe")
  void aDottedPropertyIsNamedWithItsElement(SshMojo mojo) throws Exception {
    assertThatThrownBy(() -> local(mojo).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("<sshPrint> / -Deb.ssh.print is 'maybe'; use true or false, for example -Deb.ssh.print=true.");
  }

  @Test
  @InjectMojo(goal = "ssh")
  @MojoParameter(name = "region", value = "us-east-1")
  @MojoParameter(name = "serverId", value = MojoSessions.SERVER_ID)
  @MojoParameter(name = "environmentName", value = "shop-prod")
  @MojoParameter(name = "sshPrint", value = "true")
  @MojoParameter(name = "instance", value = "i-0000000000000000a")
  void anUnknownInstanceIsRefused(SshMojo mojo) throws Exception {
    assertThatThrownBy(() -> local(mojo).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("Instance i-0000000000000000a is not one of shop-prod's (i-")
        .hasMessageEndingWith("). Set <instance> / -Deb.instance to one of them.");
  }

  /** A terminal that answers nothing but is there, so eb:ssh runs the session. */
  private static final Console TERMINAL = new Console() {
    @Override
    public boolean interactive() {
      return true;
    }

    @Override
    public String readLine(String prompt) {
      return null;
    }
  };

  @Test
  @InjectMojo(goal = "ssh")
  @MojoParameter(name = "region", value = "us-east-1")
  @MojoParameter(name = "serverId", value = MojoSessions.SERVER_ID)
  @MojoParameter(name = "environmentName", value = "shop-prod")
  void anInteractiveSessionRunsTheCommandWithTheSettingsXmlKeysInItsEnvironment(SshMojo mojo) throws Exception {
    List<List<String>> ran = new ArrayList<>();
    List<Map<String, String>> environments = new ArrayList<>();
    RecordingReporter reporter = new RecordingReporter();
    GoalContext context = new GoalContext(local(mojo).configuration(), reporter, new SecretMasker(), TERMINAL);

    new EnvironmentGoals(context).ssh((command, environment) -> {
      ran.add(command);
      environments.add(environment);
      return 0;
    });

    String instance = ENDPOINT.get().eb.environments().instanceIds("shop-prod").get(0);
    assertThat(ran).containsExactly(List.of("aws", "ssm", "start-session", "--target", instance, "--region", "us-east-1", "--endpoint-url",
        ENDPOINT.get().aws.endpoint().toString()));
    assertThat(environments.get(0)).containsEntry("AWS_ACCESS_KEY_ID", "test").containsEntry("AWS_SECRET_ACCESS_KEY", "test");
    assertThat(reporter.infos).contains("Running: " + String.join(" ", ran.get(0)));

    assertThatThrownBy(() -> new EnvironmentGoals(context).ssh((command, environment) -> 254))
        .hasMessage("aws could not open the session to " + instance + " (exit status 254); its own message is above.");
    assertThatThrownBy(() -> new EnvironmentGoals(context).ssh((command, environment) -> {
          throw new java.io.IOException("Cannot run program \"aws\": error=2, No such file or directory");
        }))
        .hasMessage("Cannot run aws (Cannot run program \"aws\": error=2, No such file or directory): install it and put it on the PATH"
            + " (the AWS CLI v2 with the Session Manager plugin), or add eb.ssh.print=true to print the command and run it elsewhere.");
  }
}
