package io.github.ebmaven.extensions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ebmaven.report.Mention;
import io.github.ebmaven.report.Reporter;
import io.github.ebmaven.testing.RecordingReporter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Bad input to the typed elements fails naming the element and one fix, whatever {@code
 * eb.validation} says; what EB does but the user likely did not mean warns.
 */
class TypedValidationTest {

  private static final String VPC_ID = "vpc-0abc12345def67890";
  private static final String SUBNET_A = "subnet-0aaa1111bbbb22223";
  private static final String SUBNET_B = "subnet-0ccc3333dddd44445";
  private static final String ARN = "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/shop/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111";
  private static final TargetEnvironment ALB = new TargetEnvironment(null, null, "application");

  private static List<String> problemsOf(ExtensionsConfig config) {
    return problemsOf(config, InMemoryBundle.djangoApp());
  }

  private static List<String> problemsOf(ExtensionsConfig config, InMemoryBundle bundle) {
    // OFF: these fail whatever eb.validation says.
    ExtensionsException thrown =
        catchThrowableOfType(ExtensionsException.class, () -> new EbExtensions(config, ValidationMode.OFF, Reporter.SILENT).prepare(bundle));
    assertThat(thrown).as("the configuration should be refused").isNotNull();
    return thrown.problems().stream().map(problem -> Mention.render(problem, Mention.PLAIN)).toList();
  }

  private static List<String> warningsOf(ExtensionsConfig config) throws ExtensionsException {
    RecordingReporter reporter = new RecordingReporter();
    new EbExtensions(config, ValidationMode.ERROR, reporter).prepare(InMemoryBundle.djangoApp());
    return reporter.warnings;
  }

  private static ExtensionsConfig.Builder vpc(Vpc vpc) {
    return ExtensionsConfig.builder().vpc(vpc);
  }

  @Test
  void subnetsWithoutAVpcIdAreRefused() {
    assertThat(problemsOf(vpc(new Vpc(null, List.of(SUBNET_A), List.of(), null, null)).build()))
        .containsExactly("<vpc>: subnets are given without <id>; subnets belong to a VPC, and without aws:ec2:vpc VPCId Elastic Beanstalk"
            + " launches the environment in the default VPC. Add <id>vpc-...</id>, the VPC of these subnets.");
  }

  @Test
  void idsThatAreNotVpcOrSubnetIdsAreRefused() {
    assertThat(problemsOf(vpc(new Vpc("my-vpc", List.of("subnet-1", SUBNET_A, SUBNET_A), List.of(), null, null)).build()))
        .containsExactly(
            "<vpc><id>: 'my-vpc' is not a VPC id; copy it from the VPC console or aws ec2 describe-vpcs, such as vpc-0abc12345def67890.",
            "<vpc><subnets>: 'subnet-1' is not a subnet id; list ids such as subnet-0abc12345def67890, comma-separated.",
            "<vpc><subnets>: '" + SUBNET_A + "' is listed twice; give each subnet once.");
  }

  @Test
  void aSchemeEbWouldIgnoreIsRefused() {
    assertThat(problemsOf(vpc(new Vpc(VPC_ID, List.of(), List.of(), null, "private")).build()))
        .singleElement()
        .asString()
        .startsWith("<vpc><elbScheme>: 'private' is not a load balancer scheme, and Elastic Beanstalk ignores any other value; use public");
  }

  @Test
  void anInternalLoadBalancerWithPublicInstancesWarns() throws Exception {
    assertThat(warningsOf(vpc(new Vpc(VPC_ID, List.of(SUBNET_A), List.of(SUBNET_B), true, "internal")).build()))
        .containsExactly("<vpc>: <elbScheme>internal</elbScheme> keeps the load balancer inside the VPC, but <publicIp>true</publicIp> gives"
            + " every instance a public address reachable from the internet. For an internal application, set <publicIp>false</publicIp>.");
  }

  @Test
  void securityGroupNamesInACustomVpcWarn() throws Exception {
    assertThat(warningsOf(vpc(new Vpc(VPC_ID, List.of(SUBNET_A), List.of(), null, null)).securityGroups("sg-0123456789abcdef0,testapp-sg").build()))
        .containsExactly("<securityGroups>: security group 'testapp-sg' is given by name, but in a custom VPC (<vpc><id>) EC2 takes"
            + " security group ids; use its id (sg-...) from the VPC console.");
  }

  @Test
  void loadBalancerSettingsOfASingleInstanceEnvironmentWarn() throws Exception {
    ExtensionsConfig config = vpc(new Vpc(VPC_ID, List.of(SUBNET_A), List.of(SUBNET_B), null, null))
        .target(new TargetEnvironment(null, "SingleInstance", null)).build();

    assertThat(warningsOf(config)).singleElement().asString().startsWith("<vpc>: <elbSubnets> and <elbScheme> configure a load balancer");
  }

  @Test
  void ipv6IsRefusedWhereEbHasNoDualStack() {
    assertThat(problemsOf(ExtensionsConfig.builder().ipv6(true).target(new TargetEnvironment(null, null, "classic")).build()))
        .containsExactly("<ipv6>: Elastic Beanstalk supports dual-stack (IPv6) only on application and network load balancers, and"
            + " eb.loadBalancerType makes a classic one. Use eb.loadBalancerType=application (the type is fixed when the environment is created).");
    assertThat(problemsOf(ExtensionsConfig.builder().ipv6(true)
            .optionSetting(new OptionSetting("aws:elasticbeanstalk:environment", "EnvironmentType", "SingleInstance")).build()))
        .singleElement().asString().contains("a single-instance environment has no load balancer");
    assertThat(problemsOf(vpc(new Vpc(VPC_ID, List.of(), List.of(), false, "internal")).ipv6(true).target(ALB).build()))
        .containsExactly("<ipv6>: an internal load balancer can only use IPv4 (Elastic Load Balancing refuses dualstack for it);"
            + " remove <ipv6> or make the load balancer public.");
  }

  @Test
  void ipv6WithoutAKnownLoadBalancerTypeWarns() throws Exception {
    assertThat(warningsOf(ExtensionsConfig.builder().ipv6(true).build()))
        .containsExactly("<ipv6>: dual-stack needs an application or network load balancer, and nothing in the POM or .ebextensions"
            + " says which load balancer the environment has (environments created through the API get a classic one unless told)."
            + " Set eb.loadBalancerType, for example eb.loadBalancerType=application.");
    assertThat(warningsOf(ExtensionsConfig.builder().ipv6(true).target(new TargetEnvironment(null, null, "network")).build())).isEmpty();
  }

  @Test
  void wafNeedsExactlyOneOfAnArnOrManagedRules() {
    assertThat(problemsOf(ExtensionsConfig.builder().waf(new Waf(ARN, List.of("AWSManagedRulesCommonRuleSet"))).build()))
        .containsExactly("<waf>: give either <webAclArn> (attach an existing web ACL) or <managedRules> (create one), not both.");
    assertThat(problemsOf(ExtensionsConfig.builder().waf(new Waf(null, List.of())).build()))
        .singleElement().asString().startsWith("<waf>: neither <webAclArn> nor <managedRules> is set;");
  }

  @Test
  void wafIsRefusedForClassicAndNetworkLoadBalancersAndSingleInstances() {
    Waf waf = new Waf(ARN, List.of());
    assertThat(problemsOf(ExtensionsConfig.builder().waf(waf).target(new TargetEnvironment(null, null, "network")).build()))
        .containsExactly("<waf>: a web ACL protects an application load balancer, but eb.loadBalancerType makes a network load balancer."
            + " Use application (the type is fixed when the environment is created).");
    assertThat(problemsOf(ExtensionsConfig.builder().waf(waf).target(new TargetEnvironment(null, "SingleInstance", null)).build()))
        .containsExactly("<waf>: a web ACL protects an application load balancer, and a single-instance environment has none."
            + " Remove <waf>, or create a load-balanced environment.");
    InMemoryBundle classic = InMemoryBundle.djangoApp()
        .with(".ebextensions/lb.config", "option_settings:\n  aws:elasticbeanstalk:environment:\n    LoadBalancerType: classic\n");
    assertThat(problemsOf(ExtensionsConfig.builder().waf(waf).build(), classic))
        .contains("<waf>: a web ACL protects an application load balancer, but .ebextensions/lb.config:3:5 makes a classic load balancer."
            + " Use application (the type is fixed when the environment is created).");
  }

  @Test
  void aWebAclArnMustBeARegionalWebAcl() {
    assertThat(problemsOf(ExtensionsConfig.builder().waf(new Waf("arn:aws:wafv2:us-east-1:123456789012:global/webacl/cdn/abc", List.of())).build()))
        .singleElement()
        .asString()
        .startsWith("<waf><webAclArn>: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/cdn/abc' is not the ARN of a regional web ACL"
            + " (a CloudFront web ACL cannot protect a load balancer);");
  }

  @Test
  void managedRuleGroupNamesAreChecked() throws Exception {
    assertThat(problemsOf(ExtensionsConfig.builder()
            .waf(new Waf(null, List.of("CommonRuleSet", "AWSManagedRulesSQLiRuleSett", "AWSManagedRulesATPRuleSet", "AWSManagedRulesPHPRuleSet", "AWSManagedRulesPHPRuleSet")))
            .build()))
        .containsExactly(
            "<waf><managedRules>: 'CommonRuleSet' is not an AWS managed rule group. Did you mean 'AWSManagedRulesCommonRuleSet'?",
            "<waf><managedRules>: 'AWSManagedRulesSQLiRuleSett' is not an AWS managed rule group. Did you mean 'AWSManagedRulesSQLiRuleSet'?",
            "<waf><managedRules>: AWSManagedRulesATPRuleSet needs a configuration of its own that <managedRules> does not type; create the"
                + " web ACL yourself and attach it with <webAclArn>.",
            "<waf><managedRules>: 'AWSManagedRulesPHPRuleSet' is listed twice; give each rule group once.");
    assertThat(warningsOf(ExtensionsConfig.builder().waf(new Waf(null, List.of("AWSManagedRulesFutureThing"))).build()))
        .singleElement().asString().startsWith("<waf><managedRules>: 'AWSManagedRulesFutureThing' is not one of the AWS managed rule groups the plugin knows (");
  }

  @Test
  void cloudWatchValuesAreChecked() {
    assertThat(problemsOf(ExtensionsConfig.builder()
            .cloudWatch(new CloudWatch(Set.of("cpu"), 150, "arn:aws:sqs:us-east-1:123456789012:q", null, null, null, null)).build()))
        .containsExactlyInAnyOrder(
            "<cloudWatch><metrics>: 'cpu' is not a metric the plugin publishes; use memory, disk or both (memory,disk).",
            "<cloudWatch><memoryAlarmPercent>: the alarm watches the memory metric, which <metrics> does not publish; add memory to <metrics>.",
            "<cloudWatch><memoryAlarmPercent>: 150 is not a percentage the alarm can reach; use 1 to 99, for example 90.",
            "<cloudWatch><alarmTopicArn>: 'arn:aws:sqs:us-east-1:123456789012:q' is not an SNS topic ARN, such as arn:aws:sns:us-east-1:123456789012:alerts.");
  }

  @Test
  void aRetentionEbDoesNotOfferIsAnError() {
    ExtensionsException thrown = catchThrowableOfType(ExtensionsException.class,
        () -> new EbExtensions(ExtensionsConfig.builder().cloudWatch(new CloudWatch(Set.of(), null, null, true, 10, null, null)).build(),
            ValidationMode.ERROR, Reporter.SILENT).prepare(InMemoryBundle.djangoApp()));

    assertThat(thrown.problems()).singleElement().asString()
        .startsWith("<cloudWatch><logRetentionDays>: invalid value '10' for aws:elasticbeanstalk:cloudwatch:logs RetentionInDays");
  }

  @Test
  void maintenanceNeedsNginx() {
    Maintenance maintenance = new Maintenance(null, 600, List.of());
    InMemoryBundle apache = InMemoryBundle.djangoApp()
        .with(".ebextensions/httpd-proxy.config", "option_settings:\n  aws:elasticbeanstalk:environment:proxy:\n    ProxyServer: apache\n");

    assertThat(problemsOf(ExtensionsConfig.builder().maintenance(maintenance).build(), apache))
        .containsExactly("<maintenance>: the maintenance page is served by nginx, but .ebextensions/httpd-proxy.config:3:5 sets"
            + " aws:elasticbeanstalk:environment:proxy ProxyServer to 'apache'. Use nginx, or remove <maintenance>.");
    assertThat(problemsOf(ExtensionsConfig.builder().maintenance(maintenance)
            .target(new TargetEnvironment("64bit Windows Server 2022 v2.15.0 running IIS 10.0", null, null)).build()))
        .singleElement().asString().startsWith("<maintenance>: platform '64bit Windows Server 2022 v2.15.0 running IIS 10.0' has no nginx proxy");
  }

  @Test
  void maintenanceValuesAreChecked(@org.junit.jupiter.api.io.TempDir Path dir) {
    Maintenance maintenance = new Maintenance(dir.resolve("missing.html"), -1, List.of("203.0.113.7", "10.0.0.0/33", "999.1.1.1", "office", "2001:db8::/32"));

    List<String> problems = problemsOf(ExtensionsConfig.builder().maintenance(maintenance).build());

    assertThat(problems).hasSize(5);
    assertThat(problems.get(0)).startsWith("<maintenance><page>: cannot read " + dir.resolve("missing.html"));
    assertThat(problems.subList(1, 5))
        .containsExactly(
            "<maintenance><retryAfter>: -1 is negative; give seconds, for example 600.",
            "<maintenance><allowedIps>: '10.0.0.0/33' is not an IP address or CIDR block; write 203.0.113.7 or 198.51.100.0/24, comma-separated.",
            "<maintenance><allowedIps>: '999.1.1.1' is not an IP address or CIDR block; write 203.0.113.7 or 198.51.100.0/24, comma-separated.",
            "<maintenance><allowedIps>: 'office' is not an IP address or CIDR block; write 203.0.113.7 or 198.51.100.0/24, comma-separated.");
  }

  @Test
  void theMaintenanceSwitchCannotBeSetElsewhere() {
    ExtensionsConfig config = ExtensionsConfig.builder().maintenance(new Maintenance(null, 600, List.of())).environmentVariable("EB_MAINTENANCE", "on").build();

    assertThat(problemsOf(config))
        .containsExactly("<maintenance> sets aws:elasticbeanstalk:application:environment EB_MAINTENANCE to 'off' but"
            + " <environmentVariables>/<EB_MAINTENANCE> sets it to 'on'. Keep one of them: remove the option from <maintenance>.");
  }

  @Test
  void typedElementsTheyDoNotMeanTheSameAsTheirOptionsContradict() {
    ExtensionsConfig config = vpc(new Vpc(VPC_ID, List.of(), List.of(), null, null))
        .optionSetting(new OptionSetting("aws:ec2:vpc", "VPCId", "vpc-0fff12345def67890")).build();

    assertThat(problemsOf(config))
        .containsExactly("<vpc><id> sets aws:ec2:vpc VPCId to 'vpc-0abc12345def67890' but <optionSettings>/<optionSetting>[1] sets it"
            + " to 'vpc-0fff12345def67890'. Keep one of them: remove the option from <optionSettings>/<optionSetting>[1].");
  }

  @Test
  void platformsWithNginxHooksAreAmazonLinux2AndLaterButNotEcs() {
    assertThat(PlatformTraits.runsNginxHooks("python-3.11")).isTrue();
    assertThat(PlatformTraits.runsNginxHooks("64bit Amazon Linux 2023 v4.7.3 running Python 3.11")).isTrue();
    assertThat(PlatformTraits.runsNginxHooks("arn:aws:elasticbeanstalk:us-east-1::platform/Corretto 17 running on 64bit Amazon Linux 2/3.7.0")).isTrue();
    assertThat(PlatformTraits.runsNginxHooks("64bit Amazon Linux 2018.03 v2.11.0 running Python 3.6")).isFalse();
    assertThat(PlatformTraits.runsNginxHooks("arn:aws:elasticbeanstalk:us-east-1::platform/ECS running on 64bit Amazon Linux 2/3.2.0")).isFalse();
    assertThat(PlatformTraits.runsNginxHooks("64bit Windows Server 2019 v2.15.0 running IIS 10.0")).isFalse();
  }
}
