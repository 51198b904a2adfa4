package io.github.ebmaven.maven;

import io.github.ebmaven.aws.AwsClients;
import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.aws.Setting;
import io.github.ebmaven.bundle.BundleResult;
import io.github.ebmaven.deploy.CreateOperation;
import io.github.ebmaven.maven.config.OptionSettingParameter;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Creates the environment with the project's version (built and uploaded first, unless an
 * existing version is named), waits until it is Ready and healthy, and prints its URL.
 */
@Mojo(name = "create", threadSafe = true)
public class CreateMojo extends AbstractDeployingMojo {

  /**
   * CNAME prefix: the environment answers at {@code <prefix>.<region>.elasticbeanstalk.com}.
   * Checked for availability first. Property {@code eb.cnamePrefix}; default EB's choice.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.cnamePrefix")
  protected String cnamePrefix;

  /**
   * Environment tier: {@code WebServer} or {@code Worker}. Property {@code eb.tier}; default {@code
   * WebServer}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.tier", defaultValue = "WebServer")
  protected String tier;

  /**
   * {@code LoadBalanced} or {@code SingleInstance} (option {@code aws:elasticbeanstalk:environment
   * EnvironmentType}, settable only at creation). Property {@code eb.environmentType}; default EB's
   * ({@code LoadBalanced}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.environmentType")
  protected String environmentType;

  /**
   * {@code application}, {@code network} or {@code classic} (option {@code
   * aws:elasticbeanstalk:environment LoadBalancerType}, settable only at creation). Property {@code
   * eb.loadBalancerType}; default EB's ({@code application} on current platforms).
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.loadBalancerType")
  protected String loadBalancerType;

  /**
   * Other options EB only takes when the environment is created, such as {@code aws:ec2:vpc}
   * {@code VPCId}/{@code Subnets}, in the {@code <optionSetting>} form of {@code optionSettings}. No
   * property; default none.
   *
   * @since 0.1.0
   */
  @Parameter
  protected List<OptionSettingParameter> creationOptionSettings;

  /**
   * Tags of the environment (name to value). No property; default none.
   *
   * @since 0.1.0
   */
  @Parameter
  protected Map<String, String> tags;

  @Inject
  public CreateMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "create";
  }

  @Override
  protected void run(Reporter reporter) throws EbException, MojoFailureException {
    String environmentTier = firstSet(tier, "WebServer");
    if (!environmentTier.equalsIgnoreCase("WebServer") && !environmentTier.equalsIgnoreCase("Worker")) {
      throw new EbException("<tier> / -Deb.tier must be WebServer or Worker, not '" + tier + "'.");
    }
    List<Setting> creation = new ArrayList<>();
    if (environmentType != null && !environmentType.isBlank()) {
      creation.add(new Setting("aws:elasticbeanstalk:environment", "EnvironmentType", environmentType.trim(), null));
    }
    if (loadBalancerType != null && !loadBalancerType.isBlank()) {
      creation.add(new Setting("aws:elasticbeanstalk:environment", "LoadBalancerType", loadBalancerType.trim(), null));
    }
    if (creationOptionSettings != null) {
      for (OptionSettingParameter s : creationOptionSettings) {
        if (s.getNamespace() == null || s.getOptionName() == null) {
          throw new EbException("Every <creationOptionSettings>/<optionSetting> needs <namespace> and <optionName>.");
        }
        creation.add(new Setting(s.getNamespace().trim(), s.getOptionName().trim(), s.getValue(), s.getResourceName()));
      }
    }
    Map<String, String> environmentTags = tags == null ? Map.of() : new TreeMap<>(tags);
    String application = application();
    String environment = environment();
    var health = acceptedHealthColours();
    var budget = timeoutDuration();
    String platformName = platformSpec();
    if (platformName == null) {
      throw new EbException(
          "eb:create needs a platform: set <platform> / -Deb.platform, for example python-3.11 or corretto-17.");
    }
    try (AwsClients aws = awsClients()) {
      Beanstalk eb = beanstalk(aws);
      String existing = firstSet(deployVersion);
      if (existing == null && versionLabel != null && !versionLabel.isBlank()
          && eb.version(application, versionLabel.trim()).isPresent()) {
        existing = versionLabel.trim();
        reporter.info("Using the existing application version " + existing + " (eb.versionLabel)");
      }
      BundleResult bundle = existing == null ? buildBundle(reporter) : null;
      new CreateOperation(services(aws, reporter))
          .create(
              new CreateOperation.CreateRequest(
                  application,
                  environment,
                  firstSet(cnamePrefix),
                  environmentTier,
                  platformName,
                  bundle,
                  existing,
                  creation,
                  environmentTags,
                  health,
                  budget,
                  resultFile()));
    }
  }
}
