package io.github.ebmaven.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.maven.config.CloudWatchParameter;
import io.github.ebmaven.maven.config.MaintenanceParameter;
import io.github.ebmaven.maven.config.OptionSettingParameter;
import io.github.ebmaven.maven.config.VpcParameter;
import io.github.ebmaven.maven.config.WafParameter;
import io.github.ebmaven.report.EbException;
import java.io.File;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

class AbstractBundleMojoTest {

  private static final class TestMojo extends AbstractBundleMojo {
    TestMojo() {
      super(null);
      // A project folder without .elasticbeanstalk/config.yml, which the platform setting would read.
      project = new MavenProject();
      project.setFile(new File(System.getProperty("java.io.tmpdir"), "eb-maven-plugin-test-" + ProcessHandle.current().pid() + "/pom.xml"));
      project.getBuild().setDirectory(project.getBasedir().toPath().resolve("target").toString());
    }

    @Override
    protected String goalName() {
      return "test";
    }

    @Override
    protected void run(GoalContext context) {}
  }

  /** Sets a private field the way Maven's configurator injects POM values. */
  private static <T> T inject(T target, String field, Object value) throws ReflectiveOperationException {
    Field declared = target.getClass().getDeclaredField(field);
    declared.setAccessible(true);
    declared.set(target, value);
    return target;
  }

  @Test
  void parametersBecomeOptionSettings() throws Exception {
    TestMojo mojo = new TestMojo();
    mojo.validation = "error";
    mojo.wsgiPath = " testapp.wsgi:application ";
    mojo.environmentVariables = Map.of("DJANGO_SETTINGS_MODULE", "testapp.settings.production");
    OptionSettingParameter setting = new OptionSettingParameter();
    inject(setting, "namespace", "aws:ec2:instances");
    inject(setting, "optionName", "InstanceTypes");
    inject(setting, "value", "t3a.nano");
    mojo.optionSettings = List.of(setting);

    assertThat(Settings.context(mojo).pomOptionSettings())
        .containsExactly(
            new OptionSetting("aws:ec2:instances", "InstanceTypes", "t3a.nano"),
            new OptionSetting("aws:elasticbeanstalk:application:environment", "DJANGO_SETTINGS_MODULE", "testapp.settings.production"),
            new OptionSetting("aws:elasticbeanstalk:container:python", "WSGIPath", "testapp.wsgi:application"));
  }

  @Test
  void optionSettingWithoutOptionNameNamesTheElement() throws Exception {
    TestMojo mojo = new TestMojo();
    mojo.optionSettings = List.of(inject(new OptionSettingParameter(), "namespace", "aws:ec2:instances"));

    assertThatThrownBy(() -> Settings.context(mojo).pomOptionSettings())
        .isInstanceOf(EbException.class)
        .hasMessage("<optionSettings>/<optionSetting>[1]: <optionName> is missing; set it, for example InstanceTypes.");
  }

  @Test
  void badValidationValueNamesTheProperty() {
    TestMojo mojo = new TestMojo();
    mojo.validation = "loud";

    assertThatThrownBy(() -> Settings.context(mojo).pomOptionSettings())
        .isInstanceOf(EbException.class)
        .hasMessageStartingWith("eb.validation is 'loud': use error (the default), warn or off");
  }

  @Test
  void typedElementsBecomeOptionSettingsAndTheBundleGoalsKnowTheLoadBalancer() throws Exception {
    TestMojo mojo = new TestMojo();
    VpcParameter vpc = new VpcParameter();
    inject(vpc, "id", "vpc-087a68c03b9c50c84");
    inject(vpc, "subnets", "subnet-026c6117b178a9c45, subnet-0839e902f656e8bd1");
    inject(vpc, "elbSubnets", "subnet-0fe6b36bcb0ffc462,subnet-032fe3068297ac5b2");
    mojo.vpc = vpc;
    mojo.ipv6 = "true";
    mojo.loadBalancerType = "application";
    WafParameter waf = new WafParameter();
    inject(waf, "managedRules", "AWSManagedRulesCommonRuleSet, AWSManagedRulesSQLiRuleSet");
    mojo.waf = waf;
    CloudWatchParameter cloudWatch = new CloudWatchParameter();
    inject(cloudWatch, "streamLogs", "true");
    mojo.cloudWatch = cloudWatch;

    GoalContext context = Settings.context(mojo);

    assertThat(context.pomOptionSettings())
        .containsExactly(
            new OptionSetting("aws:ec2:vpc", "VPCId", "vpc-087a68c03b9c50c84"),
            new OptionSetting("aws:ec2:vpc", "AssociatePublicIpAddress", "false"),
            new OptionSetting("aws:ec2:vpc", "ELBSubnets", "subnet-0fe6b36bcb0ffc462,subnet-032fe3068297ac5b2"),
            new OptionSetting("aws:ec2:vpc", "Subnets", "subnet-026c6117b178a9c45,subnet-0839e902f656e8bd1"),
            new OptionSetting("aws:elbv2:loadbalancer", "IpAddressType", "dualstack"),
            new OptionSetting("aws:elasticbeanstalk:environment", "LoadBalancerType", "application"),
            new OptionSetting("aws:elasticbeanstalk:cloudwatch:logs", "StreamLogs", "true"));
    assertThat(context.config().extensions().waf().orElseThrow().managedRules())
        .containsExactly("AWSManagedRulesCommonRuleSet", "AWSManagedRulesSQLiRuleSet");
    assertThat(context.config().extensions().target().loadBalancerType()).isEqualTo("application");
  }

  @Test
  void aTypedFlagThatIsNotTrueOrFalseNamesItsElement() throws Exception {
    TestMojo mojo = new TestMojo();
    mojo.vpc = inject(new VpcParameter(), "publicIp", "ture");

    assertThatThrownBy(() -> Settings.context(mojo).pomOptionSettings())
        .isInstanceOf(EbException.class)
        .hasMessage("<vpc><publicIp>: 'ture' is not true or false; write <vpc><publicIp>true</publicIp>.");
  }

  @Test
  void typedNumbersAndTheIpv6PropertyAreChecked() throws Exception {
    TestMojo mojo = new TestMojo();
    mojo.maintenance = inject(new MaintenanceParameter(), "retryAfter", "10m");

    assertThatThrownBy(() -> Settings.context(mojo).pomOptionSettings())
        .isInstanceOf(EbException.class)
        .hasMessage("<maintenance><retryAfter>: '10m' is not a whole number; write <maintenance><retryAfter>600</retryAfter>.");

    TestMojo ipv6 = new TestMojo();
    ipv6.ipv6 = "dualstack";
    assertThatThrownBy(() -> Settings.context(ipv6).pomOptionSettings())
        .isInstanceOf(EbException.class)
        .hasMessage("eb.ipv6 is 'dualstack'; use true or false, for example eb.ipv6=true.");
  }
}
