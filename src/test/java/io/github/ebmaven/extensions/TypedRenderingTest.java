package io.github.ebmaven.extensions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ebmaven.report.Reporter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The typed elements ({@code <vpc>}, {@code <ipv6>}, {@code <waf>}, {@code <cloudWatch>}, {@code
 * <maintenance>}) render what AWS documents: each is compared with AWS's published example in
 * {@code src/test/resources/extensions/documented/} (see its SOURCES.md), and one full
 * configuration with a byte-for-byte golden file.
 */
class TypedRenderingTest {

  private static final String CONFIG = ".ebextensions/eb-maven-plugin.config";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String VPC_ID = "vpc-087a68c03b9c50c84";
  private static final List<String> PUBLIC = List.of("subnet-0fe6b36bcb0ffc462", "subnet-032fe3068297ac5b2");
  private static final List<String> PRIVATE = List.of("subnet-026c6117b178a9c45", "subnet-0839e902f656e8bd1");

  private static SortedMap<String, byte[]> prepare(ExtensionsConfig config) throws ExtensionsException {
    return new EbExtensions(config, ValidationMode.ERROR, Reporter.SILENT).prepare(InMemoryBundle.djangoApp());
  }

  private static Map<String, Object> rendered(ExtensionsConfig config) throws ExtensionsException {
    return Yamls.parse(prepare(config).get(CONFIG));
  }

  @SuppressWarnings("unchecked")
  private static Object at(Map<String, Object> document, String... path) {
    Object value = document;
    for (String key : path) {
      value = ((Map<String, Object>) value).get(key);
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> document, String... path) {
    return (Map<String, Object>) at(document, path);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> document, String... path) {
    return (List<Map<String, Object>>) at(document, path);
  }

  @Test
  void privateInstancesBehindAPublicLoadBalancerRenderAwsPublicPrivateExample() throws Exception {
    ExtensionsConfig config = ExtensionsConfig.builder().vpc(new Vpc(VPC_ID, PRIVATE, PUBLIC, null, "public")).build();

    Map<String, Object> vpc = map(rendered(config), "option_settings", "aws:ec2:vpc");
    Map<String, Object> documented = map(Yamls.resource("documented/vpc-public-private.config"), "option_settings", "aws:ec2:vpc");

    assertThat(vpc).isEqualTo(documented);
    assertThat(new ArrayList<>(vpc.keySet())).containsExactlyElementsOf(documented.keySet());
  }

  @Test
  void instancesAndLoadBalancerInTheSamePublicSubnetsRenderAwsPublicPublicExample() throws Exception {
    ExtensionsConfig config = ExtensionsConfig.builder().vpc(new Vpc(VPC_ID, PUBLIC, PUBLIC, null, "public")).build();

    assertThat(at(rendered(config), "option_settings", "aws:ec2:vpc"))
        .isEqualTo(at(Yamls.resource("documented/vpc-public-public.config"), "option_settings", "aws:ec2:vpc"));
  }

  @Test
  void publicIpIsLeftToTheSubnetsWhenNothingTellsAndAnInternalSchemeTurnsItOff() {
    assertThat(new Vpc(VPC_ID, PRIVATE, List.of(), null, null).associatePublicIp()).isEmpty();
    assertThat(new Vpc(VPC_ID, PRIVATE, List.of(PRIVATE.get(0)), null, null).associatePublicIp()).isEmpty();
    assertThat(new Vpc(VPC_ID, PRIVATE, List.of(), null, "internal").associatePublicIp()).contains(false);
    assertThat(new Vpc(VPC_ID, PUBLIC, PUBLIC, false, null).associatePublicIp()).contains(false);
  }

  @Test
  void ipv6RendersTheDualStackOption() throws Exception {
    ExtensionsConfig config = ExtensionsConfig.builder().ipv6(true)
        .target(new TargetEnvironment(null, null, "application")).build();

    assertThat(at(rendered(config), "option_settings", "aws:elbv2:loadbalancer")).isEqualTo(Map.of("IpAddressType", "dualstack"));
    assertThat(at(rendered(ExtensionsConfig.builder().ipv6(false).build()), "option_settings", "aws:elbv2:loadbalancer"))
        .isEqualTo(Map.of("IpAddressType", "ipv4"));
  }

  @Test
  void memoryMetricsRenderAwsCloudWatchAgentExample() throws Exception {
    ExtensionsConfig config = ExtensionsConfig.builder().cloudWatch(new CloudWatch(Set.of("memory"), null, null, null, null, null, null)).build();
    Map<String, Object> document = rendered(config);
    Map<String, Object> documented = Yamls.resource("documented/cloudwatch-agent.config");
    String path = "/opt/aws/amazon-cloudwatch-agent/bin/config.json";

    Map<String, Object> file = map(document, "files", path);
    Map<String, Object> documentedFile = map(documented, "files", path);
    assertThat(file).containsEntry("mode", documentedFile.get("mode")).containsEntry("owner", "root").containsEntry("group", "root");
    JsonNode agent = JSON.readTree((String) file.get("content"));
    JsonNode documentedAgent = JSON.readTree((String) documentedFile.get("content"));
    assertThat(agent.get("agent")).isEqualTo(documentedAgent.get("agent"));
    assertThat(agent.at("/metrics/metrics_collected")).isEqualTo(documentedAgent.at("/metrics/metrics_collected"));
    assertThat(agent.at("/metrics/append_dimensions/AutoScalingGroupName")).isEqualTo(documentedAgent.at("/metrics/append_dimensions/AutoScalingGroupName"));
    // The namespace the guide says the metrics land in, and per-group aggregates for the alarm.
    assertThat(agent.at("/metrics/namespace").asText()).isEqualTo("CWAgent");
    assertThat(agent.at("/metrics/aggregation_dimensions").toString()).isEqualTo("[[\"AutoScalingGroupName\"]]");
    assertThat(at(document, "container_commands", "eb_maven_plugin_cloudwatch_agent", "command").toString())
        .isEqualTo(at(documented, "container_commands", "start_cloudwatch_agent", "command"));
  }

  @Test
  void diskMetricsAddTheRootFilesystem() throws Exception {
    ExtensionsConfig config = ExtensionsConfig.builder().cloudWatch(new CloudWatch(Set.of("memory", "disk"), null, null, null, null, null, null)).build();

    Map<String, Object> file = map(rendered(config), "files", "/opt/aws/amazon-cloudwatch-agent/bin/config.json");
    JsonNode collected = JSON.readTree((String) file.get("content")).at("/metrics/metrics_collected");

    assertThat(collected.get("disk").toString()).isEqualTo("{\"measurement\":[\"used_percent\"],\"resources\":[\"/\"]}");
    assertThat(collected.get("mem").toString()).isEqualTo("{\"measurement\":[\"mem_used_percent\"]}");
  }

  @Test
  void logAndHealthStreamingRenderTheDocumentedOptions() throws Exception {
    ExtensionsConfig config = ExtensionsConfig.builder().cloudWatch(new CloudWatch(Set.of(), null, null, true, 7, false, true)).build();
    Map<String, Object> document = rendered(config);
    Map<String, Object> documented = Yamls.resource("documented/log-streaming.config");

    for (String namespace : List.of("aws:elasticbeanstalk:cloudwatch:logs", "aws:elasticbeanstalk:cloudwatch:logs:health")) {
      Map<String, Object> ours = map(document, "option_settings", namespace);
      Map<String, Object> theirs = map(documented, "option_settings", namespace);
      assertThat(ours.keySet()).containsExactlyInAnyOrderElementsOf(theirs.keySet());
      theirs.forEach((option, value) -> assertThat(ours.get(option)).as(namespace + " " + option).isEqualTo(String.valueOf(value)));
    }
    assertThat(document).doesNotContainKeys("files", "container_commands");
  }

  @Test
  void memoryAlarmWatchesTheGroupsHighestMemoryUse() throws Exception {
    ExtensionsConfig config =
        ExtensionsConfig.builder()
            .cloudWatch(new CloudWatch(Set.of("memory"), 90, "arn:aws:sns:us-east-1:123456789012:alerts", null, null, null, null))
            .build();

    Map<String, Object> alarm = map(rendered(config), "Resources", "EbMavenPluginMemoryAlarm");

    assertThat(alarm.get("Type")).isEqualTo("AWS::CloudWatch::Alarm");
    Map<String, Object> properties = map(alarm, "Properties");
    assertThat(properties)
        .containsEntry("Namespace", "CWAgent")
        .containsEntry("MetricName", "mem_used_percent")
        .containsEntry("Statistic", "Maximum")
        .containsEntry("Threshold", 90)
        .containsEntry("ComparisonOperator", "GreaterThanThreshold")
        .containsEntry("AlarmActions", List.of("arn:aws:sns:us-east-1:123456789012:alerts"));
    assertThat(properties.get("Dimensions"))
        .isEqualTo(List.of(Map.of("Name", "AutoScalingGroupName", "Value", Map.of("Ref", "AWSEBAutoScalingGroup"))));
  }

  @Test
  void managedRulesRenderAWebAclShapedLikeAwsExamplesAndItsAssociation() throws Exception {
    ExtensionsConfig config =
        ExtensionsConfig.builder()
            .waf(new Waf(null, List.of("AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet")))
            .build();
    Map<String, Object> document = rendered(config);
    Map<String, Object> documented = Yamls.resource("documented/waf-web-acl.yaml");

    Map<String, Object> acl = map(document, "Resources", "EbMavenPluginWebAcl");
    Map<String, Object> documentedAcl = map(documented, "Resources", "ExampleWebACL");
    assertThat(acl.get("Type")).isEqualTo(documentedAcl.get("Type"));
    Map<String, Object> properties = map(acl, "Properties");
    Map<String, Object> documentedProperties = map(documentedAcl, "Properties");
    assertThat(properties.get("Scope")).isEqualTo(documentedProperties.get("Scope"));
    assertThat(properties.get("DefaultAction")).isEqualTo(documentedProperties.get("DefaultAction"));
    assertThat(map(properties, "VisibilityConfig").keySet()).isEqualTo(map(documentedProperties, "VisibilityConfig").keySet());
    List<Map<String, Object>> rules = list(properties, "Rules");
    Map<String, Object> documentedRule = list(documentedProperties, "Rules").get(0);
    assertThat(rules).hasSize(2);
    assertThat(rules.get(0).keySet()).containsExactlyInAnyOrderElementsOf(documentedRule.keySet());
    assertThat(rules.get(0)).containsEntry("Name", "AWS-AWSManagedRulesCommonRuleSet").containsEntry("Priority", 0);
    // The groups' own actions apply: AWS's example overrides them to Count, which only observes.
    assertThat(rules.get(0).get("OverrideAction")).isEqualTo(Map.of("None", Map.of()));
    Map<String, Object> statement = map(rules.get(0), "Statement", "ManagedRuleGroupStatement");
    Map<String, Object> documentedStatement = map(documentedRule, "Statement", "ManagedRuleGroupStatement");
    assertThat(statement).containsEntry("VendorName", documentedStatement.get("VendorName")).containsEntry("Name", documentedStatement.get("Name"));
    assertThat(rules.get(1)).containsEntry("Name", "AWS-AWSManagedRulesKnownBadInputsRuleSet").containsEntry("Priority", 1);

    Map<String, Object> association = map(document, "Resources", "EbMavenPluginWebAclAssociation");
    Map<String, Object> documentedAssociation = map(documented, "Resources", "SampleWebACLAssociation");
    assertThat(association.get("Type")).isEqualTo(documentedAssociation.get("Type"));
    assertThat(map(association, "Properties").keySet()).containsExactlyInAnyOrderElementsOf(map(documentedAssociation, "Properties").keySet());
    assertThat(at(association, "Properties", "ResourceArn")).isEqualTo(Map.of("Ref", "AWSEBV2LoadBalancer"));
    assertThat(at(association, "Properties", "WebACLArn")).isEqualTo(Map.of("Fn::GetAtt", List.of("EbMavenPluginWebAcl", "Arn")));
    assertThat(at(document, "option_settings", "aws:elasticbeanstalk:environment")).isEqualTo(Map.of("LoadBalancerType", "application"));
  }

  @Test
  void anExistingWebAclIsOnlyAssociated() throws Exception {
    String arn = "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/shop/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111";
    Map<String, Object> resources = map(rendered(ExtensionsConfig.builder().waf(new Waf(arn, List.of())).build()), "Resources");

    assertThat(resources).containsOnlyKeys("EbMavenPluginWebAclAssociation");
    assertThat(at(resources, "EbMavenPluginWebAclAssociation", "Properties", "WebACLArn")).isEqualTo(arn);
  }

  @Test
  void maintenanceShipsSnippetsHooksAndThePageAndMarksTheBundleWithoutSendingTheSwitchThroughTheApi() throws Exception {
    ExtensionsConfig config =
        ExtensionsConfig.builder()
            .healthCheckPath("/health")
            .maintenance(new Maintenance(null, 120, List.of("203.0.113.7", "198.51.100.0/24")))
            .build();
    SortedMap<String, byte[]> generated = prepare(config);

    assertThat(generated)
        .containsOnlyKeys(
            CONFIG, ".platform/confighooks/postdeploy/eb-maven-plugin-maintenance.sh",
            ".platform/hooks/postdeploy/eb-maven-plugin-maintenance.sh",
            ".platform/nginx/conf.d/eb-maven-plugin-maintenance.conf",
            ".platform/nginx/conf.d/elasticbeanstalk/eb-maven-plugin-maintenance.conf");
    Map<String, Object> document = Yamls.parse(generated.get(CONFIG));
    assertThat(at(document, "option_settings", "aws:elasticbeanstalk:application:environment")).isEqualTo(Map.of("EB_MAINTENANCE", "off"));
    assertThat((String) at(document, "files", "/var/app/eb-maven-plugin/maintenance.html", "content")).contains("Down for maintenance");
    assertThat(new EbExtensions(config, ValidationMode.ERROR, Reporter.SILENT).optionSettings())
        .containsExactly(new OptionSetting("aws:elasticbeanstalk:environment:process:default", "HealthCheckPath", "/health"));

    String http = text(generated, ".platform/nginx/conf.d/eb-maven-plugin-maintenance.conf");
    assertThat(http).contains("    203.0.113.7 1;\n    198.51.100.0/24 1;\n").contains("    \"/health\" 1;\n");
    String server = text(generated, ".platform/nginx/conf.d/elasticbeanstalk/eb-maven-plugin-maintenance.conf");
    assertThat(server).contains("if (-f /var/app/eb-maven-plugin/maintenance-on) {").contains("add_header Retry-After 120 always;");
    String hook = text(generated, ".platform/hooks/postdeploy/eb-maven-plugin-maintenance.sh");
    assertThat(hook).startsWith("#!/bin/bash\n").contains("get-config environment -k EB_MAINTENANCE");
    assertThat(text(generated, ".platform/confighooks/postdeploy/eb-maven-plugin-maintenance.sh")).isEqualTo(hook);
  }

  @Test
  void maintenanceServesTheProjectsPage(@TempDir Path dir) throws Exception {
    Path page = Files.writeString(dir.resolve("maintenance.html"), "<html><body>Back at 10:00 UTC</body></html>\n");
    ExtensionsConfig config = ExtensionsConfig.builder().maintenance(new Maintenance(page, 600, List.of())).build();

    assertThat(at(rendered(config), "files", "/var/app/eb-maven-plugin/maintenance.html", "content").toString())
        .isEqualTo("<html><body>Back at 10:00 UTC</body></html>\n");
    assertThat(text(prepare(config), ".platform/nginx/conf.d/eb-maven-plugin-maintenance.conf"))
        .contains("map $uri $eb_maven_plugin_health_path {\n    default 0;\n}\n");
  }

  @Test
  void theWholeTypedConfigurationIsByteForByteStable() throws Exception {
    ExtensionsConfig config =
        ExtensionsConfig.builder()
            .vpc(new Vpc(VPC_ID, PRIVATE, PUBLIC, null, "public"))
            .ipv6(true)
            .waf(new Waf(null, List.of("AWSManagedRulesCommonRuleSet")))
            .cloudWatch(new CloudWatch(Set.of("memory", "disk"), 90, null, true, 14, false, true))
            .maintenance(new Maintenance(null, 600, List.of("203.0.113.7")))
            .healthCheckPath("/health")
            .target(new TargetEnvironment("python-3.11", null, "application"))
            .build();

    SortedMap<String, byte[]> generated = prepare(config);
    byte[] expected = getClass().getResourceAsStream("/extensions/typed/expected-eb-maven-plugin.config").readAllBytes();

    assertThat(new String(generated.get(CONFIG), StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
    assertThat(prepare(config)).usingRecursiveComparison().isEqualTo(generated);
  }

  private static String text(SortedMap<String, byte[]> generated, String name) {
    return new String(generated.get(name), StandardCharsets.UTF_8);
  }
}
