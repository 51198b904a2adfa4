package io.github.ebmaven.bundle;

import java.io.IOException;
import java.io.InputStream;

/** Lazily opened bytes of one entry: read only when the bundle is written or inspected. */
public interface EntryContent {

  InputStream open() throws IOException;

  default byte[] readAllBytes() throws IOException {
    try (InputStream in = open()) {
      return in.readAllBytes();
    }
  }

  static EntryContent of(byte[] bytes) {
    return new EntryContent() {
      @Override
      public InputStream open() {
        return new java.io.ByteArrayInputStream(bytes);
      }

      @Override
      public byte[] readAllBytes() {
        return bytes.clone();
      }
    };
  }
}
