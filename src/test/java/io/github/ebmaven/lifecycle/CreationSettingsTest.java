package io.github.ebmaven.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ebmaven.extensions.OptionSetting;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a new environment is created with on a new AWS account, and what the POM can override. */
class CreationSettingsTest {

  private static final String LAUNCH = "aws:autoscaling:launchconfiguration";

  @Test
  void aPomThatSetsNothingGetsRolesALaunchTemplateAndEnhancedHealth() {
    CreationSettings creation = CreationSettings.defaults();
    assertThat(creation.settings()).containsExactly(
        new OptionSetting(LAUNCH, "IamInstanceProfile", "aws-elasticbeanstalk-ec2-role"),
        new OptionSetting("aws:elasticbeanstalk:environment", "ServiceRole", "aws-elasticbeanstalk-service-role"),
        new OptionSetting(LAUNCH, "DisableIMDSv1", "true"),
        new OptionSetting(LAUNCH, "RootVolumeType", "gp3"),
        new OptionSetting("aws:elasticbeanstalk:healthreporting:system", "SystemType", "enhanced"));
    assertThat(creation.launchTemplate()).isTrue();
    assertThat(creation.instanceProfile()).isEqualTo("aws-elasticbeanstalk-ec2-role");
  }

  @Test
  void anOptionTheBundleOrThePomSetsIsNeverOverriddenThroughTheApi() {
    CreationSettings creation =
        CreationSettings.of("SingleInstance", null,
            List.of(new OptionSetting(LAUNCH, "IamInstanceProfile", "team-profile")),
            List.of(new OptionSetting(LAUNCH, "DisableIMDSv1", "false"),
                new OptionSetting("aws:elasticbeanstalk:healthreporting:system", "SystemType", "basic")),
            "aws-elasticbeanstalk-ec2-role", "aws-elasticbeanstalk-service-role");
    assertThat(creation.settings()).containsExactly(
        new OptionSetting("aws:elasticbeanstalk:environment", "EnvironmentType", "SingleInstance"),
        new OptionSetting(LAUNCH, "IamInstanceProfile", "team-profile"),
        new OptionSetting("aws:elasticbeanstalk:environment", "ServiceRole", "aws-elasticbeanstalk-service-role"),
        new OptionSetting(LAUNCH, "RootVolumeType", "gp3"));
    assertThat(creation.instanceProfile()).as("the profile the settings name is the one checked").isEqualTo("team-profile");
    assertThat(creation.launchTemplate()).isTrue();
  }

  @Test
  void settingsThatTurnBothLaunchTemplateOptionsOffAreKnown() {
    CreationSettings creation =
        CreationSettings.of(null, null, List.of(),
            List.of(new OptionSetting(LAUNCH, "DisableIMDSv1", "false"), new OptionSetting(LAUNCH, "RootVolumeType", "gp2")),
            "p", "r");
    assertThat(creation.launchTemplate()).isFalse();
    CreationSettings spot =
        CreationSettings.of(null, null, List.of(new OptionSetting("aws:ec2:instances", "EnableSpot", "true")),
            List.of(new OptionSetting(LAUNCH, "DisableIMDSv1", "false"), new OptionSetting(LAUNCH, "RootVolumeType", "gp2")),
            "p", "r");
    assertThat(spot.launchTemplate()).isTrue();
  }
}
