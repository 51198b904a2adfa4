package io.github.ebmaven.extensions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CloudFormation resources of {@code <waf>}: a regional WAFv2 web ACL made of AWS managed rule
 * groups (when the POM names groups) and its association with the environment's load balancer,
 * {@code AWSEBV2LoadBalancer}, which exists only with an application or network load balancer.
 */
final class WafResources {

  static final String WEB_ACL = "EbMavenPluginWebAcl";
  static final String ASSOCIATION = "EbMavenPluginWebAclAssociation";
  static final String LOAD_BALANCER = "AWSEBV2LoadBalancer";

  /**
   * AWS managed rule groups that need no configuration, from AWS's list of baseline, use-case and
   * IP reputation rule groups.
   */
  static final List<String> MANAGED_RULE_GROUPS =
      List.of(
          "AWSManagedRulesCommonRuleSet", "AWSManagedRulesAdminProtectionRuleSet", "AWSManagedRulesKnownBadInputsRuleSet",
          "AWSManagedRulesSQLiRuleSet", "AWSManagedRulesLinuxRuleSet", "AWSManagedRulesUnixRuleSet",
          "AWSManagedRulesWindowsRuleSet", "AWSManagedRulesPHPRuleSet", "AWSManagedRulesWordPressRuleSet",
          "AWSManagedRulesAmazonIpReputationList", "AWSManagedRulesAnonymousIpList");

  /** Groups AWS documents with a configuration of their own (inspection level, login paths, ...). */
  static final Set<String> CONFIGURED_RULE_GROUPS =
      Set.of(
          "AWSManagedRulesBotControlRuleSet", "AWSManagedRulesATPRuleSet", "AWSManagedRulesACFPRuleSet",
          "AWSManagedRulesAntiDDoSRuleSet");

  private WafResources() {}

  /** The resources, keyed by logical name, in the order they are written. */
  static Map<String, Object> of(Waf waf) {
    Map<String, Object> resources = new LinkedHashMap<>();
    Object webAclArn;
    if (waf.webAclArn() != null) {
      webAclArn = waf.webAclArn();
    } else {
      resources.put(WEB_ACL, webAcl(waf.managedRules()));
      webAclArn = Map.of("Fn::GetAtt", List.of(WEB_ACL, "Arn"));
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("ResourceArn", Map.of("Ref", LOAD_BALANCER));
    properties.put("WebACLArn", webAclArn);
    resources.put(ASSOCIATION, ResourcesBuilder.resource("AWS::WAFv2::WebACLAssociation", properties));
    return resources;
  }

  private static Map<String, Object> webAcl(List<String> groups) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("Scope", "REGIONAL");
    properties.put("Description", "AWS managed rule groups for the Elastic Beanstalk environment, from eb-maven-plugin");
    properties.put("DefaultAction", Map.of("Allow", Map.of()));
    properties.put("VisibilityConfig", visibility("eb-maven-plugin-waf"));
    List<Object> rules = new java.util.ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      Map<String, Object> statement = new LinkedHashMap<>();
      statement.put("VendorName", "AWS");
      statement.put("Name", groups.get(i));
      Map<String, Object> rule = new LinkedHashMap<>();
      // The console's naming: AWS-<group>; the group's own actions apply (no override to Count).
      rule.put("Name", "AWS-" + groups.get(i));
      rule.put("Priority", i);
      rule.put("OverrideAction", Map.of("None", Map.of()));
      rule.put("Statement", Map.of("ManagedRuleGroupStatement", statement));
      rule.put("VisibilityConfig", visibility("AWS-" + groups.get(i)));
      rules.add(rule);
    }
    properties.put("Rules", rules);
    return ResourcesBuilder.resource("AWS::WAFv2::WebACL", properties);
  }

  private static Map<String, Object> visibility(String metricName) {
    Map<String, Object> visibility = new LinkedHashMap<>();
    visibility.put("SampledRequestsEnabled", true);
    visibility.put("CloudWatchMetricsEnabled", true);
    visibility.put("MetricName", metricName);
    return visibility;
  }
}
