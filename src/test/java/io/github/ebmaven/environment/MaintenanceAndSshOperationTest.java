package io.github.ebmaven.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.aws.Ec2Instances;
import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.aws.ManagedInstances;
import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.localaws.InvokerEndpoint;
import io.github.ebmaven.localaws.SsmAgents;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Mention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eb:maintenance} and {@code eb:ssh} against the local endpoint: the configuration update
 * that switches the page, the refusals, and which way into an instance is chosen and the command
 * built for it, with the plugin's own EB, EC2 and Systems Manager clients. Nothing connects to an
 * instance.
 */
@Timeout(60)
class MaintenanceAndSshOperationTest {

  private static final String LAUNCH = "  aws:autoscaling:launchconfiguration:\n    IamInstanceProfile: aws-elasticbeanstalk-ec2-role\n";
  private static final String BUILT_WITH_MAINTENANCE =
      "option_settings:\n  aws:elasticbeanstalk:application:environment:\n    EB_MAINTENANCE: 'off'\n" + LAUNCH + "    EC2KeyName: shop-key\n";
  private static final String PRIVATE =
      "option_settings:\n" + LAUNCH + "    EC2KeyName: shop-key\n"
          + "  aws:ec2:vpc:\n    VPCId: vpc-0abc12345def67890\n    Subnets: subnet-0aaa1111bbbb22223\n    AssociatePublicIpAddress: 'false'\n";
  private static final String NO_KEY = "option_settings:\n" + LAUNCH;

  private static LocalEb local;

  @TempDir Path home;

  @BeforeAll
  static void environments() throws EbException {
    local = new LocalEb();
    InvokerEndpoint.readyEnvironment(local.aws, "shop", "shop-prod", "v1", Map.of(".ebextensions/eb-maven-plugin.config", BUILT_WITH_MAINTENANCE));
    InvokerEndpoint.readyEnvironment(local.aws, "shop", "shop-old", "v0");
    InvokerEndpoint.readyEnvironment(local.aws, "shop", "shop-private", "v2", Map.of(".ebextensions/eb-maven-plugin.config", PRIVATE));
    InvokerEndpoint.readyEnvironment(local.aws, "shop", "shop-nokey", "v3", Map.of(".ebextensions/eb-maven-plugin.config", NO_KEY));
  }

  @AfterAll
  static void stop() {
    LocalEb.close(local);
  }

  @BeforeEach
  void resetCounters() {
    local.aws.calls().reset();
    local.reporter.infos.clear();
  }

  @AfterEach
  void defaults() {
    local.aws.ssm().reset();
  }

  private EnvironmentState maintenance(String environment, boolean on) throws EbException {
    return new MaintenanceOperation(local.services())
        .switchTo(new MaintenanceOperation.MaintenanceRequest("shop", environment, on, Set.of("Green"), Duration.ofSeconds(30)));
  }

  private String property(String environment) throws EbException {
    return local.eb.environments().configurationSettings("shop", environment).stream()
        .filter(s -> s.optionName().equals("EB_MAINTENANCE")).map(OptionSetting::value).findFirst().orElse(null);
  }

  @Test
  void maintenanceSwitchesThePropertyWithAConfigurationUpdateAndWaits() throws Exception {
    EnvironmentState on = maintenance("shop-prod", true);

    assertThat(on.isReady()).isTrue();
    assertThat(on.versionLabel()).isEqualTo("v1");
    assertThat(property("shop-prod")).isEqualTo("on");
    assertThat(local.aws.calls().count("UpdateEnvironment")).isEqualTo(1);
    assertThat(local.infos)
        .contains("Switching the maintenance page of shop-prod on (EB_MAINTENANCE=on, a configuration update without a deployment)")
        .anyMatch(line -> line.startsWith("Updating the environment properties of shop-prod: set EB_MAINTENANCE (request "))
        .contains("Maintenance page on for shop-prod: requests get 503 with Retry-After, except the load balancer's health checks, the"
            + " health check path and the allowed addresses. eb:maintenance with eb.maintenance=off serves the application again.");

    local.aws.calls().reset();
    maintenance("shop-prod", true);
    assertThat(local.aws.calls().count("UpdateEnvironment")).isZero();
    assertThat(local.infos).contains("The maintenance page of shop-prod is already on: nothing to change");

    maintenance("shop-prod", false);
    assertThat(property("shop-prod")).isEqualTo("off");
    assertThat(local.aws.calls().count("UpdateEnvironment")).isEqualTo(1);
    assertThat(local.infos).contains("Maintenance page off for shop-prod: the application serves every request.");
  }

  @Test
  void maintenanceIsRefusedWhenTheRunningVersionHasNoMaintenancePage() {
    assertThatThrownBy(() -> maintenance("shop-old", true))
        .isInstanceOf(EbException.class)
        .hasMessage("shop-old runs v0, which was not built with <maintenance>: it has no maintenance page to switch. Add <maintenance>"
            + " to the plugin's configuration and deploy with eb:deploy first. Nothing was changed.");
    assertThat(local.aws.calls().count("UpdateEnvironment")).isZero();
  }

  @Test
  void maintenanceIsRefusedWithoutNginx() throws Exception {
    InvokerEndpoint.readyEnvironment(local.aws, "shop", "shop-noproxy", "v4", Map.of(".ebextensions/eb-maven-plugin.config", BUILT_WITH_MAINTENANCE));
    local.clients.elasticBeanstalk().updateEnvironment(b -> b.environmentName("shop-noproxy").optionSettings(
        s -> s.namespace("aws:elasticbeanstalk:environment:proxy").optionName("ProxyServer").value("none")));
    local.services().changes().settle("shop", local.eb.environments().require("shop", "shop-noproxy"), local.services().deadline(Duration.ofSeconds(30)));
    local.aws.calls().reset();

    assertThatThrownBy(() -> maintenance("shop-noproxy", true))
        .hasMessage("shop-noproxy uses the none proxy (aws:elasticbeanstalk:environment:proxy ProxyServer), and the maintenance page is"
            + " served by nginx. Switch the proxy to nginx to use eb:maintenance.");
    assertThat(local.aws.calls().count("UpdateEnvironment")).isZero();
  }

  private SshOperation.Session ssh(String environment, String instance, String bastion) throws EbException {
    SshOperation.AwsCli cli = new SshOperation.AwsCli(local.clients.region(), null, local.aws.endpoint().toString(),
        Map.of("AWS_ACCESS_KEY_ID", local.aws.accessKey(), "AWS_SECRET_ACCESS_KEY", local.aws.secretKey()));
    return new SshOperation(local.services(), new Ec2Instances(local.clients.ec2()), new ManagedInstances(local.clients.ssm()), cli)
        .plan(new SshOperation.SshRequest("shop", environment, instance, null, "ec2-user", bastion, home), (env, ids) -> null);
  }

  private static String instanceOf(String environment) throws EbException {
    return local.eb.environments().instanceIds(environment).get(0);
  }

  @Test
  void aManagedInstanceGetsASessionManagerSessionWithTheSameRegionEndpointAndKeys() throws Exception {
    String instance = instanceOf("shop-prod");

    SshOperation.Session session = ssh("shop-prod", null, null);

    assertThat(session.method()).isEqualTo("Session Manager");
    assertThat(session.command())
        .containsExactly("aws", "ssm", "start-session", "--target", instance, "--region", "us-east-1", "--endpoint-url", local.aws.endpoint().toString());
    assertThat(session.commandLine()).doesNotContain(local.aws.secretKey());
    assertThat(session.environment()).containsEntry("AWS_SECRET_ACCESS_KEY", local.aws.secretKey());
    assertThat(local.aws.calls().count("ssm:DescribeInstanceInformation")).isEqualTo(1);
    assertThat(local.aws.calls().count("ec2:DescribeInstances")).isZero();
  }

  @Test
  void anUnmanagedPublicInstanceGetsSshWithTheEnvironmentsKeyPair() throws Exception {
    local.aws.ssm().managedInstances(SsmAgents.Mode.OFF);
    Files.createDirectories(home.resolve(".ssh"));
    Files.writeString(home.resolve(".ssh/shop-key.pem"), "key");

    SshOperation.Session session = ssh("shop-prod", instanceOf("shop-prod"), null);

    assertThat(session.method()).isEqualTo("SSH");
    assertThat(session.command()).hasSize(4).startsWith("ssh", "-i", home.resolve(".ssh/shop-key.pem").toString());
    assertThat(session.command().get(3)).matches("ec2-user@3\\.\\d+\\.\\d+\\.\\d+");
    assertThat(session.keyFile()).isEqualTo(home.resolve(".ssh/shop-key.pem"));
    assertThat(session.notes())
        .containsExactly("SSH because Systems Manager does not manage " + session.instanceId() + " (no SSM agent registered: the instance"
            + " profile needs the AmazonSSMManagedInstanceCore policy, and the instance a route to Systems Manager).");
    assertThat(local.aws.calls().count("ec2:DescribeInstances")).isEqualTo(1);
  }

  @Test
  void aMissingKeyFileIsSaid() throws Exception {
    local.aws.ssm().managedInstances(SsmAgents.Mode.OFF);

    SshOperation.Session session = ssh("shop-prod", null, null);

    assertThat(session.notes().stream().map(note -> Mention.render(note, Mention.PLAIN))).contains("The private key " + home.resolve(".ssh/shop-key.pem") + " of key pair shop-key is not there;"
        + " set eb.ssh.key to the key pair's .pem file.");
  }

  @Test
  void aPrivateInstanceIsReachedThroughABastionOrNotAtAll() throws Exception {
    local.aws.ssm().managedInstances(SsmAgents.Mode.OFF);

    SshOperation.Session session = ssh("shop-private", null, "ec2-user@bastion.example.com");
    assertThat(session.command().subList(3, 6)).satisfies(words -> {
      assertThat(words.get(0)).isEqualTo("-J");
      assertThat(words.get(1)).isEqualTo("ec2-user@bastion.example.com");
      assertThat(words.get(2)).matches("ec2-user@10\\.0\\.\\d+\\.\\d+");
    });

    assertThatThrownBy(() -> ssh("shop-private", null, null))
        .isInstanceOf(EbException.class)
        .hasMessageStartingWith("Cannot open a session on " + instanceOf("shop-private") + ": Systems Manager does not manage")
        .hasMessageContaining("and the instance has no public address (private 10.0.")
        .hasMessageContaining("or jump through a bastion host with eb.ssh.bastion=ec2-user@bastion.example.com, or run ssh -i");
  }

  @Test
  void withoutSystemsManagerOrAKeyPairThereIsNoWayIn() {
    local.aws.ssm().managedInstances(SsmAgents.Mode.OFF);

    assertThatThrownBy(() -> ssh("shop-nokey", null, null))
        .isInstanceOf(EbException.class)
        .hasMessageContaining("and shop-nokey has no key pair for SSH (aws:autoscaling:launchconfiguration EC2KeyName). Either let Systems"
            + " Manager manage the instances (attach AmazonSSMManagedInstanceCore to the instance profile's role), or set eb.keyName");
  }

  @Test
  void anInstanceOfAnotherEnvironmentIsRefusedNamingTheRightOnes() throws Exception {
    String other = instanceOf("shop-old");

    assertThatThrownBy(() -> ssh("shop-prod", other, null))
        .hasMessage("Instance " + other + " is not one of shop-prod's (" + instanceOf("shop-prod") + "). Set eb.instance to one of them.");
  }

  @Test
  void commandLinesQuoteWhatTheShellWouldSplit() {
    SshOperation.Session session = new SshOperation.Session("i-1", "SSH",
        List.of("ssh", "-i", "/home/me/My Keys/k.pem", "ec2-user@3.1.2.3"), null, Map.of(), List.of());

    assertThat(session.commandLine()).isEqualTo("ssh -i '/home/me/My Keys/k.pem' ec2-user@3.1.2.3");
  }
}
