package io.github.ebmaven.lifecycle;

import io.github.ebmaven.extensions.OptionSetting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The options a new environment is created with besides those its bundle's {@code .ebextensions}
 * carry: the ones EB takes only at creation, and the defaults a new AWS account needs, each added
 * only when neither the POM nor the bundle sets that option (an API setting would override theirs):
 * <ul>
 *   <li>{@code aws:autoscaling:launchconfiguration IamInstanceProfile}: EB no longer creates a
 *       default instance profile, and an environment without one fails to launch;
 *   <li>{@code ServiceRole} of {@code aws:elasticbeanstalk:environment}: the role EB manages the
 *       environment with (enhanced health, managed updates);
 *   <li>{@code DisableIMDSv1=true} and {@code RootVolumeType=gp3}: either makes EB use a launch
 *       template, and accounts opened since 1 October 2024 cannot create launch configurations;
 *       IMDSv2 only is also AWS's security advice;
 *   <li>{@code aws:elasticbeanstalk:healthreporting:system SystemType=enhanced}: EB's API creates
 *       environments with basic health, which reports no causes and no instance health, and the
 *       deploy verdict relies on instance health.
 * </ul>
 *
 * @param settings what CreateEnvironment gets
 * @param instanceProfile the instance profile the environment will use, to make sure it exists
 * @param serviceRole the service role the environment will use, to make sure it exists
 * @param launchTemplate whether EB will use a launch template: one of the options that make it do
 *     so is set as it requires ({@code RootVolumeType=gp3}, gp3 in {@code BlockDeviceMappings},
 *     {@code DisableIMDSv1=true}, {@code aws:ec2:instances EnableSpot=true}), here or in the bundle
 */
public record CreationSettings(
    List<OptionSetting> settings, String instanceProfile, String serviceRole, boolean launchTemplate) {

  static final String ENVIRONMENT = "aws:elasticbeanstalk:environment";
  static final String LAUNCH = "aws:autoscaling:launchconfiguration";
  static final String HEALTH = "aws:elasticbeanstalk:healthreporting:system";

  /** The creation defaults alone, with the default roles: what a POM that sets nothing gets. */
  public static CreationSettings defaults() {
    return of(null, null, List.of(), List.of(), Roles.DEFAULT_INSTANCE_PROFILE, Roles.DEFAULT_SERVICE_ROLE);
  }

  /**
   * @param environmentType {@code eb.environmentType} ({@code LoadBalanced}, {@code SingleInstance}), or null
   * @param loadBalancerType {@code eb.loadBalancerType} ({@code application}, {@code network}, {@code classic}), or null
   * @param explicit {@code <creationOptionSettings>}, in POM order
   * @param inBundle the option settings the bundle's {@code .ebextensions} carry (POM and hand-written)
   * @param instanceProfile {@code eb.instanceProfile}, used unless a setting names one
   * @param serviceRole {@code eb.serviceRole}, used unless a setting names one
   */
  public static CreationSettings of(
      String environmentType, String loadBalancerType, List<OptionSetting> explicit, List<OptionSetting> inBundle,
      String instanceProfile, String serviceRole) {
    List<OptionSetting> settings = new ArrayList<>();
    if (environmentType != null) {
      settings.add(new OptionSetting(ENVIRONMENT, "EnvironmentType", environmentType));
    }
    if (loadBalancerType != null) {
      settings.add(new OptionSetting(ENVIRONMENT, "LoadBalancerType", loadBalancerType));
    }
    settings.addAll(explicit);
    List<OptionSetting> given = new ArrayList<>(settings);
    given.addAll(inBundle);
    String profile = valueOf(given, LAUNCH, "IamInstanceProfile").orElse(instanceProfile);
    String role = valueOf(given, ENVIRONMENT, "ServiceRole").orElse(serviceRole);
    addUnlessSet(settings, given, LAUNCH, "IamInstanceProfile", profile);
    addUnlessSet(settings, given, ENVIRONMENT, "ServiceRole", role);
    addUnlessSet(settings, given, LAUNCH, "DisableIMDSv1", "true");
    addUnlessSet(settings, given, LAUNCH, "RootVolumeType", "gp3");
    addUnlessSet(settings, given, HEALTH, "SystemType", "enhanced");
    List<OptionSetting> all = new ArrayList<>(inBundle);
    all.addAll(settings);
    boolean launchTemplate =
        is(all, LAUNCH, "RootVolumeType", "gp3")
            || valueOf(all, LAUNCH, "BlockDeviceMappings").map(v -> v.contains("gp3")).orElse(false)
            || is(all, LAUNCH, "DisableIMDSv1", "true")
            || is(all, "aws:ec2:instances", "EnableSpot", "true");
    return new CreationSettings(List.copyOf(settings), profile, role, launchTemplate);
  }

  private static boolean is(List<OptionSetting> settings, String namespace, String option, String value) {
    return valueOf(settings, namespace, option).map(value::equalsIgnoreCase).orElse(false);
  }

  private static void addUnlessSet(List<OptionSetting> settings, List<OptionSetting> given, String namespace, String option, String value) {
    if (value != null && valueOf(given, namespace, option).isEmpty()) {
      settings.add(new OptionSetting(namespace, option, value));
    }
  }

  private static Optional<String> valueOf(List<OptionSetting> settings, String namespace, String option) {
    return settings.stream()
        .filter(s -> s.namespace().equals(namespace) && s.optionName().equals(option) && s.resourceName() == null)
        .map(OptionSetting::value)
        .reduce((first, last) -> last);
  }
}
