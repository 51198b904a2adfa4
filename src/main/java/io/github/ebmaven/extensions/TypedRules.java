package io.github.ebmaven.extensions;

import io.github.ebmaven.report.Mention;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks of the typed elements {@code <vpc>}, {@code <ipv6>}, {@code <waf>}, {@code <cloudWatch>}
 * and {@code <maintenance>}: their own values, and what they need of the environment (its load
 * balancer type, environment type, proxy and platform), read from {@code eb.loadBalancerType},
 * {@code eb.environmentType}, {@code eb.platform}, the POM's option settings and the hand-written
 * files. What the element cannot do fails the build; what EB does but the user likely did not
 * mean is a warning.
 */
final class TypedRules {

  private static final Pattern VPC_ID = Pattern.compile("vpc-[0-9a-f]{8}([0-9a-f]{9})?");
  private static final Pattern SUBNET_ID = Pattern.compile("subnet-[0-9a-f]{8}([0-9a-f]{9})?");
  private static final Pattern WEB_ACL_ARN = Pattern.compile("arn:aws[a-z-]*:wafv2:[a-z0-9-]+:\\d{12}:regional/webacl/[\\w-]+/[\\w-]+");
  private static final Pattern SNS_ARN = Pattern.compile("arn:aws[a-z-]*:sns:[a-z0-9-]+:\\d{12}:[\\w-]+");
  private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(/(\\d{1,2}))?");
  private static final String RULE_PREFIX = "AWSManagedRules";

  private final ExtensionsConfig config;
  private final List<SourcedSetting> settings;
  private final List<String> fatal;
  private final Problems problems;

  private TypedRules(ExtensionsConfig config, List<SourcedSetting> settings, List<String> fatal, Problems problems) {
    this.config = config;
    this.settings = settings;
    this.fatal = fatal;
    this.problems = problems;
  }

  /**
   * @param settings every option setting of the POM and the hand-written files
   * @param fatal problems that fail the build whatever {@code eb.validation} says
   */
  static void check(ExtensionsConfig config, List<SourcedSetting> settings, List<String> fatal, Problems problems) {
    TypedRules rules = new TypedRules(config, settings, fatal, problems);
    config.vpc().ifPresent(rules::checkVpc);
    config.ipv6().filter(Boolean::booleanValue).ifPresent(v -> rules.checkIpv6());
    config.waf().ifPresent(rules::checkWaf);
    config.cloudWatch().ifPresent(rules::checkCloudWatch);
    config.maintenance().ifPresent(rules::checkMaintenance);
  }

  // ---- what is known of the environment ----

  /** {@code eb.loadBalancerType} wins (it is sent at creation, over .ebextensions), then the settings. */
  private Optional<Described> loadBalancerType() {
    if (config.target().loadBalancerType() != null) {
      return Optional.of(new Described(config.target().loadBalancerType(), Mention.setting("eb.loadBalancerType")));
    }
    return setting(PomSettings.ENVIRONMENT, "LoadBalancerType");
  }

  private boolean singleInstance() {
    String type = config.target().environmentType() != null
        ? config.target().environmentType()
        : setting(PomSettings.ENVIRONMENT, "EnvironmentType").map(Described::value).orElse(null);
    return "SingleInstance".equalsIgnoreCase(type);
  }

  /** A value and where it was set. */
  private record Described(String value, String source) {}

  /** The setting as written by the POM or a file, not one a typed element implies. */
  private Optional<Described> setting(String namespace, String option) {
    return settings.stream()
        .filter(s -> s.setting().namespace().equals(namespace) && s.setting().optionName().equals(option))
        .filter(s -> !s.source().equals("<waf>"))
        .findFirst()
        .map(s -> new Described(s.setting().value().trim(), s.source()));
  }

  // ---- <vpc> and <ipv6> ----

  private void checkVpc(Vpc vpc) {
    if (vpc.id() != null && !VPC_ID.matcher(vpc.id()).matches()) {
      fatal.add("<vpc><id>: '" + vpc.id() + "' is not a VPC id; copy it from the VPC console or aws ec2 describe-vpcs, such as vpc-0abc12345def67890.");
    }
    checkSubnets(vpc.subnets(), "<vpc><subnets>");
    checkSubnets(vpc.elbSubnets(), "<vpc><elbSubnets>");
    if (vpc.id() == null && (!vpc.subnets().isEmpty() || !vpc.elbSubnets().isEmpty())) {
      fatal.add("<vpc>: subnets are given without <id>; subnets belong to a VPC, and without aws:ec2:vpc VPCId Elastic Beanstalk"
          + " launches the environment in the default VPC. Add <id>vpc-...</id>, the VPC of these subnets.");
    }
    if (vpc.elbScheme() != null && !vpc.elbScheme().equals("public") && !vpc.elbScheme().equals("internal")) {
      fatal.add("<vpc><elbScheme>: '" + vpc.elbScheme() + "' is not a load balancer scheme, and Elastic Beanstalk ignores any other"
          + " value; use public (reachable from the internet) or internal (only from inside the VPC).");
    }
    if ("internal".equals(vpc.elbScheme()) && Boolean.TRUE.equals(vpc.publicIp())) {
      problems.warn("<vpc>: <elbScheme>internal</elbScheme> keeps the load balancer inside the VPC, but <publicIp>true</publicIp> gives"
          + " every instance a public address reachable from the internet. For an internal application, set <publicIp>false</publicIp>.");
    }
    if (singleInstance() && (!vpc.elbSubnets().isEmpty() || vpc.elbScheme() != null)) {
      problems.warn("<vpc>: <elbSubnets> and <elbScheme> configure a load balancer, and a single-instance environment has none;"
          + " Elastic Beanstalk ignores them. Remove them, or create a load-balanced environment.");
    }
    if (vpc.id() != null) {
      setting(PomSettings.LAUNCH_CONFIGURATION, "SecurityGroups")
          .ifPresent(groups -> {
            for (String group : groups.value().split(",")) {
              String name = group.trim();
              if (!name.isEmpty() && !name.startsWith("sg-") && !name.startsWith("`") && !name.startsWith("{")) {
                problems.warn(groups.source() + ": security group '" + name + "' is given by name, but in a custom VPC (<vpc><id>)"
                    + " EC2 takes security group ids; use its id (sg-...) from the VPC console.");
              }
            }
          });
    }
  }

  private void checkSubnets(List<String> subnets, String element) {
    Set<String> seen = new HashSet<>();
    for (String subnet : subnets) {
      if (!SUBNET_ID.matcher(subnet).matches()) {
        fatal.add(element + ": '" + subnet + "' is not a subnet id; list ids such as subnet-0abc12345def67890, comma-separated.");
      } else if (!seen.add(subnet)) {
        fatal.add(element + ": '" + subnet + "' is listed twice; give each subnet once.");
      }
    }
  }

  private void checkIpv6() {
    Optional<Described> type = loadBalancerType();
    if (singleInstance()) {
      fatal.add("<ipv6>: Elastic Beanstalk supports dual-stack (IPv6) only on application and network load balancers, and a"
          + " single-instance environment has no load balancer. Remove <ipv6>, or create a load-balanced environment.");
    } else if (type.isPresent() && type.get().value().equals("classic")) {
      fatal.add("<ipv6>: Elastic Beanstalk supports dual-stack (IPv6) only on application and network load balancers, and "
          + type.get().source() + " makes a classic one. Use " + Mention.example("eb.loadBalancerType", "application")
          + " (the type is fixed when the environment is created).");
    } else if (type.isEmpty()) {
      problems.warn("<ipv6>: dual-stack needs an application or network load balancer, and nothing in the POM or .ebextensions says"
          + " which load balancer the environment has (environments created through the API get a classic one unless told)."
          + " Set " + Mention.setting("eb.loadBalancerType") + ", for example " + Mention.example("eb.loadBalancerType", "application") + ".");
    }
    String scheme = config.vpc().map(Vpc::elbScheme).orElse(setting(PomSettings.VPC, "ELBScheme").map(Described::value).orElse(null));
    if ("internal".equals(scheme)) {
      fatal.add("<ipv6>: an internal load balancer can only use IPv4 (Elastic Load Balancing refuses dualstack for it);"
          + " remove <ipv6> or make the load balancer public.");
    }
  }

  // ---- <waf> ----

  private void checkWaf(Waf waf) {
    if (waf.webAclArn() != null && !waf.managedRules().isEmpty()) {
      fatal.add("<waf>: give either <webAclArn> (attach an existing web ACL) or <managedRules> (create one), not both.");
    } else if (waf.webAclArn() == null && waf.managedRules().isEmpty()) {
      fatal.add("<waf>: neither <webAclArn> nor <managedRules> is set; name AWS managed rule groups, for example"
          + " <managedRules>AWSManagedRulesCommonRuleSet</managedRules>, or attach an existing web ACL by its ARN.");
    }
    if (waf.webAclArn() != null && !WEB_ACL_ARN.matcher(waf.webAclArn()).matches()) {
      fatal.add("<waf><webAclArn>: '" + waf.webAclArn() + "' is not the ARN of a regional web ACL"
          + (waf.webAclArn().contains(":global/") ? " (a CloudFront web ACL cannot protect a load balancer)" : "")
          + "; copy it from the WAF console, such as arn:aws:wafv2:us-east-1:123456789012:regional/webacl/shop/a1b2c3d4-...");
    }
    checkRuleGroups(waf.managedRules());
    Optional<Described> type = loadBalancerType();
    if (singleInstance()) {
      fatal.add("<waf>: a web ACL protects an application load balancer, and a single-instance environment has none."
          + " Remove <waf>, or create a load-balanced environment.");
    } else if (type.isPresent() && !type.get().value().equals("application")) {
      fatal.add("<waf>: a web ACL protects an application load balancer, but " + type.get().source() + " makes a "
          + type.get().value() + " load balancer. Use application (the type is fixed when the environment is created).");
    }
  }

  private void checkRuleGroups(List<String> groups) {
    Set<String> seen = new HashSet<>();
    for (String group : groups) {
      if (!seen.add(group)) {
        fatal.add("<waf><managedRules>: '" + group + "' is listed twice; give each rule group once.");
      } else if (WafResources.CONFIGURED_RULE_GROUPS.contains(group)) {
        fatal.add("<waf><managedRules>: " + group + " needs a configuration of its own that <managedRules> does not type;"
            + " create the web ACL yourself and attach it with <webAclArn>.");
      } else if (!WafResources.MANAGED_RULE_GROUPS.contains(group)) {
        String prefixed = RULE_PREFIX + group;
        Optional<String> meant = WafResources.MANAGED_RULE_GROUPS.contains(prefixed)
            ? Optional.of(prefixed)
            : Suggestions.typo(group, WafResources.MANAGED_RULE_GROUPS);
        if (meant.isPresent()) {
          fatal.add("<waf><managedRules>: '" + group + "' is not an AWS managed rule group. Did you mean '" + meant.get() + "'?");
        } else {
          problems.warn("<waf><managedRules>: '" + group + "' is not one of the AWS managed rule groups the plugin knows ("
              + String.join(", ", new java.util.TreeSet<>(WafResources.MANAGED_RULE_GROUPS)) + "); if AWS added it since, ignore this,"
              + " otherwise the web ACL fails to create and the deployment with it.");
        }
      }
    }
  }

  // ---- <cloudWatch> ----

  private void checkCloudWatch(CloudWatch cloudWatch) {
    for (String metric : cloudWatch.metrics()) {
      if (!CloudWatch.METRICS.contains(metric)) {
        fatal.add("<cloudWatch><metrics>: '" + metric + "' is not a metric the plugin publishes; use memory, disk or both (memory,disk).");
      }
    }
    Integer alarm = cloudWatch.memoryAlarmPercent();
    if (alarm != null && !cloudWatch.metrics().contains("memory")) {
      fatal.add("<cloudWatch><memoryAlarmPercent>: the alarm watches the memory metric, which <metrics> does not publish; add memory to <metrics>.");
    }
    if (alarm != null && (alarm < 1 || alarm > 99)) {
      fatal.add("<cloudWatch><memoryAlarmPercent>: " + alarm + " is not a percentage the alarm can reach; use 1 to 99, for example 90.");
    }
    if (cloudWatch.alarmTopicArn() != null && !SNS_ARN.matcher(cloudWatch.alarmTopicArn()).matches()) {
      fatal.add("<cloudWatch><alarmTopicArn>: '" + cloudWatch.alarmTopicArn() + "' is not an SNS topic ARN, such as arn:aws:sns:us-east-1:123456789012:alerts.");
    }
    if (cloudWatch.alarmTopicArn() != null && alarm == null) {
      problems.warn("<cloudWatch><alarmTopicArn>: there is no alarm to notify the topic; set <memoryAlarmPercent> or remove the topic.");
    }
  }

  // ---- <maintenance> ----

  private void checkMaintenance(Maintenance maintenance) {
    setting(PomSettings.PROXY, "ProxyServer")
        .filter(proxy -> !proxy.value().equals("nginx"))
        .ifPresent(proxy -> fatal.add("<maintenance>: the maintenance page is served by nginx, but " + proxy.source()
            + " sets aws:elasticbeanstalk:environment:proxy ProxyServer to '" + proxy.value() + "'. Use nginx, or remove <maintenance>."));
    String platform = config.target().platform();
    if (platform != null && !PlatformTraits.runsNginxHooks(platform)) {
      fatal.add("<maintenance>: platform '" + platform + "' has no nginx proxy with .platform hooks (Amazon Linux 2 and 2023"
          + " platforms have them, Windows Server and Amazon Linux AMI ones and ECS do not). Remove <maintenance> for this platform.");
    }
    if (maintenance.retryAfterSeconds() < 0) {
      fatal.add("<maintenance><retryAfter>: " + maintenance.retryAfterSeconds() + " is negative; give seconds, for example 600.");
    }
    for (String ip : maintenance.allowedIps()) {
      if (!isAddressOrBlock(ip)) {
        fatal.add("<maintenance><allowedIps>: '" + ip + "' is not an IP address or CIDR block; write 203.0.113.7 or 198.51.100.0/24, comma-separated.");
      }
    }
  }

  static boolean isAddressOrBlock(String text) {
    var v4 = IPV4.matcher(text);
    if (v4.matches()) {
      for (int group = 1; group <= 4; group++) {
        if (Integer.parseInt(v4.group(group)) > 255) {
          return false;
        }
      }
      return v4.group(6) == null || Integer.parseInt(v4.group(6)) <= 32;
    }
    String address = text.contains("/") ? text.substring(0, text.indexOf('/')) : text;
    String bits = text.contains("/") ? text.substring(text.indexOf('/') + 1) : "0";
    if (!address.contains(":") || !address.matches("[0-9a-fA-F:.]+") || !bits.matches("\\d{1,3}") || Integer.parseInt(bits) > 128) {
      return false;
    }
    try {
      // A literal with ':' is parsed, never looked up.
      return InetAddress.getByName(address).getAddress().length == 16;
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
