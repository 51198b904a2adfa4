package io.github.ebmaven.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ebmaven.extensions.OptionSetting;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When inactive settings count as in effect, what takes them back, and the rolling-policy traps they are checked for. */
class InactiveSettingsTest {

  private static final String ASG = "aws:autoscaling:asg";
  private static final String COMMAND = "aws:elasticbeanstalk:command";
  private static final String ROLLING = "aws:autoscaling:updatepolicy:rollingupdate";

  private static OptionSetting asg(String option, String value) {
    return new OptionSetting(ASG, option, value);
  }

  private static final List<OptionSetting> ONE_INSTANCE = List.of(asg("MinSize", "1"), asg("MaxSize", "1"));

  @Test
  void anEnvironmentIsScaledDownWhenAnInactiveValueIsInEffectWhereThePomSaysOtherwise() {
    InactiveSettings settings = new InactiveSettings(ONE_INSTANCE, List.of(asg("MinSize", "2"), asg("MaxSize", "4")), List.of());

    assertThat(settings.inEffect(List.of(asg("MinSize", "1"), asg("MaxSize", "1")))).isTrue();
    assertThat(settings.inEffect(List.of(asg("MinSize", "2"), asg("MaxSize", "4")))).isFalse();
    // One option changed by hand still counts: the other is scaled down.
    assertThat(settings.inEffect(List.of(asg("MinSize", "2"), asg("MaxSize", "1")))).isTrue();
  }

  @Test
  void anOptionThePomLeavesToEbCountsWhenItsInactiveValueIsInEffect() {
    InactiveSettings settings = new InactiveSettings(ONE_INSTANCE, List.of(), List.of());

    assertThat(settings.inEffect(List.of(asg("MinSize", "1"), asg("MaxSize", "4")))).isTrue();
    assertThat(settings.inEffect(List.of(asg("MinSize", "2"), asg("MaxSize", "4")))).isFalse();
  }

  @Test
  void takingThemBackRemovesTheApiValuesExceptThoseThePomSetsThroughTheApi() {
    InactiveSettings settings =
        new InactiveSettings(ONE_INSTANCE, List.of(asg("MinSize", "2"), asg("MaxSize", "4")), List.of(asg("MaxSize", "4")));

    assertThat(settings.restoreSettings()).containsExactly(asg("MaxSize", "4"));
    assertThat(settings.restoreRemovals()).containsExactly(asg("MinSize", "1"));
    assertThat(settings.describe()).isEqualTo("aws:autoscaling:asg MinSize=1, aws:autoscaling:asg MaxSize=1");
  }

  @Test
  void aFixedRollingBatchLargerThanTheScaledDownGroupIsATrap() {
    InactiveSettings settings = new InactiveSettings(ONE_INSTANCE, List.of(asg("MaxSize", "4")), List.of());
    List<OptionSetting> rolling = List.of(
        new OptionSetting(COMMAND, "DeploymentPolicy", "Rolling"), new OptionSetting(COMMAND, "BatchSizeType", "Fixed"),
        new OptionSetting(COMMAND, "BatchSize", "2"));

    assertThat(settings.problems(rolling)).containsExactly(
        "the deployment policy Rolling deploys in fixed batches of 2 (aws:elasticbeanstalk:command BatchSize), more than the"
            + " 1 instance(s) the inactive settings leave (aws:autoscaling:asg MaxSize=1): a deployment while the environment"
            + " is scaled down would take every instance out of service. Add aws:elasticbeanstalk:command BatchSize=1 to the"
            + " inactive settings (it is taken back with them), or use BatchSizeType Percentage");
    // The fix the message gives is accepted.
    InactiveSettings fixed = new InactiveSettings(
        List.of(asg("MinSize", "1"), asg("MaxSize", "1"), new OptionSetting(COMMAND, "BatchSize", "1")), List.of(), List.of());
    assertThat(fixed.problems(rolling)).isEmpty();
  }

  @Test
  void percentageBatchesAndAllAtOnceFitAnyGroup() {
    InactiveSettings settings = new InactiveSettings(ONE_INSTANCE, List.of(), List.of());

    assertThat(settings.problems(List.of(new OptionSetting(COMMAND, "DeploymentPolicy", "Rolling"),
        new OptionSetting(COMMAND, "BatchSizeType", "Percentage"), new OptionSetting(COMMAND, "BatchSize", "50")))).isEmpty();
    assertThat(settings.problems(List.of(new OptionSetting(COMMAND, "DeploymentPolicy", "AllAtOnce"),
        new OptionSetting(COMMAND, "BatchSizeType", "Fixed"), new OptionSetting(COMMAND, "BatchSize", "5")))).isEmpty();
  }

  @Test
  void rollingUpdatesThatKeepTheWholeScaledDownGroupInServiceAreATrap() {
    InactiveSettings settings = new InactiveSettings(ONE_INSTANCE, List.of(), List.of());
    List<OptionSetting> effective = List.of(
        new OptionSetting(ROLLING, "RollingUpdateEnabled", "true"), new OptionSetting(ROLLING, "MinInstancesInService", "1"));

    assertThat(settings.problems(effective)).singleElement().asString()
        .startsWith("rolling updates keep 1 instance(s) in service")
        .endsWith("Add aws:autoscaling:updatepolicy:rollingupdate MinInstancesInService=0 to the inactive settings");
  }

  @Test
  void settingsThatLeaveMaxSizeAloneAreNotChecked() {
    InactiveSettings settings = new InactiveSettings(List.of(asg("MinSize", "0")), List.of(), List.of());

    assertThat(settings.problems(List.of(new OptionSetting(COMMAND, "DeploymentPolicy", "Rolling"),
        new OptionSetting(COMMAND, "BatchSizeType", "Fixed"), new OptionSetting(COMMAND, "BatchSize", "9")))).isEmpty();
  }
}
