package io.github.ebmaven.bundle;

import java.io.IOException;
import java.util.SortedSet;

/**
 * Read access to the files chosen for a bundle before it is written, so other parts of the plugin
 * (the {@code .ebextensions} validator) can inspect what will ship.
 */
public interface BundleView {

  /** Entry names, relative, '/'-separated, files and links only (no folders). */
  SortedSet<String> paths();

  /** The bytes of one file entry; for a symbolic link, its target. */
  byte[] read(String path) throws IOException;
}
