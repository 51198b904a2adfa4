package io.github.ebmaven.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Turns files on disk into {@link SourceEntry}s: regular files with their executable bit, symbolic
 * links as links (never followed), everything else skipped.
 */
final class FileTreeWalker {

  private FileTreeWalker() {}

  /**
   * Walks {@code root}, naming entries {@code namePrefix + relative path}.
   *
   * @param skipFolder given a folder's name relative to {@code root}, whether to leave it out
   */
  static List<SourceEntry> walk(Path root, String namePrefix, Predicate<String> skipFolder)
      throws IOException {
    List<SourceEntry> entries = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(root)) {
              return FileVisitResult.CONTINUE;
            }
            return skipFolder.test(relative(root, dir))
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            String name = namePrefix + relative(root, file);
            if (attrs.isSymbolicLink()) {
              entries.add(link(name, file));
            } else if (attrs.isRegularFile()) {
              entries.add(file(name, file, attrs));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    return entries;
  }

  /** One file or link on disk as an entry named {@code name}. */
  static SourceEntry entry(String name, Path file) throws IOException {
    BasicFileAttributes attrs =
        Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    return attrs.isSymbolicLink() ? link(name, file) : file(name, file, attrs);
  }

  private static SourceEntry file(String name, Path file, BasicFileAttributes attrs)
      throws IOException {
    EntryKind kind = isExecutable(file) ? EntryKind.EXECUTABLE : EntryKind.FILE;
    String identity = attrs.size() + ":" + attrs.lastModifiedTime().toMillis() + ":" + kind;
    return new SourceEntry(name, kind, attrs.size(), identity, new FileContent(file));
  }

  private static SourceEntry link(String name, Path file) throws IOException {
    String target = Files.readSymbolicLink(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    byte[] bytes = target.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return new SourceEntry(name, EntryKind.SYMLINK, bytes.length, "link:" + target, EntryContent.of(bytes));
  }

  private static boolean isExecutable(Path file) throws IOException {
    PosixFileAttributeView posix =
        Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    return posix != null
        && posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_EXECUTE);
  }

  static String relative(Path root, Path path) {
    return root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
  }

  private record FileContent(Path file) implements EntryContent {
    @Override
    public InputStream open() throws IOException {
      return Files.newInputStream(file);
    }

    @Override
    public byte[] readAllBytes() throws IOException {
      return Files.readAllBytes(file);
    }
  }
}
