package io.github.ebmaven.bundle;

import static io.github.ebmaven.bundle.BundleFixtures.assertManifestDescribes;
import static io.github.ebmaven.bundle.BundleFixtures.entry;
import static io.github.ebmaven.bundle.BundleFixtures.executable;
import static io.github.ebmaven.bundle.BundleFixtures.fileIdentity;
import static io.github.ebmaven.bundle.BundleFixtures.listFiles;
import static io.github.ebmaven.bundle.BundleFixtures.randomBytes;
import static io.github.ebmaven.bundle.BundleFixtures.readZip;
import static io.github.ebmaven.bundle.BundleFixtures.request;
import static io.github.ebmaven.bundle.BundleFixtures.symlink;
import static io.github.ebmaven.bundle.BundleFixtures.text;
import static io.github.ebmaven.bundle.BundleFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.testing.RecordingReporter;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleBuilderDirectoryTest {

  @TempDir Path tmp;

  private Path project;
  private Path out;
  private final RecordingReporter reporter = new RecordingReporter();

  @BeforeEach
  void createProject() throws Exception {
    project = tmp.resolve("project");
    out = tmp.resolve("out");
    write(project, "Procfile", "web: node server.js\n");
    write(project, "server.js", "console.log('hi')\n");
    write(project, "public/index.html", "<html></html>\n");
    write(project, "public/img/photo.jpg", randomBytes(2000, 5));
    write(project, "lib/target/keep.txt", "a nested folder named target is content\n");
    write(project, ".git/HEAD", "ref: refs/heads/main\n");
    write(project, "target/classes/Junk.class", "build output");
    write(project, ".elasticbeanstalk/config.yml", "branch-defaults: {}\n");
  }

  private BundleResult build(BundleRequest.Builder builder) throws Exception {
    return new BundleBuilder(reporter).build(builder.build());
  }

  private BundleRequest.Builder directory() {
    return request(project, out).mode(BundleSourceMode.DIRECTORY);
  }

  @Test
  void bundlesTheFolderWithoutGitTargetAndEbCliState() throws Exception {
    BundleResult result = build(directory());

    Map<String, byte[]> zip = readZip(result.zip());
    assertThat(zip.keySet())
        .containsExactly(
            "Procfile", "lib/", "lib/target/", "lib/target/keep.txt", "public/", "public/img/",
            "public/img/photo.jpg", "public/index.html", "server.js");
    for (String name : zip.keySet()) {
      if (!name.endsWith("/")) {
        assertThat(zip.get(name)).as(name).isEqualTo(Files.readAllBytes(project.resolve(name)));
      }
    }
    assertManifestDescribes(result, out, "directory");
    assertThat(result.manifest().gitCommit()).isNull();
    assertThat(result.manifest().dirty()).isFalse();
    assertThat(result.manifest().versionLabel())
        .isEqualTo("1.0.0-" + Hashes.sha256Hex(result.zip()).substring(0, 10));
    assertThat(entry(result.zip(), "public/img/photo.jpg").getMethod()).isZero();
  }

  @Test
  void aGitLinkFileIsLeftOutLikeTheGitFolder() throws Exception {
    // git worktrees and submodules have a .git file naming the real repository's absolute path
    write(project, "sub/.git", "gitdir: /home/someone/repo/.git/modules/sub\n");
    write(project, "sub/file.txt", "content");
    Files.delete(project.resolve(".git/HEAD"));
    Files.delete(project.resolve(".git"));
    write(project, ".git", "gitdir: /home/someone/repo/.git/worktrees/project\n");

    Map<String, byte[]> zip = readZip(build(directory()).zip());

    assertThat(zip).containsKey("sub/file.txt").doesNotContainKeys(".git", "sub/.git");
  }

  @Test
  void anotherBundleDirectoryCanBeChosen() throws Exception {
    Path dist = tmp.resolve("dist");
    write(dist, "only.txt", "from dist");

    Map<String, byte[]> zip = readZip(build(directory().bundleDirectory(dist)).zip());

    assertThat(zip.keySet()).containsExactly("only.txt");
  }

  @Test
  void executablesAndLinksInsideTheTreeAreKept() throws Exception {
    executable(project, "bin/run", "#!/bin/sh\n");
    symlink(project, "current", "server.js");
    symlink(project, "public/assets", "img");

    BundleResult result = build(directory());

    assertThat(entry(result.zip(), "bin/run").getUnixMode()).isEqualTo(0100755);
    assertThat(entry(result.zip(), "server.js").getUnixMode()).isEqualTo(0100644);
    assertThat(entry(result.zip(), "public/").getUnixMode()).isEqualTo(040755);
    assertThat(entry(result.zip(), "current").getUnixMode()).isEqualTo(0120777);
    assertThat(entry(result.zip(), "public/assets").getUnixMode()).isEqualTo(0120777);
    Map<String, byte[]> zip = readZip(result.zip());
    assertThat(zip.get("current")).asString().isEqualTo("server.js");
    assertThat(zip.get("public/assets")).asString().isEqualTo("img");
    assertThat(zip).doesNotContainKey("public/assets/photo.jpg");
  }

  @Test
  void aLinkPointingOutsideTheTreeIsRefused() throws Exception {
    symlink(project, "public/secret", "../../outside.txt");

    assertThatThrownBy(() -> build(directory()))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("public/secret")
        .hasMessageContaining("outside the bundle");
    assertThat(out).doesNotExist();
  }

  @Test
  void anAbsoluteLinkIsRefusedEvenWhenItPointsIntoTheTree() throws Exception {
    symlink(project, "abs", project.resolve("server.js").toString());

    assertThatThrownBy(() -> build(directory()))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("'abs'");
  }

  @Test
  void ebIgnoreIsHonouredWithGitignoreSemantics() throws Exception {
    write(project, ".ebignore", "*.log\n!important.log\npublic/img/\n/server.js\n");
    write(project, "app.log", "drop");
    write(project, "important.log", "keep");
    write(project, "nested/server.js", "kept: the rule is anchored");
    GeneratedContent generated =
        view -> new TreeMap<>(Map.of("gen.log", "generated".getBytes(StandardCharsets.UTF_8)));

    Map<String, byte[]> zip = readZip(build(directory().generatedContent(generated)).zip());

    assertThat(zip).containsKeys("important.log", "nested/server.js", "gen.log", "public/index.html");
    assertThat(zip).doesNotContainKeys("app.log", "server.js", "public/img/", "public/img/photo.jpg");
  }

  @Test
  void bundlesOver500MbFailBeforeWritingAndNameTheLargestEntries() throws Exception {
    Path huge = project.resolve("data/huge.bin");
    Files.createDirectories(huge.getParent());
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(510L * 1024 * 1024); // sparse: no disk space used
    }

    assertThatThrownBy(() -> build(directory()))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("500 MB")
        .hasMessageContaining("data/huge.bin (510.0 MB)")
        .hasMessageContaining(".ebignore");
    assertThat(out).doesNotExist();
  }

  @Test
  void aLargeStreamedEntryGivesTheSameBytesWithOneAndFourThreads() throws Exception {
    write(project, "data/big.csv", text((4 << 20) + 77));
    write(project, "data/big.gz", randomBytes((4 << 20) + 5, 9));

    BundleResult one = build(directory().threads(1));
    BundleResult four = build(request(project, tmp.resolve("out4")).mode(BundleSourceMode.DIRECTORY).threads(4));

    assertThat(four.manifest().sha256()).isEqualTo(one.manifest().sha256());
    assertThat(readZip(four.zip()).get("data/big.csv")).isEqualTo(text((4 << 20) + 77));
  }

  @Test
  void withoutAnyTimestampEntriesCarryTheFixedDate() throws Exception {
    BundleResult result = build(directory());

    for (RawZip.Header header : RawZip.read(result.zip())) {
      assertThat(header.localTime()).isEqualTo(LocalDateTime.of(1980, 2, 1, 0, 0));
    }
  }

  @Test
  void theWarmPathReusesTheBundleUntilAFileOrTheTimestampChanges() throws Exception {
    BundleResult first = build(directory());
    Files.setLastModifiedTime(first.zip(), FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
    var identity = fileIdentity(first.zip());

    BundleResult second = build(directory());
    assertThat(second.reused()).isTrue();
    assertThat(fileIdentity(second.zip())).isEqualTo(identity);

    Path server = write(project, "server.js", "console.log('changed')\n");
    Files.setLastModifiedTime(server, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    BundleResult third = build(directory());
    assertThat(third.reused()).isFalse();
    assertThat(third.manifest().versionLabel()).isNotEqualTo(first.manifest().versionLabel());
    assertThat(readZip(third.zip()).get("server.js")).asString().isEqualTo("console.log('changed')\n");
    assertThat(first.zip()).doesNotExist();

    BundleResult retimed = build(directory().outputTimestamp("2024-01-01T00:00:00Z"));
    assertThat(retimed.reused()).isFalse();
    assertThat(retimed.manifest().sha256()).isNotEqualTo(third.manifest().sha256());
  }

  @Test
  void aRemovedZipIsRebuiltEvenWhenTheManifestMatches() throws Exception {
    BundleResult first = build(directory());
    Files.delete(first.zip());

    BundleResult second = build(directory());

    assertThat(second.reused()).isFalse();
    assertThat(second.zip()).exists();
    assertThat(second.manifest().sha256()).isEqualTo(first.manifest().sha256());
  }

  @Test
  void theVersionLabelCanBeSetAndIsChecked() throws Exception {
    BundleResult result = build(directory().versionLabel("release-7"));
    assertThat(result.zip().getFileName().toString()).isEqualTo("demo-app-release-7.zip");
    assertThat(result.manifest().versionLabel()).isEqualTo("release-7");

    assertThatThrownBy(() -> build(directory().versionLabel("bad label")))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("eb.versionLabel");
    assertThatThrownBy(() -> build(directory().versionLabel("x".repeat(101))))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("eb.versionLabel");
  }

  @Test
  void aTooLongDerivedLabelNamesTheProperty() throws Exception {
    assertThatThrownBy(() -> build(directory().projectVersion("9".repeat(95))))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("eb.versionLabel");
    assertThat(listFiles(Files.createDirectories(out)).stream().filter(p -> p.toString().endsWith(".zip")))
        .isEmpty();
  }

  @Test
  void autoChoosesTheDirectoryOutsideGitForPomPackaging() throws Exception {
    BundleResult result = build(request(project, out).mode(BundleSourceMode.AUTO).packaging("pom"));

    assertThat(result.manifest().sourceMode()).isEqualTo("directory");
  }

  @Test
  void aMissingBundleDirectoryIsAClearError() {
    assertThatThrownBy(() -> build(directory().bundleDirectory(tmp.resolve("nope"))))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("eb.bundleDirectory");
  }
}
