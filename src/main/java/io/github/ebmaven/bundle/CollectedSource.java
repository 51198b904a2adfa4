package io.github.ebmaven.bundle;

import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * The files one source offers for the bundle, before {@code .ebignore} and generated content, plus
 * what the source knows about its version. Holds the source open (a git repository) until closed,
 * because entry content is read lazily.
 *
 * @param mode the concrete source mode (never {@link BundleSourceMode#AUTO})
 * @param description one line for the build log, such as "git HEAD 1a2b3c4 of /repo (folder app/)"
 * @param entries files and links, unsorted
 * @param commitId the full commit id in git modes, else null
 * @param commitTime the commit time in git modes, else null
 * @param uncommittedChanges paths (relative to the project) that differ from what is bundled; empty
 *     when the work tree is clean or the source is not git
 * @param resources closed when the bundle is written
 */
public record CollectedSource(
    BundleSourceMode mode,
    String description,
    List<SourceEntry> entries,
    String commitId,
    Instant commitTime,
    List<String> uncommittedChanges,
    Closeable resources)
    implements Closeable {

  public boolean dirty() {
    return !uncommittedChanges.isEmpty();
  }

  @Override
  public void close() throws IOException {
    if (resources != null) {
      resources.close();
    }
  }
}
