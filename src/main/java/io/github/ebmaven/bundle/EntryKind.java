package io.github.ebmaven.bundle;

/** What a bundle entry is, which fixes its Unix mode in the zip. */
public enum EntryKind {
  FILE(0100644),
  EXECUTABLE(0100755),
  SYMLINK(0120777),
  DIRECTORY(040755);

  private final int unixMode;

  EntryKind(int unixMode) {
    this.unixMode = unixMode;
  }

  public int unixMode() {
    return unixMode;
  }
}
