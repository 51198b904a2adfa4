package io.github.ebmaven.bundle;

/**
 * One file or symbolic link chosen for the bundle.
 *
 * @param name the entry name: relative, '/'-separated
 * @param kind file, executable file or symbolic link
 * @param size the number of content bytes (for a link, the length of its target)
 * @param identity a string that changes whenever the content may have changed (a git blob id, or
 *     a file's size and modification time); it keys the warm-path reuse of a previous bundle
 * @param content the bytes, opened on demand (for a link, its target)
 */
public record SourceEntry(
    String name, EntryKind kind, long size, String identity, EntryContent content) {

  /** A generated file; platform hooks are executable, since EB runs only executable hooks on older platform versions. */
  public static SourceEntry generated(String name, byte[] bytes) {
    boolean hook = name.startsWith(".platform/hooks/") || name.startsWith(".platform/confighooks/");
    return new SourceEntry(
        name,
        hook ? EntryKind.EXECUTABLE : EntryKind.FILE,
        bytes.length,
        "sha256:" + Hashes.sha256Hex(bytes),
        EntryContent.of(bytes));
  }
}
