package io.github.ebmaven.maven.config;

import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.report.EbException;
import java.util.ArrayList;
import java.util.List;

/** One {@code <optionSetting>}: namespace, option name, value and optional resource name. */
public class OptionSettingParameter {
  private String namespace;
  private String optionName;
  private String value;
  private String resourceName;

  public OptionSettingParameter() {}

  public String getNamespace() {
    return namespace;
  }

  public String getOptionName() {
    return optionName;
  }

  public String getValue() {
    return value;
  }

  public String getResourceName() {
    return resourceName;
  }

  /**
   * This element as an option setting.
   *
   * @param where the element's position in the POM, starting the message when a part is missing
   */
  public OptionSetting toOptionSetting(String where) throws EbException {
    if (namespace == null || namespace.isBlank()) {
      throw new EbException(where + ": <namespace> is missing; set it, for example aws:ec2:instances.");
    }
    if (optionName == null || optionName.isBlank()) {
      throw new EbException(where + ": <optionName> is missing; set it, for example InstanceTypes.");
    }
    return new OptionSetting(
        namespace.trim(), optionName.trim(), value == null ? "" : value.trim(),
        resourceName == null || resourceName.isBlank() ? null : resourceName.trim());
  }

  /**
   * Every element of a list of {@code <optionSetting>}s, in order.
   *
   * @param list the parameter's value, or null
   * @param where the list's element, such as {@code <optionSettings>}
   */
  public static List<OptionSetting> all(List<OptionSettingParameter> list, String where) throws EbException {
    List<OptionSetting> settings = new ArrayList<>();
    List<OptionSettingParameter> parameters = list == null ? List.of() : list;
    for (int i = 0; i < parameters.size(); i++) {
      settings.add(parameters.get(i).toOptionSetting(where + "/<optionSetting>[" + (i + 1) + "]"));
    }
    return settings;
  }
}
