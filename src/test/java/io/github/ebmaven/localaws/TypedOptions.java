package io.github.ebmaven.localaws;

import java.util.List;

/**
 * The options the plugin's typed POM elements render that the rest of the catalog lacks: the
 * dual-stack load balancer ({@code <ipv6>}), health streaming ({@code <cloudWatch>}), the HTTPS
 * listener ({@code <https>}), and the launch template options an environment of a new account
 * needs (gp3 root volume, IMDSv1 off), with EB's values. No defaults: the environments' settings
 * list them only when set, as before these options were known.
 */
final class TypedOptions {

  private TypedOptions() {}

  static List<OptionCatalog.Option> all() {
    return List.of(
        choice("aws:elbv2:loadbalancer", "IpAddressType", null, "ipv4", "dualstack"),
        choice("aws:elasticbeanstalk:cloudwatch:logs:health", "HealthStreamingEnabled", null, "true", "false"),
        choice("aws:elasticbeanstalk:cloudwatch:logs:health", "DeleteOnTerminate", null, "true", "false"),
        new OptionCatalog.Option("aws:elasticbeanstalk:cloudwatch:logs:health", "RetentionInDays", null, "Scalar", "NoInterruption",
            1, 3653, List.of(), null),
        choice("aws:elbv2:listener:443", "ListenerEnabled", null, "true", "false"),
        choice("aws:elbv2:listener:443", "Protocol", null, "HTTP", "HTTPS", "TCP"),
        new OptionCatalog.Option("aws:elbv2:listener:443", "SSLCertificateArns", null, "Scalar", "NoInterruption", null, null,
            List.of(), null),
        choice("aws:autoscaling:launchconfiguration", "RootVolumeType", null, "standard", "gp2", "gp3", "io1"),
        choice("aws:autoscaling:launchconfiguration", "DisableIMDSv1", null, "true", "false"));
  }

  private static OptionCatalog.Option choice(String namespace, String name, String defaultValue, String... values) {
    return new OptionCatalog.Option(namespace, name, defaultValue, "Scalar", "RestartEnvironment", null, null, List.of(values), null);
  }
}
