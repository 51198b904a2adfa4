package io.github.ebmaven.localaws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The option catalog: generated from EB's tables, loaded from YAML, checked as EB checks settings. */
class OptionCatalogTest {
  private static final String PYTHON = "64bit Amazon Linux 2023 v4.7.3 running Python 3.11";
  private final OptionCatalog catalog = OptionCatalog.load();

  private String problem(String namespace, String name, String value) {
    return catalog.problem(OptionKey.of(namespace, name), value, PYTHON);
  }

  @Test
  void knowsWhatThePluginTheCliAndUsersSet() {
    String[][] valid = {
        {"aws:autoscaling:launchconfiguration", "DisableIMDSv1", "true"},
        {"aws:autoscaling:launchconfiguration", "RootVolumeType", "gp3"},
        {"aws:autoscaling:launchconfiguration", "IamInstanceProfile", "aws-elasticbeanstalk-ec2-role"},
        {"aws:ec2:instances", "EnableSpot", "true"}, {"aws:ec2:instances", "SpotFleetOnDemandBase", "1"},
        {"aws:ec2:instances", "SpotFleetOnDemandAboveBasePercentage", "50"}, {"aws:ec2:instances", "SpotMaxPrice", "0.1"},
        {"aws:ec2:vpc", "VPCId", "vpc-1"}, {"aws:ec2:vpc", "Subnets", "subnet-1"}, {"aws:ec2:vpc", "ELBSubnets", "s"},
        {"aws:ec2:vpc", "ELBScheme", "internal"}, {"aws:ec2:vpc", "DBSubnets", "s"},
        {"aws:ec2:vpc", "AssociatePublicIpAddress", "false"},
        {"aws:elasticbeanstalk:customoption", "Whatever", "x"},
        {"aws:elasticbeanstalk:cloudwatch:logs", "RetentionInDays", "30"},
        {"aws:elasticbeanstalk:cloudwatch:logs:health", "DeleteOnTerminate", "true"},
        {"aws:elbv2:loadbalancer", "IpAddressType", "dualstack"},
        {"aws:elb:policies", "ConnectionDrainingEnabled", "true"}, {"aws:elb:loadbalancer", "CrossZone", "true"},
        {"aws:autoscaling:updatepolicy:rollingupdate", "RollingUpdateEnabled", "true"},
        {"aws:autoscaling:updatepolicy:rollingupdate", "RollingUpdateType", "Immutable"},
        {"aws:elasticbeanstalk:healthreporting:system", "SystemType", "enhanced"},
        {"aws:elasticbeanstalk:environment", "ServiceRole", "aws-elasticbeanstalk-service-role"},
        {"aws:elasticbeanstalk:environment:proxy:staticfiles", "/static", "static"},
        {"aws:elbv2:listener:443", "SSLCertificateArns", "arn:aws:acm:..."},
        {"aws:elbv2:listenerrule:api", "PathPatterns", "/api/*"},
        {"aws:elasticbeanstalk:container:python", "WSGIPath", "app:application"}};
    for (String[] setting : valid) {
      assertThat(problem(setting[0], setting[1], setting[2])).as(String.join(" ", setting)).isNull();
    }
  }

  @Test
  void refusesWhatEbRefusesWithItsMessages() {
    assertThat(problem("aws:autoscaling:asg", "Nope", "1")).isEqualTo("Invalid option specification (Namespace:"
        + " 'aws:autoscaling:asg', OptionName: 'Nope'): Unknown configuration setting.");
    assertThat(problem("aws:made:up", "Thing", "1")).endsWith("Unknown configuration setting.");
    assertThat(problem("aws:autoscaling:asg", "MaxSize", "0")).endsWith("Value must be between 1 and 10000.");
    assertThat(problem("aws:autoscaling:asg", "MaxSize", "many")).endsWith("Value does not satisfy regex: '^-?\\d+$'.");
    assertThat(problem("aws:ec2:instances", "EnableSpot", "yes")).endsWith("Value is not one of the allowed values:"
        + " [true, false]");
    assertThat(problem("aws:elasticbeanstalk:environment:proxy:staticfiles", "static", "s"))
        .endsWith("Static file paths must start with '/'.");
    assertThat(catalog.problem(OptionKey.of("aws:elasticbeanstalk:container:python", "WSGIPath"), "a",
        "64bit Amazon Linux 2023 v4.7.3 running Docker")).endsWith("Unknown configuration setting.");
  }

  @Test
  void defaultsFollowTheKindOfEnvironment() {
    Map<OptionKey, String> webDefaults = catalog.defaults(PYTHON, "WebServer", Map.of());
    assertThat(webDefaults).containsEntry(OptionKey.of("aws:elasticbeanstalk:healthreporting:system", "SystemType"),
        "basic").containsEntry(OptionKey.of("aws:elasticbeanstalk:environment", "LoadBalancerType"), "classic")
        .containsEntry(OptionKey.of("aws:elb:policies", "ConnectionDrainingEnabled"), "false")
        .doesNotContainKey(OptionKey.of("aws:elbv2:loadbalancer", "IpAddressType"))
        .doesNotContainKey(OptionKey.of("aws:rds:dbinstance", "DBEngine"));
    Map<OptionKey, String> alb = catalog.defaults(PYTHON, "WebServer", Map.of(OptionKey.of(
        "aws:elasticbeanstalk:environment", "LoadBalancerType"), "application"));
    assertThat(alb).containsKey(OptionKey.of("aws:elbv2:loadbalancer", "IpAddressType"))
        .doesNotContainKey(OptionKey.of("aws:elb:policies", "ConnectionDrainingEnabled"));
    assertThat(catalog.defaults(PYTHON, "Worker", Map.of())).containsKey(OptionKey.of("aws:elasticbeanstalk:sqsd",
        "HttpPath")).doesNotContainKey(OptionKey.of("aws:elb:loadbalancer", "CrossZone"));
  }

  @Test
  void thePluginsGeneratedCatalogLoadsWithTheSameReader() {
    URL plugin = OptionCatalogTest.class.getResource("/io/github/ebmaven/extensions/option-catalog.yaml");
    assertThat(plugin).isNotNull();
    OptionCatalog other = OptionCatalog.load(plugin);
    assertThat(other.size()).isGreaterThan(100);
    assertThat(other.problem(OptionKey.of("aws:autoscaling:launchconfiguration", "DisableIMDSv1"), "true", PYTHON))
        .isNull();
    try (LocalAws aws = LocalAws.start(LocalAwsOptions.defaults().withOptionCatalog(plugin))) {
      assertThat(aws.port()).isPositive();
    }
  }

  @Test
  void theGeneratorReadsEbsTablesAndTheSupplementWins(@TempDir Path dir) throws IOException {
    String markdown = "**Namespace: `aws:autoscaling:asg`**  \n|  **Name**  |  **Description**  |  **Default**  |"
        + "  **Valid values**  | \n| --- | --- | --- | --- | \n"
        + "|  MinSize  |  …  |   `1`   |  `1` to `10000`  | \n"
        + "|  Availability Zones  |  …  |  `Any`  |  `Any` `Any 1`  | \n"
        + "|  Cooldown  |  …  |  Varies per platform\\.  |  Some prose\\.  | \n"
        + "**Namespace: `aws:elbv2:listener:listener_port`**  \n| Name | Description | Default | Valid values | \n"
        + "| --- | --- | --- | --- | \n| ListenerEnabled | … | true |  `true` `false`  | \n"
        + "**Namespace: `aws:elasticbeanstalk:environment:proxy:staticfiles`**  \n|  **Name**  |  **Value**  | \n"
        + "| --- | --- | \n|  A path  |  A folder  | \n";
    Map<String, Map<String, Object>> parsed = OptionCatalogGenerator.parse(markdown);
    assertThat(parsed).containsOnlyKeys("aws:autoscaling:asg", "aws:elbv2:listener:{port}",
        "aws:elasticbeanstalk:environment:proxy:staticfiles");
    assertThat(parsed.get("aws:autoscaling:asg").get("options").toString())
        .isEqualTo("{MinSize={type=integer, min=1, max=10000, default=1}, Availability Zones={type=enum, values=[Any,"
            + " Any 1], default=Any}, Cooldown={type=string}}");
    OptionCatalogGenerator.merge(parsed, new ByteArrayInputStream(("namespaces:\n  aws:autoscaling:asg:\n    options:\n"
        + "      Cooldown: {type: integer, min: 0, max: 10000, default: '360'}\n").getBytes(StandardCharsets.UTF_8)));
    Path yaml = dir.resolve("catalog.yaml");
    Files.writeString(yaml, OptionCatalogGenerator.render(parsed, "test.md"));
    OptionCatalog generated = OptionCatalog.load(yaml.toUri().toURL());
    assertThat(generated.problem(OptionKey.of("aws:autoscaling:asg", "Cooldown"), "20000", null))
        .endsWith("Value must be between 0 and 10000.");
    assertThat(generated.problem(OptionKey.of("aws:elbv2:listener:8443", "ListenerEnabled"), "false", null)).isNull();
    assertThat(generated.problem(OptionKey.of("aws:elasticbeanstalk:environment:proxy:staticfiles", "/img"), "i", null))
        .isNull();
    assertThat(generated.defaults(null, "WebServer", Map.of())).containsEntry(OptionKey.of("aws:autoscaling:asg",
        "Cooldown"), "360");
  }
}
