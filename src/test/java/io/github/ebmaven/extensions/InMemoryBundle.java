package io.github.ebmaven.extensions;

import io.github.ebmaven.bundle.BundleView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** A bundle held in memory, for tests. */
final class InMemoryBundle implements BundleView {

  private final SortedMap<String, byte[]> files = new TreeMap<>();

  InMemoryBundle with(String path, String content) {
    files.put(path, content.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** The seed Django app's own files, without any .ebextensions. */
  static InMemoryBundle djangoApp() {
    return new InMemoryBundle()
        .with("manage.py", "import os\n")
        .with("testapp/__init__.py", "")
        .with("testapp/wsgi.py", "application = None\n")
        .with("testapp/settings/production.py", "DEBUG = False\n");
  }

  @Override
  public SortedSet<String> paths() {
    return new TreeSet<>(files.keySet());
  }

  @Override
  public byte[] read(String path) throws IOException {
    byte[] bytes = files.get(path);
    if (bytes == null) {
      throw new IOException("no such entry " + path);
    }
    return bytes.clone();
  }
}
