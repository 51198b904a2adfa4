package io.github.ebmaven.lifecycle;

import io.github.ebmaven.extensions.OptionSetting;
import java.util.ArrayList;
import java.util.List;

/**
 * The options a new environment is created with, besides those its bundle's {@code .ebextensions}
 * carry: the ones EB takes only at creation.
 */
public final class CreationSettings {

  static final String ENVIRONMENT = "aws:elasticbeanstalk:environment";

  private CreationSettings() {}

  /**
   * @param environmentType {@code eb.environmentType} ({@code LoadBalanced}, {@code SingleInstance}), or null
   * @param loadBalancerType {@code eb.loadBalancerType} ({@code application}, {@code network}, {@code classic}), or null
   * @param explicit {@code <creationOptionSettings>}, in POM order
   */
  public static List<OptionSetting> of(String environmentType, String loadBalancerType, List<OptionSetting> explicit) {
    List<OptionSetting> settings = new ArrayList<>();
    if (environmentType != null) {
      settings.add(new OptionSetting(ENVIRONMENT, "EnvironmentType", environmentType));
    }
    if (loadBalancerType != null) {
      settings.add(new OptionSetting(ENVIRONMENT, "LoadBalancerType", loadBalancerType));
    }
    settings.addAll(explicit);
    return List.copyOf(settings);
  }
}
