package io.github.ebmaven.maven;

import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.goals.LifecycleGoals;
import io.github.ebmaven.maven.config.OptionSettingParameter;
import io.github.ebmaven.report.EbException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Creates the environment with the project's version (built and uploaded first, unless {@code
 * eb.deployVersion} names an existing one), waits until it is Ready and healthy, and prints its URL.
 */
@Mojo(name = "create", threadSafe = true)
public class CreateMojo extends AbstractBundleMojo {

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
  @Parameter(property = "eb.tier")
  protected String tier;

  /**
   * Options sent with CreateEnvironment rather than in the bundle's {@code .ebextensions}, such
   * as {@code aws:autoscaling:launchconfiguration IamInstanceProfile} or {@code RootVolumeType}, in
   * the {@code <optionSetting>} form of {@code optionSettings} (a custom VPC is {@code <vpc>}). No
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
  protected void run(GoalContext context) throws EbException {
    new LifecycleGoals(context).create();
  }

  @Override
  List<OptionSetting> creationOptionSettings() throws EbException {
    List<OptionSetting> settings = new ArrayList<>();
    List<OptionSettingParameter> parameters = listOrEmpty(creationOptionSettings);
    for (int i = 0; i < parameters.size(); i++) {
      settings.add(parameters.get(i).toOptionSetting("<creationOptionSettings>/<optionSetting>[" + (i + 1) + "]"));
    }
    return settings;
  }

  @Override
  Map<String, String> tags() {
    return tags == null ? Map.of() : tags;
  }
}
