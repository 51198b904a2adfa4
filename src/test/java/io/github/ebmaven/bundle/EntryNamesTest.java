package io.github.ebmaven.bundle;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntryNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "a/b.txt", ".ebextensions/01.config", "x..y", "..hidden", "a/...", "dir/file."})
  void acceptsRelativeNames(String name) {
    assertThatCode(() -> EntryNames.checkName(name, "test")).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/etc/passwd", "/", "C:/x", "c:x", "a\\b"})
  void refusesAbsoluteOrBackslashNames(String name) {
    assertThatThrownBy(() -> EntryNames.checkName(name, "the source"))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining(name)
        .hasMessageContaining("the source")
        .hasMessageContaining("relative");
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", "../x", "a/../../x", "a/..", "./a", "a//b", "a/"})
  void refusesDotDotDotAndEmptySegments(String name) {
    assertThatThrownBy(() -> EntryNames.checkName(name, "the source"))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("'" + name + "'")
        .hasMessageContaining("segment");
  }

  @ParameterizedTest
  @CsvSource({
    "link, target.txt",
    "a/link, ../b.txt",
    "a/b/link, ../../c",
    "a/link, ./b",
    "a/link, b/../c",
    "link, dir/",
  })
  void acceptsLinksThatStayInside(String name, String target) {
    assertThatCode(() -> EntryNames.checkLinkTarget(name, target, "test"))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @CsvSource({
    "link, /etc/passwd",
    "link, ../outside",
    "a/link, ../../outside",
    "a/link, b/../../../x",
    "link, ..",
    "link, ''",
    "link, a\\..\\..\\x",
  })
  void refusesLinksThatLeaveTheBundle(String name, String target) {
    assertThatThrownBy(() -> EntryNames.checkLinkTarget(name, target, "the source"))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("'" + name + "'")
        .hasMessageContaining("outside the bundle");
  }
}
