package io.github.ebmaven.extensions;

import java.util.List;

/**
 * AWS WAF in front of the environment's application load balancer: an existing web ACL, or one
 * the environment creates with AWS managed rule groups.
 *
 * @param webAclArn ARN of an existing regional WAFv2 web ACL, or null
 * @param managedRules names of AWS managed rule groups (such as {@code
 *     AWSManagedRulesCommonRuleSet}), in priority order; never null
 */
public record Waf(String webAclArn, List<String> managedRules) {

  public Waf {
    managedRules = managedRules == null ? List.of() : List.copyOf(managedRules);
  }
}
