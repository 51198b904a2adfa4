package io.github.ebmaven.bundle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * The files committed at {@code HEAD}, listed with the git binary: {@code git ls-tree} for the
 * files, their modes and blob ids, {@code git status} for what is not committed. The same entries
 * as {@link GitSource} reads with JGit, so the same commit gives the same bundle bytes; but JGit's
 * start in a fresh JVM (its classes and the check of its signed jar, then its own work-tree walk)
 * costs a bundle goal about half a second, more than git itself needs for a repository of 20,000
 * files. The files' bytes are read with JGit, opened only when the bundle is written: a bundle
 * reused because nothing changed never opens it.
 *
 * <p>Used when a {@code git} binary on the PATH answers for the project folder; anything else (no
 * git, a repository git refuses to read, no commit yet) leaves the work to {@link GitSource}, which
 * also words the errors.
 */
final class GitCliSource {

  /** {@code jgit} makes every build read git with JGit only (tests of both readers use it). */
  static final String READER_PROPERTY = "io.github.ebmaven.git.reader";

  private static final long TIMEOUT_SECONDS = 120;

  private final Path workTree;
  private final String prefix;
  private final Path projectDir;

  private GitCliSource(Path workTree, String prefix, Path projectDir) {
    this.workTree = workTree;
    this.prefix = prefix;
    this.projectDir = projectDir;
  }

  /** HEAD of the repository holding {@code projectDir}, or empty when the git binary cannot tell. */
  static Optional<CollectedSource> collectHead(Path projectDir) {
    if ("jgit".equals(System.getProperty(READER_PROPERTY))) {
      return Optional.empty();
    }
    try {
      List<String> lines = lines(run(projectDir, "rev-parse", "--show-toplevel", "--show-prefix", "HEAD"));
      if (lines.size() != 3) {
        return Optional.empty();
      }
      String prefix = lines.get(1).endsWith("/") ? lines.get(1).substring(0, lines.get(1).length() - 1) : lines.get(1);
      return Optional.of(new GitCliSource(Path.of(lines.get(0)), prefix, projectDir).collect(lines.get(2)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private CollectedSource collect(String commit) throws IOException {
    String[] scope = prefix.isEmpty() ? new String[0] : new String[] {"--", prefix};
    CompletableFuture<byte[]> status = inBackground(
        concat(new String[] {"--no-optional-locks", "status", "--porcelain", "-z", "--untracked-files=all", "--no-renames"}, scope));
    CompletableFuture<byte[]> time = inBackground("show", "-s", "--format=%ct", commit);
    byte[] tree = run(workTree, concat(new String[] {"ls-tree", "-r", "-l", "-z", "--full-tree", commit}, scope));
    Blobs blobs = new Blobs(new GitCatFile(workTree), new JGitBlobs.Lazy(projectDir));
    List<SourceEntry> entries = entries(tree, blobs);
    return new CollectedSource(
        BundleSourceMode.GIT,
        "git HEAD " + commit.substring(0, 7) + GitWorkTree.describe(workTree, prefix),
        entries,
        commit,
        Instant.ofEpochSecond(Long.parseLong(new String(await(time), StandardCharsets.UTF_8).trim())),
        changes(await(status)),
        blobs);
  }

  /** {@code <mode> <type> <id> <size>\t<path>} records, NUL-terminated. */
  private List<SourceEntry> entries(byte[] tree, Blobs blobs) throws IOException {
    List<SourceEntry> entries = new ArrayList<>();
    for (String record : records(tree)) {
      int tab = record.indexOf('\t');
      String[] fields = record.substring(0, tab).trim().split(" +");
      String path = record.substring(tab + 1);
      String name = prefix.isEmpty() ? path : path.substring(prefix.length() + 1);
      int mode = Integer.parseInt(fields[0], 8);
      String id = fields[2];
      long size = Long.parseLong(fields[3]);
      if (mode == 0120000) {
        byte[] target = blobs.cli().read(id);
        entries.add(new SourceEntry(name, EntryKind.SYMLINK, target.length, id, EntryContent.of(target)));
      } else if ((mode & 0170000) == 0100000) {
        // As JGit reads modes: a regular file with any execute bit is executable.
        EntryKind kind = (mode & 0111) != 0 ? EntryKind.EXECUTABLE : EntryKind.FILE;
        entries.add(new SourceEntry(name, kind, size, id, blobs.content(id, size)));
      }
      // Submodules (gitlinks) have no content in this repository; git archive leaves them out too.
    }
    return entries;
  }

  /**
   * Where the files' bytes come from: git's batch reader, one blob at a time in memory; JGit, opened
   * only then, streams blobs too large to hold and takes over if git stops answering.
   */
  private record Blobs(GitCatFile cli, JGitBlobs.Lazy jgit) implements Closeable {
    private static final long IN_MEMORY = 32L << 20;

    EntryContent content(String id, long size) {
      EntryContent streamed = jgit.content(id);
      if (size > IN_MEMORY) {
        return streamed;
      }
      return new EntryContent() {
        @Override
        public InputStream open() throws IOException {
          return new ByteArrayInputStream(readAllBytes());
        }

        @Override
        public byte[] readAllBytes() throws IOException {
          try {
            return cli.read(id);
          } catch (IOException e) {
            return streamed.readAllBytes();
          }
        }
      };
    }

    @Override
    public void close() {
      cli.close();
      jgit.close();
    }
  }

  /** {@code XY <path>} records of {@code git status --porcelain -z}: every one is a change the bundle leaves out. */
  private List<String> changes(byte[] status) {
    TreeSet<String> paths = new TreeSet<>();
    for (String record : records(status)) {
      String path = record.substring(3);
      paths.add(prefix.isEmpty() ? path : path.substring(Math.min(path.length(), prefix.length() + 1)));
    }
    return new ArrayList<>(paths);
  }

  private CompletableFuture<byte[]> inBackground(String... arguments) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return run(workTree, arguments);
      } catch (IOException e) {
        throw new CompletionException(e);
      }
    }, task -> {
      Thread thread = new Thread(task, "eb-git");
      thread.setDaemon(true);
      thread.start();
    });
  }

  private static byte[] await(CompletableFuture<byte[]> output) throws IOException {
    try {
      return output.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    }
  }

  /** {@code git -C dir arguments}, with literal pathspecs, no pager, no prompt, standard error discarded. */
  static ProcessBuilder git(Path dir, String... arguments) {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("GIT_LITERAL_PATHSPECS", "1");
    builder.environment().put("GIT_TERMINAL_PROMPT", "0");
    builder.environment().put("GIT_PAGER", "cat");
    return builder;
  }

  /** Runs {@link #git}; its standard output, or an IOException. */
  private static byte[] run(Path dir, String... arguments) throws IOException {
    Process process = git(dir, arguments).start();
    try {
      process.getOutputStream().close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (InputStream stdout = process.getInputStream()) {
        stdout.transferTo(out);
      }
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IOException("git " + String.join(" ", arguments) + " failed");
      }
      return out.toByteArray();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while running git", e);
    } finally {
      process.destroy();
    }
  }

  /** The lines of {@code output}, empty ones kept ({@code --show-prefix} prints one at the top). */
  private static List<String> lines(byte[] output) {
    List<String> lines = List.of(new String(output, StandardCharsets.UTF_8).split("\n", -1));
    return lines.subList(0, Math.max(0, lines.size() - 1));
  }

  private static List<String> records(byte[] output) {
    List<String> records = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < output.length; i++) {
      if (output[i] == 0) {
        records.add(new String(output, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    return records;
  }

  private static String[] concat(String[] first, String[] second) {
    String[] all = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}
