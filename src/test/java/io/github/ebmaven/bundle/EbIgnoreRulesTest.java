package io.github.ebmaven.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EbIgnoreRulesTest {

  private static EbIgnoreRules rules(String... lines) throws IOException {
    return EbIgnoreRules.parse(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void emptyRulesIgnoreNothing() throws IOException {
    assertThat(EbIgnoreRules.NONE.ignores("a.txt")).isFalse();
    assertThat(rules("# only a comment", "").ignores("a.txt")).isFalse();
    assertThat(rules("").isEmpty()).isTrue();
  }

  @Test
  void globPatternsMatchAtAnyDepth() throws IOException {
    EbIgnoreRules rules = rules("*.log");
    assertThat(rules.ignores("app.log")).isTrue();
    assertThat(rules.ignores("deep/er/app.log")).isTrue();
    assertThat(rules.ignores("app.log.txt")).isFalse();
  }

  @Test
  void leadingSlashAnchorsAtTheRoot() throws IOException {
    EbIgnoreRules rules = rules("/secret.txt");
    assertThat(rules.ignores("secret.txt")).isTrue();
    assertThat(rules.ignores("sub/secret.txt")).isFalse();
  }

  @Test
  void negationReincludesAFile() throws IOException {
    EbIgnoreRules rules = rules("*.log", "!keep.log");
    assertThat(rules.ignores("drop.log")).isTrue();
    assertThat(rules.ignores("keep.log")).isFalse();
    assertThat(rules.ignores("sub/keep.log")).isFalse();
  }

  @Test
  void folderRulesMatchFoldersOnlyAndEverythingInside() throws IOException {
    EbIgnoreRules rules = rules("build/");
    assertThat(rules.ignores("build/out.txt")).isTrue();
    assertThat(rules.ignores("build/deep/out.txt")).isTrue();
    assertThat(rules.ignores("sub/build/out.txt")).isTrue();
    assertThat(rules.ignoresFolder("build")).isTrue();
    // a file named like the folder rule is not a folder
    assertThat(rules.ignores("build")).isFalse();
    assertThat(rules.ignores("builder/out.txt")).isFalse();
  }

  @Test
  void aFileInsideAnIgnoredFolderCannotBeReincluded() throws IOException {
    // gitignore: "It is not possible to re-include a file if a parent directory of that file is
    // excluded."
    EbIgnoreRules rules = rules("logs/", "!logs/keep.txt");
    assertThat(rules.ignores("logs/keep.txt")).isTrue();
  }

  @Test
  void contentOfAFolderCanBeIgnoredAndPartlyReincluded() throws IOException {
    EbIgnoreRules rules = rules("logs/*", "!logs/keep.txt");
    assertThat(rules.ignores("logs/drop.txt")).isTrue();
    assertThat(rules.ignores("logs/keep.txt")).isFalse();
  }

  @Test
  void doubleStarMatchesAnyFolders() throws IOException {
    EbIgnoreRules rules = rules("docs/**/*.md");
    assertThat(rules.ignores("docs/a.md")).isTrue();
    assertThat(rules.ignores("docs/x/y/a.md")).isTrue();
    assertThat(rules.ignores("other/a.md")).isFalse();
  }

  @Test
  void pathPatternsWithASlashAreRelativeToTheRoot() throws IOException {
    EbIgnoreRules rules = rules("config/local.yml");
    assertThat(rules.ignores("config/local.yml")).isTrue();
    assertThat(rules.ignores("sub/config/local.yml")).isFalse();
  }

  @Test
  void windowsLineEndingsAndTrailingSpacesAreTolerated() throws IOException {
    EbIgnoreRules rules = EbIgnoreRules.parse("*.tmp\r\nnotes.txt   \r\n".getBytes(StandardCharsets.UTF_8));
    assertThat(rules.ignores("a.tmp")).isTrue();
    assertThat(rules.ignores("notes.txt")).isTrue();
  }
}
