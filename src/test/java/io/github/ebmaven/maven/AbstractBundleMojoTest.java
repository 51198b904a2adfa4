package io.github.ebmaven.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.maven.config.OptionSettingParameter;
import io.github.ebmaven.report.EbException;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AbstractBundleMojoTest {

  private static final class TestMojo extends AbstractBundleMojo {
    TestMojo() {
      super(null);
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
}
