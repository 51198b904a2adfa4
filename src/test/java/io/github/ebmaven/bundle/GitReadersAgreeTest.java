package io.github.ebmaven.bundle;

import static io.github.ebmaven.bundle.BundleFixtures.commitAll;
import static io.github.ebmaven.bundle.BundleFixtures.executable;
import static io.github.ebmaven.bundle.BundleFixtures.initGit;
import static io.github.ebmaven.bundle.BundleFixtures.randomBytes;
import static io.github.ebmaven.bundle.BundleFixtures.request;
import static io.github.ebmaven.bundle.BundleFixtures.symlink;
import static io.github.ebmaven.bundle.BundleFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ebmaven.testing.RecordingReporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The git binary and JGit read the same HEAD into the same entries, changes and bundle bytes. */
class GitReadersAgreeTest {

  @TempDir Path tmp;

  private Path repo;
  private Git git;

  @BeforeEach
  void createRepository() throws Exception {
    repo = tmp.resolve("repo");
    git = initGit(repo);
    write(repo, "Procfile", "web: python app.py\n");
    write(repo, "app/main.py", "print('hello')\n");
    write(repo, "app/data.bin", randomBytes(300_000, 7));
    write(repo, "app/[literal] *name?.txt", "glob characters in a name\n");
    write(repo, "app/naïve café.txt", "non-ASCII name\n");
    write(repo, "app/with space/file", "space in a folder\n");
    write(repo, "empty.txt", "");
    executable(repo, "app/bin/run.sh", "#!/bin/sh\nexec python main.py\n");
    symlink(repo, "app/current", "main.py");
    symlink(repo, "link-to-app", "app");
    write(repo, ".gitignore", "*.log\n");
    commitAll(git, "everything");
    write(repo, "app/main.py", "print('edited')\n");
    Files.delete(repo.resolve("empty.txt"));
    write(repo, "app/new.txt", "untracked\n");
    write(repo, "app/deep/er/new.txt", "untracked in a new folder\n");
    write(repo, "ignored.log", "ignored\n");
    write(repo, "staged.txt", "staged only\n");
    git.add().addFilepattern("staged.txt").call();
  }

  @Test
  void theWholeRepositoryReadsTheSame() throws Exception {
    assertSameSource(repo);
  }

  @Test
  void aProjectFolderInsideTheRepositoryReadsTheSame() throws Exception {
    assertSameSource(repo.resolve("app"));
  }

  @Test
  void bothReadersWriteTheSameBundleBytes() throws Exception {
    BundleResult withGit = new BundleBuilder(new RecordingReporter()).build(request(repo, tmp.resolve("git")).mode(BundleSourceMode.GIT).build());
    System.setProperty(GitCliSource.READER_PROPERTY, "jgit");
    BundleResult withJGit;
    try {
      withJGit = new BundleBuilder(new RecordingReporter()).build(request(repo, tmp.resolve("jgit")).mode(BundleSourceMode.GIT).build());
    } finally {
      System.clearProperty(GitCliSource.READER_PROPERTY);
    }
    assertThat(withGit.manifest().sha256()).isEqualTo(withJGit.manifest().sha256());
    assertThat(Files.readAllBytes(withGit.zip())).isEqualTo(Files.readAllBytes(withJGit.zip()));
    assertThat(withGit.manifest().dirty()).isTrue();
  }

  @Test
  void aBlobTooLargeToHoldInMemoryIsStreamedAndReadsTheSame() throws Exception {
    write(repo, "app/large.bin", randomBytes((32 << 20) + 1, 11));
    commitAll(git, "large");
    write(repo, "app/main.py", "print('edited again')\n");
    assertSameSource(repo.resolve("app"));
  }

  @Test
  void withoutACommitTheGitBinaryLeavesTheErrorToJGit() throws Exception {
    Path fresh = tmp.resolve("fresh");
    initGit(fresh).close();
    write(fresh, "app.py", "x\n");
    assertThat(GitCliSource.collectHead(fresh)).isEmpty();
  }

  private static void assertSameSource(Path projectDir) throws Exception {
    try (CollectedSource cli = GitCliSource.collectHead(projectDir).orElseThrow();
        CollectedSource jgit = GitSource.collect(projectDir, false)) {
      assertThat(cli.description()).isEqualTo(jgit.description());
      assertThat(cli.commitId()).isEqualTo(jgit.commitId());
      assertThat(cli.commitTime()).isEqualTo(jgit.commitTime());
      assertThat(cli.uncommittedChanges()).isNotEmpty().isEqualTo(jgit.uncommittedChanges());
      assertThat(described(cli)).isEqualTo(described(jgit));
    }
  }

  /** Every entry with its kind, size, identity and bytes, in name order. */
  private static List<String> described(CollectedSource source) throws Exception {
    List<SourceEntry> entries = new ArrayList<>(source.entries());
    entries.sort(Comparator.comparing(SourceEntry::name));
    List<String> described = new ArrayList<>();
    for (SourceEntry entry : entries) {
      described.add(entry.name() + " " + entry.kind() + " " + entry.size() + " " + entry.identity() + " "
          + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(entry.content().readAllBytes())));
    }
    return described;
  }
}
