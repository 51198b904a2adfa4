package io.github.ebmaven.bundle;

import io.github.ebmaven.report.Mention;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.StatusCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Files of a git repository under the project folder, read with JGit: either the {@code HEAD}
 * commit or the index. Nothing from the work tree is read, so uncommitted (or unstaged) edits never
 * ship; they are only counted to warn the user.
 */
final class GitSource {

  static {
    // JGit finds git's system-wide config by running the git binary twice (about 0.1 s per build).
    // A bundle's bytes depend only on the commit, and git itself skips that file when
    // GIT_CONFIG_NOSYSTEM is set: so does the plugin. The setting only reaches this plugin's own
    // copy of JGit, loaded in its class realm.
    SystemReader.setInstance(new WithoutSystemConfig(SystemReader.getInstance()));
  }

  /** Reads no system-wide git config, so JGit never starts the git binary to locate it. */
  private static final class WithoutSystemConfig extends SystemReader.Delegate {
    WithoutSystemConfig(SystemReader delegate) {
      super(delegate);
    }

    @Override
    public FileBasedConfig openSystemConfig(Config parent, FS fs) {
      return new FileBasedConfig(parent, null, fs) {
        @Override
        public void load() {}

        @Override
        public boolean isOutdated() {
          return false;
        }
      };
    }
  }

  private final Repository repository;
  private final String prefix;
  private final Path projectDir;

  private GitSource(Repository repository, String prefix, Path projectDir) {
    this.repository = repository;
    this.prefix = prefix;
    this.projectDir = projectDir;
  }

  static CollectedSource collect(Path projectDir, boolean staged) throws BundleException {
    Repository repository = open(projectDir);
    try {
      Path workTree = repository.getWorkTree().toPath().toRealPath();
      String prefix = FileTreeWalker.relative(workTree, projectDir.toRealPath());
      GitSource source = new GitSource(repository, prefix, projectDir);
      return staged ? source.collectIndex() : source.collectHead();
    } catch (IOException | RuntimeException e) {
      repository.close();
      throw new BundleException(
          "Cannot read the git repository of " + projectDir + ": " + e.getMessage(), e);
    } catch (BundleException e) {
      repository.close();
      throw e;
    }
  }

  /** The repository holding {@code projectDir}, not bare. */
  static Repository open(Path projectDir) throws BundleException {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(projectDir.toFile());
    if (builder.getGitDir() == null) {
      throw new BundleException(
          projectDir
              + " is not inside a git work tree. Set " + Mention.setting("eb.bundleSource") + " to"
              + " directory, or run git init and commit.");
    }
    try {
      Repository repository = builder.setMustExist(true).build();
      if (repository.isBare()) {
        repository.close();
        throw new BundleException(projectDir + " is in a bare git repository: nothing is checked out.");
      }
      return repository;
    } catch (IOException e) {
      throw new BundleException("Cannot open the git repository of " + projectDir + ": " + e.getMessage(), e);
    }
  }

  private CollectedSource collectHead() throws IOException, BundleException {
    ObjectId head = repository.resolve(Constants.HEAD);
    if (head == null) {
      throw new BundleException(
          "The git repository of "
              + projectDir
              + " has no commit yet, so there is nothing to bundle from HEAD. Commit your files, or set"
              + " " + Mention.example("eb.bundleSource", "staged") + " or directory.");
    }
    RevCommit commit;
    try (RevWalk walk = new RevWalk(repository)) {
      commit = walk.parseCommit(head);
    }
    // git status walks the whole work tree: let it run beside the tree walk.
    CompletableFuture<List<String>> status = statusInBackground(false);
    DirCache index = repository.readDirCache();
    List<SourceEntry> entries = new ArrayList<>();
    try (ObjectReader reader = repository.newObjectReader();
        TreeWalk walk = new TreeWalk(repository, reader)) {
      walk.addTree(commit.getTree());
      walk.setRecursive(true);
      if (!prefix.isEmpty()) {
        walk.setFilter(PathFilter.create(prefix));
      }
      while (walk.next()) {
        String path = walk.getPathString();
        ObjectId blob = walk.getObjectId(0);
        DirCacheEntry indexed = index.getEntry(path);
        long size =
            indexed != null && blob.equals(indexed.getObjectId()) && indexed.getLength() > 0
                ? indexed.getLength()
                : -1;
        SourceEntry entry = entry(path, walk.getFileMode(0), blob, size, reader);
        if (entry != null) {
          entries.add(entry);
        }
      }
    }
    List<String> changes = await(status);
    String shortId = commit.abbreviate(7).name();
    return new CollectedSource(
        BundleSourceMode.GIT,
        "git HEAD " + shortId + describeLocation(),
        entries,
        commit.name(),
        Instant.ofEpochSecond(commit.getCommitTime()),
        changes,
        repository::close);
  }

  private CollectedSource collectIndex() throws IOException, BundleException {
    CompletableFuture<List<String>> status = statusInBackground(true);
    DirCache index = repository.readDirCache();
    List<SourceEntry> entries = new ArrayList<>();
    try (ObjectReader reader = repository.newObjectReader()) {
      for (int i = 0; i < index.getEntryCount(); i++) {
        DirCacheEntry indexed = index.getEntry(i);
        String path = indexed.getPathString();
        if (!prefix.isEmpty() && !path.startsWith(prefix + "/")) {
          continue;
        }
        if (indexed.getStage() != DirCacheEntry.STAGE_0) {
          throw new BundleException(
              "The git index has an unresolved merge conflict at "
                  + path
                  + ". Resolve it and git add the file before bundling the staged files.");
        }
        SourceEntry entry =
            entry(path, indexed.getFileMode(), indexed.getObjectId(), indexed.getLength(), reader);
        if (entry != null) {
          entries.add(entry);
        }
      }
    }
    ObjectId head = repository.resolve(Constants.HEAD);
    String commitId = null;
    Instant commitTime = null;
    if (head != null) {
      try (RevWalk walk = new RevWalk(repository)) {
        RevCommit commit = walk.parseCommit(head);
        commitId = commit.name();
        commitTime = Instant.ofEpochSecond(commit.getCommitTime());
      }
    }
    return new CollectedSource(
        BundleSourceMode.STAGED,
        "git index" + describeLocation(),
        entries,
        commitId,
        commitTime,
        await(status),
        repository::close);
  }

  private String describeLocation() {
    return GitWorkTree.describe(repository.getWorkTree().toPath(), prefix);
  }

  private SourceEntry entry(
      String path, FileMode mode, ObjectId blob, long knownSize, ObjectReader reader)
      throws IOException {
    String name = prefix.isEmpty() ? path : path.substring(prefix.length() + 1);
    if (mode == FileMode.SYMLINK) {
      byte[] target = reader.open(blob, Constants.OBJ_BLOB).getCachedBytes();
      return new SourceEntry(
          name, EntryKind.SYMLINK, target.length, blob.name(), EntryContent.of(target));
    }
    if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
      // Submodules (gitlinks) have no content in this repository; git archive leaves them out too.
      return null;
    }
    long size = knownSize >= 0 ? knownSize : reader.getObjectSize(blob, Constants.OBJ_BLOB);
    EntryKind kind = mode == FileMode.EXECUTABLE_FILE ? EntryKind.EXECUTABLE : EntryKind.FILE;
    return new SourceEntry(name, kind, size, blob.name(), JGitBlobs.content(repository, blob));
  }

  private CompletableFuture<List<String>> statusInBackground(boolean againstIndex) {
    CompletableFuture<List<String>> result = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                result.complete(uncommittedChanges(againstIndex));
              } catch (IOException | RuntimeException e) {
                result.completeExceptionally(e);
              }
            },
            "eb-git-status");
    thread.setDaemon(true);
    thread.start();
    return result;
  }

  private static List<String> await(CompletableFuture<List<String>> status) throws IOException {
    try {
      return status.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while reading git status", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io
          ? io
          : new IOException("git status failed: " + e.getCause(), e.getCause());
    }
  }

  /** Paths under the project folder whose work-tree state differs from what is bundled. */
  private List<String> uncommittedChanges(boolean againstIndex) throws IOException {
    try (Git git = Git.wrap(repository)) {
      StatusCommand command = git.status();
      if (!prefix.isEmpty()) {
        command.addPath(prefix);
      }
      org.eclipse.jgit.api.Status status = command.call();
      Set<String> paths = new TreeSet<>();
      paths.addAll(status.getModified());
      paths.addAll(status.getMissing());
      paths.addAll(status.getUntracked());
      if (!againstIndex) {
        paths.addAll(status.getAdded());
        paths.addAll(status.getChanged());
        paths.addAll(status.getRemoved());
      }
      List<String> relative = new ArrayList<>();
      for (String path : paths) {
        relative.add(prefix.isEmpty() ? path : path.substring(Math.min(path.length(), prefix.length() + 1)));
      }
      return relative;
    } catch (GitAPIException e) {
      throw new IOException("git status failed: " + e.getMessage(), e);
    }
  }
}
