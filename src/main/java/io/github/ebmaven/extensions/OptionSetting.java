package io.github.ebmaven.extensions;

import java.util.Objects;

/**
 * One Elastic Beanstalk configuration option: a namespace, an option name and its value, and for
 * namespaces that configure several resources (scheduled actions), the resource's name.
 *
 * @param namespace for example {@code aws:ec2:instances}
 * @param optionName for example {@code InstanceTypes}
 * @param value the value as EB receives it, always text
 * @param resourceName the resource the option applies to, or {@code null}
 */
public record OptionSetting(String namespace, String optionName, String value, String resourceName) {

  public OptionSetting {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(optionName, "optionName");
    Objects.requireNonNull(value, "value");
  }

  public OptionSetting(String namespace, String optionName, String value) {
    this(namespace, optionName, value, null);
  }

  /** Namespace, option and resource: what two settings must share to be about the same thing. */
  String key() {
    return namespace + " " + optionName + (resourceName == null ? "" : " (" + resourceName + ")");
  }
}
