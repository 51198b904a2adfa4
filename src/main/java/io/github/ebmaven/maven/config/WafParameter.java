package io.github.ebmaven.maven.config;

import io.github.ebmaven.extensions.Waf;

/** {@code <waf>}: an existing web ACL's ARN, or comma-separated AWS managed rule group names. */
public class WafParameter {
  private String webAclArn;
  private String managedRules;

  public WafParameter() {}

  public Waf toWaf() {
    return new Waf(Values.text(webAclArn), Values.list(managedRules));
  }
}
