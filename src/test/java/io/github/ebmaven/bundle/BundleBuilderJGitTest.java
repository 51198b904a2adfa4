package io.github.ebmaven.bundle;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Every git test again with JGit alone, the reader used where no git binary answers. */
class BundleBuilderJGitTest extends BundleBuilderGitTest {

  @BeforeAll
  static void readWithJGitOnly() {
    System.setProperty(GitCliSource.READER_PROPERTY, "jgit");
  }

  @AfterAll
  static void readWithGitAgain() {
    System.clearProperty(GitCliSource.READER_PROPERTY);
  }
}
