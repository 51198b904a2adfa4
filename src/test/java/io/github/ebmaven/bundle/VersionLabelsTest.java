package io.github.ebmaven.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VersionLabelsTest {

  private static final String ORIGIN = "eb.versionLabel";

  @Test
  void commitLabelIsVersionAndSevenCharacterCommit() {
    assertThat(VersionLabels.forCommit("1.2.3", "0123456789abcdef0123456789abcdef01234567"))
        .isEqualTo("1.2.3-0123456");
  }

  @Test
  void contentLabelIsVersionAndTenHexOfTheSha256() {
    assertThat(VersionLabels.forContent("1.0-SNAPSHOT", "abcdef0123456789" + "0".repeat(48)))
        .isEqualTo("1.0-SNAPSHOT-abcdef0123");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.0.0", "v2", "1.0.0-SNAPSHOT-abc1234", "build_17+meta", "A"})
  void acceptsSafeLabels(String label) {
    assertThatCode(() -> VersionLabels.check(label, ORIGIN)).doesNotThrowAnyException();
  }

  @Test
  void acceptsExactlyOneHundredCharacters() {
    assertThatCode(() -> VersionLabels.check("a".repeat(100), ORIGIN)).doesNotThrowAnyException();
  }

  @Test
  void refusesLabelsOverOneHundredCharactersNamingTheProperty() {
    assertThatThrownBy(() -> VersionLabels.check("a".repeat(101), ORIGIN))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("eb.versionLabel")
        .hasMessageContaining("101");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.0 beta", "release/1", "-leading-dash", ".hidden", "a:b", "ü1", "a?b"})
  void refusesBadCharactersNamingTheProperty(String label) {
    assertThatThrownBy(() -> VersionLabels.check(label, ORIGIN))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("eb.versionLabel")
        .hasMessageContaining(label);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "a/b"})
  void refusesBadApplicationNames(String name) {
    assertThatThrownBy(() -> VersionLabels.checkApplicationName(name))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("eb.applicationName");
  }

  @Test
  void refusesOverlongApplicationNames() {
    assertThatThrownBy(() -> VersionLabels.checkApplicationName("n".repeat(101)))
        .isInstanceOf(BundleException.class);
    assertThatCode(() -> VersionLabels.checkApplicationName("n".repeat(100)))
        .doesNotThrowAnyException();
  }
}
