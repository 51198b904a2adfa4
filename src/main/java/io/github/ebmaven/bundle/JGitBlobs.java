package io.github.ebmaven.bundle;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;

/** The bytes of blobs, read with JGit from the repository holding a project folder. */
final class JGitBlobs implements Closeable {

  private final Repository repository;

  private JGitBlobs(Repository repository) {
    this.repository = repository;
  }

  /** A blob read on demand; each read uses its own reader so writers may read in parallel. */
  static EntryContent content(Repository repository, ObjectId blob) {
    return new EntryContent() {
      @Override
      public InputStream open() throws IOException {
        return repository.open(blob, Constants.OBJ_BLOB).openStream();
      }

      @Override
      public byte[] readAllBytes() throws IOException {
        ObjectLoader loader = repository.open(blob, Constants.OBJ_BLOB);
        return loader.isLarge() ? loader.openStream().readAllBytes() : loader.getCachedBytes();
      }
    };
  }

  @Override
  public void close() {
    repository.close();
  }

  /**
   * The repository, opened the first time a blob is read. No JGit class is loaded before: this
   * class names none in its signatures, and {@link JGitBlobs} is only touched on that first read.
   */
  static final class Lazy implements Closeable {
    private final Path projectDir;
    private JGitBlobs blobs;

    Lazy(Path projectDir) {
      this.projectDir = projectDir;
    }

    /** The bytes of the blob {@code id}, read when the bundle is written. */
    EntryContent content(String id) {
      return new EntryContent() {
        @Override
        public InputStream open() throws IOException {
          return blobs().open(id);
        }

        @Override
        public byte[] readAllBytes() throws IOException {
          return blobs().readAllBytes(id);
        }
      };
    }

    private synchronized JGitBlobs blobs() throws IOException {
      if (blobs == null) {
        try {
          blobs = new JGitBlobs(GitSource.open(projectDir));
        } catch (BundleException e) {
          throw new IOException(e.getMessage(), e);
        }
      }
      return blobs;
    }

    @Override
    public synchronized void close() {
      if (blobs != null) {
        blobs.close();
      }
    }
  }

  private InputStream open(String id) throws IOException {
    return content(repository, ObjectId.fromString(id)).open();
  }

  private byte[] readAllBytes(String id) throws IOException {
    return content(repository, ObjectId.fromString(id)).readAllBytes();
  }
}
