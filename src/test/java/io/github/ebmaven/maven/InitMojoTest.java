package io.github.ebmaven.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.localaws.LocalAws;
import io.github.ebmaven.localaws.LocalAwsOptions;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Parameter wiring of {@code eb:init}. */
@MojoTest
class InitMojoTest {

  private static LocalAws aws;

  @Inject private MavenProject project;
  @Inject private MavenSession session;

  @BeforeAll
  static void start() {
    aws = LocalAws.start(LocalAwsOptions.defaults());
  }

  @AfterAll
  static void stop() {
    aws.close();
  }

  @BeforeEach
  void describeTheProject() {
    MojoSessions.shopInBatchMode(project, session);
    aws.calls().reset();
  }

  /** Points the mojo at the local endpoint with the settings.xml server's keys. */
  private static InitMojo local(InitMojo mojo) throws Exception {
    org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject(mojo, "endpoint", aws.endpoint().toString());
    return mojo;
  }

  @Test
  @InjectMojo(goal = "init")
  void defaults(InitMojo mojo) throws Exception {
    assertThat(Settings.setting(mojo, "timeout")).isEqualTo("30m");
    assertThat(Settings.setting(mojo, "lifecycleServiceRole")).as("the service role's").isNull();
    assertThat(Settings.setting(mojo, "serviceRole")).isEqualTo("aws-elasticbeanstalk-service-role");
    assertThat(Settings.setting(mojo, "instanceProfile")).isEqualTo("aws-elasticbeanstalk-ec2-role");
    assertThat(Settings.setting(mojo, "maxVersions")).isNull();
    assertThat(Settings.setting(mojo, "maxAgeDays")).isNull();
    assertThat(Settings.setting(mojo, "skip")).isEqualTo("false");
    assertThat(Settings.setting(mojo, "endpoint")).isNull();
    assertThat(Settings.setting(mojo, "serverId")).isNull();
    assertThat(mojo.configuration().application()).isEqualTo("shop");
    assertThat(mojo.configuration().environment()).isEqualTo("shop-env");
  }

  @Test
  @InjectMojo(goal = "init")
  @MojoParameter(name = "endpoint", value = "not a url")
  @MojoParameter(name = "region", value = "us-east-1")
  void aBadEndpointIsRefusedBeforeAnyCall(InitMojo mojo) {
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("<endpoint> / -Deb.endpoint 'not a url' is not a URL. Write it like http://127.0.0.1:4566.");
  }

  @Test
  @InjectMojo(goal = "init")
  @MojoParameter(name = "region", value = "us-east-1")
  @MojoParameter(name = "serverId", value = "missing")
  void anUnknownServerIdIsNamed(InitMojo mojo) throws Exception {
    assertThatThrownBy(() -> local(mojo).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("No <server> with id 'missing' in Maven's settings.xml (-Deb.serverId)");
    assertThat(aws.calls().all()).isEmpty();
  }

  @Test
  @InjectMojo(goal = "init")
  @MojoParameter(name = "region", value = "us-east-1")
  @MojoParameter(name = "serverId", value = MojoSessions.SERVER_ID)
  @MojoParameter(name = "platform", value = "python-3.11")
  @MojoParameter(name = "maxVersions", value = "0")
  void aLifecycleBelowOneIsRefused(InitMojo mojo) throws Exception {
    assertThatThrownBy(() -> local(mojo).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("<maxVersions> / -Deb.maxVersions must be at least 1, not 0.");
    assertThat(aws.calls().count("UpdateApplicationResourceLifecycle")).isZero();
  }

  @Test
  @InjectMojo(goal = "init")
  @MojoParameter(name = "region", value = "us-east-1")
  @MojoParameter(name = "serverId", value = MojoSessions.SERVER_ID)
  @MojoParameter(name = "platform", value = "python-3.11")
  @MojoParameter(name = "maxVersions", value = "20")
  void createsTheApplicationWithTheServersKeys(InitMojo mojo) throws Exception {
    local(mojo).execute();

    assertThat(aws.calls().count("CreateApplication")).isEqualTo(1);
    assertThat(aws.calls().count("UpdateApplicationResourceLifecycle")).isEqualTo(1);
    assertThat(aws.stateJson()).contains("\"shop\"").contains("arn:aws:iam::000000000000:role/aws-elasticbeanstalk-service-role");

    aws.calls().reset();
    local(mojo).execute();
    assertThat(aws.calls().count("CreateApplication")).isZero();
  }

  @Test
  @InjectMojo(goal = "init")
  @MojoParameter(name = "skip", value = "true")
  @MojoParameter(name = "endpoint", value = "not a url")
  void skipDoesNothing(InitMojo mojo) throws Exception {
    mojo.execute();
    assertThat(aws.calls().all()).isEmpty();
  }
}
