package io.github.ebmaven.bundle;

/** One entry to write: a file, link or folder, with its final name. */
record ZipItem(String name, EntryKind kind, long size, EntryContent content) {

  static ZipItem folder(String name) {
    return new ZipItem(name.endsWith("/") ? name : name + "/", EntryKind.DIRECTORY, 0, null);
  }

  static ZipItem of(SourceEntry entry) {
    return new ZipItem(entry.name(), entry.kind(), entry.size(), entry.content());
  }
}
