package io.github.ebmaven.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.report.EbException;
import org.junit.jupiter.api.Test;

/** Elastic Beanstalk's naming rules, checked before any call. */
class NamesTest {

  @Test
  void theDefaultEnvironmentNameIsMadeValidFromAnyArtifactId() throws EbException {
    assertThat(Names.defaultEnvironment("shop")).isEqualTo("shop-env");
    assertThat(Names.defaultEnvironment("relapp_env.web")).isEqualTo("relapp-env-web-env");
    assertThat(Names.defaultEnvironment("-x-")).isEqualTo("x-env");
    assertThat(Names.defaultEnvironment("a-very-long-application-name-for-a-monolith")).hasSize(40).endsWith("-env")
        .isEqualTo("a-very-long-application-name-for-a-m-env");
  }

  @Test
  void anEnvironmentNameTheUserGaveMustFollowTheRuleAndTheMessageSuggestsOne() {
    for (String bad : new String[] {"relapp_env", "abc", "a".repeat(41), "-shop-env", "shop-env-"}) {
      assertThatThrownBy(() -> Names.environment(bad))
          .isInstanceOf(EbException.class)
          .hasMessageContaining("The environment name '" + bad + "' (eb.environmentName) is not one Elastic Beanstalk accepts:"
              + " 4 to 40 characters, only letters, digits and hyphens, not starting or ending with a hyphen.");
    }
    assertThatThrownBy(() -> Names.environment("relapp_env")).hasMessageEndingWith("For example eb.environmentName=relapp-env.");
  }

  @Test
  void applicationNamesAreAtMostAHundredCharactersWithoutASlash() throws EbException {
    assertThat(Names.application("shop")).isEqualTo("shop");
    assertThatThrownBy(() -> Names.application("a/b")).hasMessageContaining("no '/'").hasMessageContaining("eb.applicationName");
    assertThatThrownBy(() -> Names.application("x".repeat(101))).hasMessageContaining("at most 100 characters");
  }
}
