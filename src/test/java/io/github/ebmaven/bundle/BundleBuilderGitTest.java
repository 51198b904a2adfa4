package io.github.ebmaven.bundle;

import static io.github.ebmaven.bundle.BundleFixtures.assertManifestDescribes;
import static io.github.ebmaven.bundle.BundleFixtures.commitAll;
import static io.github.ebmaven.bundle.BundleFixtures.entry;
import static io.github.ebmaven.bundle.BundleFixtures.executable;
import static io.github.ebmaven.bundle.BundleFixtures.fileIdentity;
import static io.github.ebmaven.bundle.BundleFixtures.initGit;
import static io.github.ebmaven.bundle.BundleFixtures.manifestJson;
import static io.github.ebmaven.bundle.BundleFixtures.readZip;
import static io.github.ebmaven.bundle.BundleFixtures.request;
import static io.github.ebmaven.bundle.BundleFixtures.symlink;
import static io.github.ebmaven.bundle.BundleFixtures.text;
import static io.github.ebmaven.bundle.BundleFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.testing.RecordingReporter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleBuilderGitTest {

  @TempDir Path tmp;

  private Path repo;
  private Path out;
  private Git git;
  private RevCommit head;
  private final RecordingReporter reporter = new RecordingReporter();

  /** The committed content of the standard fixture, by entry name. */
  private final Map<String, byte[]> committed = new TreeMap<>();

  @BeforeEach
  void createRepository() throws Exception {
    repo = tmp.resolve("repo");
    out = tmp.resolve("out");
    git = initGit(repo);
    commitFile("Procfile", "web: python app.py\n");
    commitFile("app.py", "print('hello')\n");
    commitFile("src/lib/util.py", "def util():\n    return 42\n");
    commitFile("static/logo.png", "not really a png");
    executable(repo, "bin/start.sh", "#!/bin/sh\nexec python app.py\n");
    committed.put("bin/start.sh", "#!/bin/sh\nexec python app.py\n".getBytes(StandardCharsets.UTF_8));
    head = commitAll(git, "initial");
  }

  private void commitFile(String name, String content) throws Exception {
    write(repo, name, content);
    committed.put(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private BundleResult build(BundleSourceMode mode) throws Exception {
    return build(request(repo, out).mode(mode));
  }

  private BundleResult build(BundleRequest.Builder builder) throws Exception {
    return new BundleBuilder(reporter).build(builder.build());
  }

  @Test
  void bundlesExactlyTheFilesCommittedAtHead() throws Exception {
    BundleResult result = build(BundleSourceMode.GIT);

    Map<String, byte[]> zip = readZip(result.zip());
    assertThat(zip.keySet())
        .containsExactly(
            "Procfile", "app.py", "bin/", "bin/start.sh", "src/", "src/lib/", "src/lib/util.py",
            "static/", "static/logo.png");
    committed.forEach((name, bytes) -> assertThat(zip.get(name)).as(name).isEqualTo(bytes));
    assertManifestDescribes(result, out, "git");
    assertThat(result.reused()).isFalse();
    assertThat(result.manifest().gitCommit()).isEqualTo(head.name());
    assertThat(result.manifest().dirty()).isFalse();
    assertThat(result.manifest().versionLabel()).isEqualTo("1.0.0-" + head.name().substring(0, 7));
    assertThat(result.zip().getFileName().toString())
        .isEqualTo("demo-app-1.0.0-" + head.name().substring(0, 7) + ".zip");
    assertThat(reporter.warnings).isEmpty();
  }

  @Test
  void uncommittedAndUntrackedFilesNeverShipAndTheDirtyTreeIsReported() throws Exception {
    write(repo, "app.py", "print('edited, not committed')\n");
    write(repo, "untracked.txt", "new");
    write(repo, "staged.txt", "staged only");
    git.add().addFilepattern("staged.txt").call();
    Files.delete(repo.resolve("Procfile"));

    BundleResult result = build(BundleSourceMode.GIT);

    Map<String, byte[]> zip = readZip(result.zip());
    assertThat(zip).doesNotContainKeys("untracked.txt", "staged.txt");
    assertThat(zip.get("app.py")).isEqualTo(committed.get("app.py"));
    assertThat(zip.get("Procfile")).isEqualTo(committed.get("Procfile"));
    assertThat(result.manifest().dirty()).isTrue();
    assertThat(manifestJson(out).get("dirty").asBoolean()).isTrue();
    assertThat(reporter.warnings).hasSize(1);
    assertThat(reporter.warnings.get(0))
        .contains("app.py", "untracked.txt", "staged.txt", "Procfile", "not committed");
  }

  @Test
  void oneChangeIsCountedInTheSingular() throws Exception {
    write(repo, "app.py", "print('edited, not committed')\n");

    build(BundleSourceMode.GIT);

    assertThat(reporter.warnings).singleElement().asString()
        .startsWith("The work tree has 1 change (app.py) that is not committed; the bundle holds HEAD only.");
  }

  @Test
  void theSameCommitGivesTheSameBytesTwiceAndFromASecondCloneElsewhere() throws Exception {
    write(repo, "big/data.txt", text((4 << 20) + 1000));
    head = commitAll(git, "large file for the streamed path");
    BundleResult first = build(request(repo, out).mode(BundleSourceMode.GIT).threads(4));
    BundleResult again =
        build(request(repo, tmp.resolve("out-again")).mode(BundleSourceMode.GIT).threads(1));
    Path clone = tmp.resolve("elsewhere/clone-dir");
    try (Git cloned =
        Git.cloneRepository().setURI(repo.toUri().toString()).setDirectory(clone.toFile()).call()) {
      assertThat(cloned.getRepository().resolve("HEAD").name()).isEqualTo(head.name());
    }
    BundleResult fromClone =
        build(request(clone, tmp.resolve("out-clone")).mode(BundleSourceMode.GIT).threads(3));

    String sha = Hashes.sha256Hex(first.zip());
    assertThat(Hashes.sha256Hex(again.zip())).isEqualTo(sha);
    assertThat(Hashes.sha256Hex(fromClone.zip())).isEqualTo(sha);
    assertThat(fromClone.manifest().versionLabel()).isEqualTo(first.manifest().versionLabel());
    assertThat(readZip(first.zip()).get("big/data.txt")).isEqualTo(text((4 << 20) + 1000));
  }

  @Test
  void aProjectInASubFolderBundlesOnlyThatFolderWithRelativeNames() throws Exception {
    write(repo, "service/Procfile", "web: java -jar app.jar\n");
    write(repo, "service/conf/app.yml", "port: 8080\n");
    commitAll(git, "service");
    write(repo, "app.py", "dirty outside the project\n");
    write(repo, "service/conf/app.yml", "dirty inside the project\n");

    BundleResult result = build(request(repo.resolve("service"), out).mode(BundleSourceMode.GIT));

    Map<String, byte[]> zip = readZip(result.zip());
    assertThat(zip.keySet()).containsExactly("Procfile", "conf/", "conf/app.yml");
    assertThat(new String(zip.get("conf/app.yml"), StandardCharsets.UTF_8)).isEqualTo("port: 8080\n");
    assertThat(reporter.warnings).singleElement().asString().contains("conf/app.yml").doesNotContain("app.py,");
  }

  @Test
  void stagedModeBundlesTheIndex() throws Exception {
    write(repo, "staged.txt", "staged");
    write(repo, "app.py", "print('staged edit')\n");
    git.add().addFilepattern("staged.txt").addFilepattern("app.py").call();
    write(repo, "app.py", "print('unstaged edit on top')\n");
    write(repo, "untracked.txt", "never");

    BundleResult result = build(BundleSourceMode.STAGED);

    Map<String, byte[]> zip = readZip(result.zip());
    assertThat(zip).containsKey("staged.txt").doesNotContainKey("untracked.txt");
    assertThat(new String(zip.get("app.py"), StandardCharsets.UTF_8)).isEqualTo("print('staged edit')\n");
    assertThat(result.manifest().sourceMode()).isEqualTo("staged");
    assertThat(result.manifest().gitCommit()).isEqualTo(head.name());
    assertThat(result.manifest().dirty()).isTrue();
    assertThat(reporter.warnings).singleElement().asString().contains("app.py", "untracked.txt");
    assertThat(reporter.warnings.get(0)).doesNotContain("staged.txt");
  }

  @Test
  void executableBitsAndSymbolicLinksAreKept() throws Exception {
    symlink(repo, "current", "app.py");
    symlink(repo, "src/up", "../Procfile");
    commitAll(git, "links");

    BundleResult result = build(BundleSourceMode.GIT);

    assertThat(entry(result.zip(), "bin/start.sh").getUnixMode()).isEqualTo(0100755);
    assertThat(entry(result.zip(), "app.py").getUnixMode()).isEqualTo(0100644);
    assertThat(entry(result.zip(), "bin/").getUnixMode()).isEqualTo(040755);
    assertThat(entry(result.zip(), "current").getUnixMode()).isEqualTo(0120777);
    assertThat(entry(result.zip(), "src/up").getUnixMode()).isEqualTo(0120777);
    Map<String, byte[]> zip = readZip(result.zip());
    assertThat(new String(zip.get("current"), StandardCharsets.UTF_8)).isEqualTo("app.py");
    assertThat(new String(zip.get("src/up"), StandardCharsets.UTF_8)).isEqualTo("../Procfile");
  }

  @Test
  void aCommittedLinkPointingOutsideIsRefused() throws Exception {
    symlink(repo, "src/escape", "../../outside.txt");
    commitAll(git, "escaping link");

    assertThatThrownBy(() -> build(BundleSourceMode.GIT))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("src/escape")
        .hasMessageContaining("outside the bundle");
    assertThat(out).doesNotExist();
  }

  @Test
  void anAbsoluteLinkIsRefused() throws Exception {
    symlink(repo, "etc", "/etc/passwd");
    commitAll(git, "absolute link");

    assertThatThrownBy(() -> build(BundleSourceMode.GIT))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("'etc' -> '/etc/passwd'");
  }

  @Test
  void entriesCarryTheCommitTimeByDefaultAndTheConfiguredTimeOtherwise() throws Exception {
    BundleResult byCommit = build(BundleSourceMode.GIT);
    assertEveryEntryAt(byCommit.zip(), BundleFixtures.COMMIT_TIME);

    BundleResult byEpoch =
        build(request(repo, tmp.resolve("o2")).mode(BundleSourceMode.GIT).sourceDateEpoch("1700000000"));
    assertEveryEntryAt(byEpoch.zip(), Instant.ofEpochSecond(1_700_000_000L));

    BundleResult byPom =
        build(
            request(repo, tmp.resolve("o3"))
                .mode(BundleSourceMode.GIT)
                .sourceDateEpoch("1700000000")
                .outputTimestamp("2030-01-02T03:04:06Z"));
    assertEveryEntryAt(byPom.zip(), Instant.parse("2030-01-02T03:04:06Z"));
  }

  private static void assertEveryEntryAt(Path zip, Instant time) throws Exception {
    LocalDateTime expected = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
    for (RawZip.Header header : RawZip.read(zip)) {
      assertThat(header.localTime()).as(header.name()).isEqualTo(expected);
      assertThat(header.centralTime()).as(header.name()).isEqualTo(expected);
    }
  }

  @Test
  void aBadOutputTimestampIsAnErrorNamingTheProperty() {
    assertThatThrownBy(
            () -> build(request(repo, out).mode(BundleSourceMode.GIT).outputTimestamp("last tuesday")))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("project.build.outputTimestamp");
  }

  @Test
  void theWarmPathReusesTheBundleUntilACommitOrTheTimestampChanges() throws Exception {
    BundleResult first = build(BundleSourceMode.GIT);
    Files.setLastModifiedTime(first.zip(), FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
    var identity = fileIdentity(first.zip());

    BundleResult second = build(BundleSourceMode.GIT);
    assertThat(second.reused()).isTrue();
    assertThat(second.zip()).isEqualTo(first.zip());
    assertThat(fileIdentity(second.zip())).isEqualTo(identity);
    assertThat(reporter.infos).anyMatch(line -> line.contains("reusing"));

    write(repo, "app.py", "print('second version')\n");
    RevCommit next = commitAll(git, "second", BundleFixtures.COMMIT_TIME.plusSeconds(60));
    BundleResult third = build(BundleSourceMode.GIT);
    assertThat(third.reused()).isFalse();
    assertThat(third.manifest().versionLabel()).endsWith(next.name().substring(0, 7));
    assertThat(readZip(third.zip()).get("app.py")).asString().isEqualTo("print('second version')\n");
    assertThat(first.zip()).doesNotExist();

    BundleResult retimed = build(request(repo, out).mode(BundleSourceMode.GIT).outputTimestamp("1800000000"));
    assertThat(retimed.reused()).isFalse();
    assertThat(Hashes.sha256Hex(retimed.zip())).isNotEqualTo(third.manifest().sha256());
  }

  @Test
  void aReusedBundleStillReportsTheWorkTreeAsItIsNow() throws Exception {
    BundleResult clean = build(BundleSourceMode.GIT);
    assertThat(clean.manifest().dirty()).isFalse();

    write(repo, "notes.txt", "not committed\n");
    BundleResult dirty = build(BundleSourceMode.GIT);

    assertThat(dirty.reused()).isTrue();
    assertThat(dirty.manifest().sha256()).isEqualTo(clean.manifest().sha256());
    assertThat(dirty.manifest().dirty()).isTrue();
    assertThat(BundleManifest.read(out).orElseThrow().dirty()).isTrue();
  }

  @Test
  void ebIgnoreIsHonouredButNeverDropsGeneratedContent() throws Exception {
    write(repo, ".ebignore", "*.log\n!keep.log\nstatic/\n.ebextensions/\n");
    write(repo, "debug.log", "drop");
    write(repo, "keep.log", "keep");
    write(repo, ".ebextensions/user.config", "option_settings: []\n");
    commitAll(git, "ignore rules");
    GeneratedContent generated =
        view -> {
          assertThat(view.paths()).doesNotContain("debug.log", "static/logo.png").contains("keep.log");
          return new TreeMap<>(Map.of(".ebextensions/generated.config", "generated\n".getBytes(StandardCharsets.UTF_8)));
        };

    BundleResult result = build(request(repo, out).mode(BundleSourceMode.GIT).generatedContent(generated));

    Map<String, byte[]> zip = readZip(result.zip());
    assertThat(zip).containsKeys("keep.log", ".ebignore", "app.py", ".ebextensions/generated.config");
    assertThat(zip).doesNotContainKeys("debug.log", "static/logo.png", "static/", ".ebextensions/user.config");
    assertThat(zip.get(".ebextensions/generated.config")).asString().isEqualTo("generated\n");
  }

  @Test
  void aGeneratedFileCollidingWithAProjectFileIsAnError() {
    GeneratedContent generated =
        view -> new TreeMap<>(Map.of("Procfile", "web: generated\n".getBytes(StandardCharsets.UTF_8)));

    assertThatThrownBy(() -> build(request(repo, out).mode(BundleSourceMode.GIT).generatedContent(generated)))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("Procfile")
        .hasMessageContaining("generates");
  }

  @Test
  void autoChoosesGitInsideAWorkTree() throws Exception {
    write(repo, "untracked.txt", "no");

    BundleResult result = build(request(repo, out).mode(BundleSourceMode.AUTO).packaging("pom"));

    assertThat(result.manifest().sourceMode()).isEqualTo("git");
    assertThat(readZip(result.zip())).doesNotContainKey("untracked.txt");
  }

  @Test
  void aRepositoryWithoutCommitsIsAClearError() throws Exception {
    Path empty = tmp.resolve("empty");
    initGit(empty).close();
    write(empty, "a.txt", "a");

    assertThatThrownBy(() -> build(request(empty, out).mode(BundleSourceMode.GIT)))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("no commit");
  }

  @Test
  void gitModeOutsideARepositoryIsAClearError() throws Exception {
    Path plain = Files.createDirectories(tmp.resolve("plain"));

    assertThatThrownBy(() -> build(request(plain, out).mode(BundleSourceMode.GIT)))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("not inside a git work tree")
        .hasMessageContaining("eb.bundleSource");
  }
}
