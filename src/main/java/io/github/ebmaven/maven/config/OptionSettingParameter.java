package io.github.ebmaven.maven.config;

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
}
