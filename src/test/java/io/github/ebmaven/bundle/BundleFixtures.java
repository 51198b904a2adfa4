package io.github.ebmaven.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** Shared fixtures for the bundle tests: files, git repositories, requests and zip readback. */
final class BundleFixtures {

  /** Author and committer of every test commit, at a fixed time so commits are reproducible. */
  static final Instant COMMIT_TIME = Instant.parse("2026-05-04T03:02:00Z");

  private BundleFixtures() {}

  static Path write(Path root, String name, String content) throws IOException {
    return write(root, name, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path root, String name, byte[] content) throws IOException {
    Path file = root.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return file;
  }

  static Path executable(Path root, String name, String content) throws IOException {
    Path file = write(root, name, content);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }

  static Path symlink(Path root, String name, String target) throws IOException {
    Path link = root.resolve(name);
    Files.createDirectories(link.getParent());
    return Files.createSymbolicLink(link, Path.of(target));
  }

  /** Bytes that deflate cannot shrink, the same for every call with one seed. */
  static byte[] randomBytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  /** Bytes that deflate shrinks a lot. */
  static byte[] text(int size) {
    StringBuilder text = new StringBuilder(size + 64);
    for (int line = 0; text.length() < size; line++) {
      text.append("line ").append(line).append(" of a compressible text file\n");
    }
    return text.substring(0, size).getBytes(StandardCharsets.US_ASCII);
  }

  static Git initGit(Path folder) throws Exception {
    return Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call();
  }

  /** Stages everything (including deletions) and commits it with a fixed identity and time. */
  static RevCommit commitAll(Git git, String message) throws Exception {
    return commitAll(git, message, COMMIT_TIME);
  }

  static RevCommit commitAll(Git git, String message, Instant when) throws Exception {
    git.add().addFilepattern(".").call();
    git.add().setUpdate(true).addFilepattern(".").call();
    PersonIdent ident =
        new PersonIdent("Test Author", "author@ebmaven.invalid", when, java.time.ZoneOffset.UTC);
    return git.commit().setMessage(message).setAuthor(ident).setCommitter(ident).setSign(false).call();
  }

  /** A request with the usual test values; callers add the mode and their specifics. */
  static BundleRequest.Builder request(Path projectDir, Path outputDir) {
    return BundleRequest.builder()
        .projectDir(projectDir)
        .outputDir(outputDir)
        .applicationName("demo-app")
        .projectVersion("1.0.0")
        .packaging("pom")
        .threads(2);
  }

  /** Entry name to content, in the zip's order; folders map to empty arrays. */
  static Map<String, byte[]> readZip(Path zip) throws IOException {
    Map<String, byte[]> contents = new LinkedHashMap<>();
    try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
      for (ZipArchiveEntry entry : Collections.list(file.getEntriesInPhysicalOrder())) {
        try (InputStream in = file.getInputStream(entry)) {
          contents.put(entry.getName(), in.readAllBytes());
        }
      }
    }
    return contents;
  }

  /** The zip's entries as commons-compress reads them, in physical order. */
  static List<ZipArchiveEntry> entries(Path zip) throws IOException {
    try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
      return Collections.list(file.getEntriesInPhysicalOrder());
    }
  }

  static ZipArchiveEntry entry(Path zip, String name) throws IOException {
    return entries(zip).stream()
        .filter(e -> e.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " is not in " + zip));
  }

  /** Runs {@code body} with another default time zone, restoring the previous one after. */
  static <T> T inTimeZone(String zoneId, Callable<T> body) throws Exception {
    TimeZone previous = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone(zoneId));
    try {
      return body.call();
    } finally {
      TimeZone.setDefault(previous);
    }
  }

  /** bundle.json as a JSON tree. */
  static com.fasterxml.jackson.databind.JsonNode manifestJson(Path outputDir) throws IOException {
    return new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(outputDir.resolve(BundleManifest.FILE_NAME).toFile());
  }

  /** Asserts what every written bundle must satisfy: file name, manifest fields, hash, size. */
  static void assertManifestDescribes(BundleResult result, Path outputDir, String mode)
      throws IOException {
    var json = manifestJson(outputDir);
    String label = json.get("versionLabel").asText();
    org.assertj.core.api.Assertions.assertThat(result.zip())
        .isEqualTo(outputDir.resolve(json.get("applicationName").asText() + "-" + label + ".zip"));
    org.assertj.core.api.Assertions.assertThat(json.get("sha256").asText())
        .isEqualTo(Hashes.sha256Hex(result.zip()));
    org.assertj.core.api.Assertions.assertThat(json.get("size").asLong())
        .isEqualTo(Files.size(result.zip()));
    org.assertj.core.api.Assertions.assertThat(json.get("entryCount").asInt())
        .isEqualTo(entries(result.zip()).size());
    org.assertj.core.api.Assertions.assertThat(json.get("sourceMode").asText()).isEqualTo(mode);
    org.assertj.core.api.Assertions.assertThat(json.has("gitCommit")).isTrue();
    org.assertj.core.api.Assertions.assertThat(json.get("dirty").isBoolean()).isTrue();
    org.assertj.core.api.Assertions.assertThat(result.manifest().versionLabel()).isEqualTo(label);
  }

  /** The zip's unix inode and modification time, to prove a file was not rewritten. */
  static List<Object> fileIdentity(Path file) throws IOException {
    return List.of(Files.getAttribute(file, "unix:ino"), Files.getLastModifiedTime(file));
  }

  /** Files and links under {@code root}, relative names, excluding folders. */
  static List<Path> listFiles(Path root) throws IOException {
    try (var stream = Files.walk(root)) {
      return stream.filter(p -> !Files.isDirectory(p)).map(root::relativize).sorted().toList();
    }
  }
}
