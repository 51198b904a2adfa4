package io.github.ebmaven.maven;

import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.maven.config.OptionSettingParameter;
import io.github.ebmaven.report.EbException;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The goals that release: {@code eb:create}, {@code eb:deploy}, {@code eb:swap} and {@code
 * eb:rollback}. Each may launch an environment (a {@code blue-green} release creates the idle one
 * when it is missing) and needs the target's whole configuration, the normal capacity that inactive
 * settings are taken back to included.
 */
public abstract class AbstractReleaseMojo extends AbstractBundleMojo {

  /**
   * Environment tier: {@code WebServer} or {@code Worker}. Property {@code eb.tier}; default {@code
   * WebServer}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.tier")
  protected String tier;

  /**
   * Options sent with CreateEnvironment rather than in the bundle's {@code .ebextensions}, such
   * as {@code aws:autoscaling:launchconfiguration IamInstanceProfile} or {@code RootVolumeType}, in
   * the {@code optionSetting} form of {@code optionSettings} (a custom VPC is {@code vpc}). No
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

  protected AbstractReleaseMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  List<OptionSetting> creationOptionSettings() throws EbException {
    return OptionSettingParameter.all(creationOptionSettings, "<creationOptionSettings>");
  }

  @Override
  Map<String, String> tags() {
    return tags == null ? Map.of() : tags;
  }
}
