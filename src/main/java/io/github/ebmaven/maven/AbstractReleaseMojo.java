package io.github.ebmaven.maven;

import io.github.ebmaven.config.SmokeTest;
import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.maven.config.OptionSettingParameter;
import io.github.ebmaven.maven.config.SmokeTestParameter;
import io.github.ebmaven.report.EbException;
import java.util.ArrayList;
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

  /**
   * Where smoke tests send their requests: a URL in which {@code {cname}} stands for the tested
   * environment's CNAME, the smoke test's path appended. {@code https://{cname}} for HTTPS only
   * applications; {@code http://127.0.0.1:4566/_app/{cname}} for the local endpoint. Property
   * {@code eb.appEndpoint}; default {@code http://{cname}}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.appEndpoint")
  protected String appEndpoint;

  /**
   * HTTP checks of a newly deployed environment, before a {@code blue-green} swap (or after an
   * {@code in-place} deploy): each {@code smokeTest} has a {@code path}, the expected {@code
   * status} (default 200), optional text the body {@code contains}, a {@code timeout}
   * per request (default 10s) and {@code retries} with growing pauses (default 3). When the
   * answer names its version (header {@code X-Version-Label}, or a JSON body's {@code versionLabel}),
   * it must be the version just deployed. No property; default none.
   *
   * @since 0.1.0
   */
  @Parameter
  protected List<SmokeTestParameter> smokeTests;

  /**
   * Option settings applied to the idle environment of a {@code blue-green} pair after a swap, to
   * save cost, such as {@code aws:autoscaling:asg} {@code MinSize} and {@code MaxSize} 1, in the
   * {@code optionSetting} form of {@code optionSettings}; reverted before that environment is
   * deployed to again. No property; default none.
   *
   * @since 0.1.0
   */
  @Parameter
  protected List<OptionSettingParameter> inactiveSettings;

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

  /** {@code <inactiveSettings>}, checked. */
  @Override
  List<OptionSetting> inactiveSettingsConfig() throws EbException {
    return OptionSettingParameter.all(inactiveSettings, "<inactiveSettings>");
  }

  /** {@code <smokeTests>}, checked. */
  @Override
  List<SmokeTest> smokeTestsConfig() throws EbException {
    List<SmokeTest> tests = new ArrayList<>();
    List<SmokeTestParameter> parameters = smokeTests == null ? List.of() : smokeTests;
    for (int i = 0; i < parameters.size(); i++) {
      tests.add(parameters.get(i).toSmokeTest("<smokeTests>/<smokeTest>[" + (i + 1) + "]"));
    }
    return tests;
  }
}
