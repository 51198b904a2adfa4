package io.github.ebmaven.release;

import io.github.ebmaven.extensions.OptionSetting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The option settings that scale the idle environment of a pair down after a swap, and how they
 * are taken back before that environment is deployed to again. They are applied through the API,
 * so they win over the bundle's {@code .ebextensions}; taking them back removes them again, except
 * where the POM itself sets the option through the API (creation settings, {@code
 * eb.updateSettings}), whose value is applied instead.
 *
 * @param inactive the settings that scale down ({@code <inactiveSettings>})
 * @param normal what the POM sets for the environment: through the API first, then in {@code .ebextensions}
 * @param viaApi the POM's settings that reach the environment through the API
 */
public record InactiveSettings(List<OptionSetting> inactive, List<OptionSetting> normal, List<OptionSetting> viaApi) {

  static final String ASG = "aws:autoscaling:asg";
  static final String COMMAND = "aws:elasticbeanstalk:command";
  static final String ROLLING_UPDATE = "aws:autoscaling:updatepolicy:rollingupdate";

  public static final InactiveSettings NONE = new InactiveSettings(List.of(), List.of(), List.of());

  public InactiveSettings {
    inactive = List.copyOf(inactive);
    normal = List.copyOf(normal);
    viaApi = List.copyOf(viaApi);
  }

  public boolean isEmpty() {
    return inactive.isEmpty();
  }

  /**
   * Whether an environment with these effective settings is scaled down: some inactive setting is
   * in effect where the POM's value differs (or the POM leaves the option to EB).
   */
  boolean inEffect(List<OptionSetting> effective) {
    Map<String, String> now = byKey(effective);
    Map<String, String> pom = byKey(normal);
    return inactive.stream().anyMatch(s -> s.value().equals(now.get(key(s))) && !s.value().equals(pom.get(key(s))));
  }

  /** What restores the normal capacity: the POM's API values re-applied. */
  List<OptionSetting> restoreSettings() {
    Map<String, String> api = byKey(viaApi);
    List<OptionSetting> settings = new ArrayList<>();
    for (OptionSetting s : inactive) {
      String value = api.get(key(s));
      if (value != null) {
        settings.add(new OptionSetting(s.namespace(), s.optionName(), value, s.resourceName()));
      }
    }
    return settings;
  }

  /** What restores the normal capacity: the inactive settings the POM does not set through the API, removed. */
  List<OptionSetting> restoreRemovals() {
    Map<String, String> api = byKey(viaApi);
    return inactive.stream().filter(s -> !api.containsKey(key(s))).toList();
  }

  /** {@code namespace OptionName=value, ...}, for the build log. */
  String describe() {
    return String.join(", ", inactive.stream().map(s -> s.namespace() + " " + s.optionName() + "=" + s.value()).toList());
  }

  /**
   * What goes wrong when an environment with these effective settings is scaled down: eb_deployer's
   * trap of a rolling policy whose batch (or whose instances kept in service) does not fit the
   * scaled-down group. Empty when the settings fit.
   *
   * @param effective the live environment's effective settings, the POM's laid over them
   */
  List<String> problems(List<OptionSetting> effective) {
    Map<String, String> inactiveValues = byKey(inactive);
    Integer size = integer(inactiveValues.get(key(ASG, "MaxSize")));
    if (size == null) {
      return List.of();
    }
    Map<String, String> scaled = byKey(effective);
    scaled.putAll(byKey(normal));
    scaled.putAll(inactiveValues);
    List<String> problems = new ArrayList<>();
    String policy = scaled.get(key(COMMAND, "DeploymentPolicy"));
    Integer batch = integer(scaled.get(key(COMMAND, "BatchSize")));
    if (("Rolling".equals(policy) || "RollingWithAdditionalBatch".equals(policy))
        && "Fixed".equals(scaled.get(key(COMMAND, "BatchSizeType"))) && batch != null && batch > size) {
      problems.add("the deployment policy " + policy + " deploys in fixed batches of " + batch + " (" + COMMAND
          + " BatchSize), more than the " + size + " instance(s) the inactive settings leave (" + ASG + " MaxSize=" + size
          + "): a deployment while the environment is scaled down would take every instance out of service. Add "
          + COMMAND + " BatchSize=" + size + " to the inactive settings (it is taken back with them), or use BatchSizeType"
          + " Percentage");
    }
    Integer inService = integer(scaled.get(key(ROLLING_UPDATE, "MinInstancesInService")));
    if ("true".equalsIgnoreCase(scaled.get(key(ROLLING_UPDATE, "RollingUpdateEnabled"))) && inService != null && inService >= size) {
      problems.add("rolling updates keep " + inService + " instance(s) in service (" + ROLLING_UPDATE
          + " MinInstancesInService), which must stay below the " + size + " the inactive settings leave (" + ASG
          + " MaxSize=" + size + "): Elastic Beanstalk would refuse to scale the environment down. Add " + ROLLING_UPDATE
          + " MinInstancesInService=" + Math.max(0, size - 1) + " to the inactive settings");
    }
    return problems;
  }

  private static Map<String, String> byKey(List<OptionSetting> settings) {
    Map<String, String> map = new LinkedHashMap<>();
    settings.forEach(s -> map.put(key(s), s.value()));
    return map;
  }

  private static String key(OptionSetting s) {
    return s.namespace() + "|" + s.optionName() + "|" + Objects.toString(s.resourceName(), "");
  }

  /** The key of an option that configures no named resource. */
  private static String key(String namespace, String option) {
    return namespace + "|" + option + "|";
  }

  private static Integer integer(String value) {
    try {
      return value == null ? null : Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
