package io.github.ebmaven.extensions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ebmaven.testing.RecordingReporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real-world {@code .ebextensions} files, each run through the validation {@code eb:package} uses:
 * every file EB accepts passes, every mistake is reported with the message recorded for it in
 * {@code corpus/SOURCES.md}, which also names each file's origin.
 */
class CorpusTest {

  private static final Path CORPUS = corpus();

  /** One row of SOURCES.md: the file and, for an invalid one, its expected severity and message. */
  record Entry(String file, String severity, String fragment) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Entry> validFiles() {
    return entries().values().stream().filter(e -> e.file().startsWith("valid/"));
  }

  static Stream<Entry> invalidFiles() {
    return entries().values().stream().filter(e -> e.file().startsWith("invalid/"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validFiles")
  void validFilePassesWithoutError(Entry entry) throws Exception {
    ExtensionsException thrown = validate(entry, new RecordingReporter());

    assertThat(thrown).as("%s is accepted by EB, but validation said: %s", entry.file(), thrown == null ? "" : thrown.problems()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidFiles")
  void invalidFileIsReportedWithItsExpectedMessage(Entry entry) throws Exception {
    RecordingReporter reporter = new RecordingReporter();
    ExtensionsException thrown = validate(entry, reporter);

    if (entry.severity().equals("error")) {
      assertThat(thrown).as("%s should fail", entry.file()).isNotNull();
      assertThat(thrown.problems()).as(entry.file()).anySatisfy(problem -> assertThat(problem).contains(entry.fragment()));
    } else {
      assertThat(thrown).as("%s should only warn, but failed: %s", entry.file(), thrown == null ? "" : thrown.problems()).isNull();
      assertThat(reporter.warnings).as(entry.file()).anySatisfy(warning -> assertThat(warning).contains(entry.fragment()));
    }
  }

  @Test
  void everyCorpusFileHasItsOriginRecorded() throws IOException {
    List<String> files = new ArrayList<>();
    for (String folder : List.of("valid", "invalid")) {
      try (Stream<Path> paths = Files.list(CORPUS.resolve(folder))) {
        paths.forEach(p -> files.add(folder + "/" + p.getFileName()));
      }
    }

    assertThat(entries().keySet()).containsExactlyInAnyOrderElementsOf(files);
    assertThat(validFiles().count()).isGreaterThanOrEqualTo(120);
    assertThat(invalidFiles().count()).isGreaterThanOrEqualTo(15);
  }

  /** Runs the validation eb:package runs on a bundle holding only this file; the failure, if any. */
  private static ExtensionsException validate(Entry entry, RecordingReporter reporter) throws IOException {
    InMemoryBundle bundle = bundleOf(entry);
    return catchThrowableOfType(
        ExtensionsException.class, () -> new EbExtensions(ExtensionsConfig.EMPTY, ValidationMode.ERROR, reporter).prepare(bundle));
  }

  private static InMemoryBundle bundleOf(Entry entry) throws IOException {
    String name = entry.file().substring(entry.file().indexOf('/') + 1);
    return new InMemoryBundle().with(".ebextensions/" + name, Files.readString(CORPUS.resolve(entry.file()), StandardCharsets.UTF_8));
  }

  /** Rows of SOURCES.md whose first cell is a corpus file; invalid rows give severity and message. */
  static Map<String, Entry> entries() {
    Map<String, Entry> entries = new TreeMap<>();
    try {
      for (String line : Files.readAllLines(CORPUS.resolve("SOURCES.md"), StandardCharsets.UTF_8)) {
        String[] cells = line.split("\\|");
        if (cells.length < 3) {
          continue;
        }
        String file = cells[1].trim().replace("`", "");
        if (file.startsWith("valid/")) {
          entries.put(file, new Entry(file, null, null));
        } else if (file.startsWith("invalid/")) {
          entries.put(file, new Entry(file, cells[2].trim(), cells[3].trim().replaceAll("^`|`$", "")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  private static Path corpus() {
    try {
      return Path.of(CorpusTest.class.getResource("/extensions/corpus").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
