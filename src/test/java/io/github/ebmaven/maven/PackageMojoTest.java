package io.github.ebmaven.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.getVariableValueFromObject;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ebmaven.config.ConfigKey;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parameter wiring of {@code eb:package}, through the plugin descriptor the build generates. */
@MojoTest
class PackageMojoTest {

  private static final String POM = "classpath:/package-mojo/pom.xml";
  private static final Path FIXTURE = Path.of("src/test/resources/package-mojo/app");

  @Inject private MavenProject project;

  @TempDir Path buildDir;

  @BeforeEach
  void describeTheProject() {
    project.setGroupId("com.example");
    project.setArtifactId("sample-app");
    project.setVersion("2.0.0");
    project.setPackaging("pom");
    project.getBuild().setDirectory(buildDir.toString());
    project.getProperties().setProperty("project.build.outputTimestamp", "2026-01-02T03:04:06Z");
  }

  @Test
  @InjectMojo(goal = "package")
  void defaults(PackageMojo mojo) throws Exception {
    assertThat(Settings.setting(mojo, "bundleSource")).isEqualTo("auto");
    assertThat(Settings.setting(mojo, "applicationName")).isNull();
    assertThat(mojo.configuration().application()).as("unset: the artifactId").isEqualTo("sample-app");
    assertThat(Settings.context(mojo).outputDirectory()).isEqualTo(buildDir.resolve("eb"));
    assertThat(mojo.configuration().path(ConfigKey.BUNDLE_DIRECTORY, null)).isNull();
    assertThat(Settings.setting(mojo, "skip")).isEqualTo("false");
    assertThat(Settings.setting(mojo, "versionLabel")).isNull();
    assertThat((String) getVariableValueFromObject(mojo, "outputTimestamp"))
        .isEqualTo("2026-01-02T03:04:06Z");
  }

  @Test
  @InjectMojo(goal = "package", pom = POM)
  void directorySourceWritesTheZipAndManifest(PackageMojo mojo) throws Exception {
    assertThat(Settings.setting(mojo, "bundleSource")).isEqualTo("directory");

    mojo.execute();

    Path out = buildDir.resolve("eb");
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("bundle.json").toFile());
    assertThat(manifest.get("applicationName").asText()).isEqualTo("sample-app");
    assertThat(manifest.get("sourceMode").asText()).isEqualTo("directory");
    String label = manifest.get("versionLabel").asText();
    assertThat(label).matches("2\\.0\\.0-[0-9a-f]{10}");
    Path zip = out.resolve("sample-app-" + label + ".zip");
    assertThat(zip).isRegularFile();
    assertThat(label).endsWith(manifest.get("sha256").asText().substring(0, 10));

    Map<String, byte[]> entries = new TreeMap<>();
    try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
      for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
        assertThat(entry.getLastModifiedDate())
            .isEqualTo(java.sql.Timestamp.valueOf(LocalDateTime.of(2026, 1, 2, 3, 4, 6)));
        try (InputStream in = file.getInputStream(entry)) {
          entries.put(entry.getName(), in.readAllBytes());
        }
      }
    }
    assertThat(entries.keySet()).containsExactly("Procfile", "app.py", "static/", "static/site.css");
    assertThat(entries.get("app.py")).isEqualTo(Files.readAllBytes(FIXTURE.resolve("app.py")));
  }

  @Test
  @InjectMojo(goal = "package", pom = POM)
  @MojoParameter(name = "skip", value = "true")
  void skipWritesNothing(PackageMojo mojo) throws Exception {
    assertThat(Settings.setting(mojo, "skip")).isEqualTo("true");

    mojo.execute();

    try (Stream<Path> files = Files.list(buildDir)) {
      assertThat(files).isEmpty();
    }
  }
}
