package io.github.ebmaven.bundle;

import static io.github.ebmaven.bundle.BundleFixtures.assertManifestDescribes;
import static io.github.ebmaven.bundle.BundleFixtures.entry;
import static io.github.ebmaven.bundle.BundleFixtures.executable;
import static io.github.ebmaven.bundle.BundleFixtures.randomBytes;
import static io.github.ebmaven.bundle.BundleFixtures.readZip;
import static io.github.ebmaven.bundle.BundleFixtures.request;
import static io.github.ebmaven.bundle.BundleFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.testing.RecordingReporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BundleBuilderArtifactTest {

  @TempDir Path tmp;

  private Path project;
  private Path out;
  private Path jar;
  private final RecordingReporter reporter = new RecordingReporter();

  @BeforeEach
  void createProject() throws Exception {
    project = tmp.resolve("project");
    out = project.resolve("target/eb");
    jar = write(project, "target/demo-1.0.0.jar", randomBytes(3000, 1));
    write(project, "Procfile", "web: java -jar demo-1.0.0.jar\n");
    write(project, ".ebextensions/01-env.config", "option_settings: []\n");
    executable(project, ".platform/hooks/prebuild/01.sh", "#!/bin/sh\n");
    write(project, "nginx.conf", "events {}\n");
    write(project, "conf/extra.yml", "a: 1\n");
    write(project, "src/main/java/App.java", "class App {}\n");
    write(project, "pom.xml", "<project/>\n");
    write(project, ".ebignore", "Procfile\n.ebextensions/\n");
  }

  private BundleResult build(BundleRequest.Builder builder) throws Exception {
    return new BundleBuilder(reporter).build(builder.build());
  }

  private BundleRequest.Builder artifact() {
    return request(project, out).mode(BundleSourceMode.ARTIFACT).packaging("jar").artifact(jar);
  }

  @Test
  void bundlesTheArtifactWithPlatformFilesAndNothingElseIgnoringEbIgnore() throws Exception {
    BundleResult result = build(artifact());

    Map<String, byte[]> zip = readZip(result.zip());
    assertThat(zip.keySet())
        .containsExactly(
            ".ebextensions/", ".ebextensions/01-env.config", ".platform/", ".platform/hooks/",
            ".platform/hooks/prebuild/", ".platform/hooks/prebuild/01.sh", "Procfile",
            "demo-1.0.0.jar");
    assertThat(zip.get("demo-1.0.0.jar")).isEqualTo(Files.readAllBytes(jar));
    assertThat(zip.get("Procfile")).isEqualTo(Files.readAllBytes(project.resolve("Procfile")));
    assertThat(entry(result.zip(), "demo-1.0.0.jar").getMethod()).isEqualTo(ZipArchiveEntry.STORED);
    assertThat(entry(result.zip(), ".platform/hooks/prebuild/01.sh").getUnixMode()).isEqualTo(0100755);
    assertManifestDescribes(result, out, "artifact");
    assertThat(result.manifest().versionLabel())
        .isEqualTo("1.0.0-" + result.manifest().sha256().substring(0, 10));
  }

  @Test
  void extraFilesAndFoldersAreAdded() throws Exception {
    Map<String, byte[]> zip = readZip(build(artifact().extraFiles(List.of("nginx.conf", "conf/"))).zip());

    assertThat(zip).containsKeys("nginx.conf", "conf/", "conf/extra.yml", "demo-1.0.0.jar");
    assertThat(zip).doesNotContainKeys("pom.xml", "src/main/java/App.java");
  }

  @Test
  void aMissingExtraFileIsAnErrorNamingIt() {
    assertThatThrownBy(() -> build(artifact().extraFiles(List.of("missing.txt"))))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("missing.txt")
        .hasMessageContaining("<bundleFiles>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../outside.txt", "/etc/hosts", "conf/../../x"})
  void anExtraFileOutsideTheProjectIsRefused(String extra) {
    assertThatThrownBy(() -> build(artifact().extraFiles(List.of(extra))))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining(extra);
  }

  @Test
  void aMissingArtifactIsAClearError() {
    assertThatThrownBy(() -> build(artifact().artifact(null)))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("jar or war")
        .hasMessageContaining("mvn package");
    assertThatThrownBy(() -> build(artifact().artifact(project.resolve("target/none.war"))))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("none.war does not exist");
    assertThat(out).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"jar", "war", "WAR"})
  void autoChoosesTheArtifactForJarAndWarPackaging(String packaging) throws Exception {
    BundleResult result =
        build(request(project, out).mode(BundleSourceMode.AUTO).packaging(packaging).artifact(jar));

    assertThat(result.manifest().sourceMode()).isEqualTo("artifact");
  }

  @Test
  void theSameArtifactGivesTheSameBytesAndIsReused() throws Exception {
    BundleResult first = build(artifact());
    BundleResult second = build(artifact());
    BundleResult elsewhere = build(request(project, tmp.resolve("o2")).mode(BundleSourceMode.ARTIFACT).artifact(jar));

    assertThat(second.reused()).isTrue();
    assertThat(elsewhere.manifest().sha256()).isEqualTo(first.manifest().sha256());
  }
}
