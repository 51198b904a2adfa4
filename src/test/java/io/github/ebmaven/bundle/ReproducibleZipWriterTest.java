package io.github.ebmaven.bundle;

import static io.github.ebmaven.bundle.BundleFixtures.entries;
import static io.github.ebmaven.bundle.BundleFixtures.entry;
import static io.github.ebmaven.bundle.BundleFixtures.inTimeZone;
import static io.github.ebmaven.bundle.BundleFixtures.randomBytes;
import static io.github.ebmaven.bundle.BundleFixtures.readZip;
import static io.github.ebmaven.bundle.BundleFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReproducibleZipWriterTest {

  private static final Instant TIME = Instant.parse("2026-07-14T13:45:36Z");

  /** Over the writer's 4 MiB in-memory limit, so it is streamed by the writing thread. */
  private static final int LARGE = (4 << 20) + 12345;

  @TempDir Path dir;

  private static ZipItem file(String name, byte[] bytes) {
    return new ZipItem(name, EntryKind.FILE, bytes.length, EntryContent.of(bytes));
  }

  private static ZipItem file(String name, String content) {
    return file(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private static ZipItem link(String name, String target) {
    byte[] bytes = target.getBytes(StandardCharsets.UTF_8);
    return new ZipItem(name, EntryKind.SYMLINK, bytes.length, EntryContent.of(bytes));
  }

  /** A mixed tree: folders, small and large files, compressible or not, a link, an executable. */
  private static List<ZipItem> mixedItems() {
    List<ZipItem> items = new ArrayList<>();
    items.add(file("a.txt", "alpha\n"));
    items.add(file("b-empty.txt", new byte[0]));
    items.add(ZipItem.folder("bin/"));
    items.add(
        new ZipItem(
            "bin/run.sh", EntryKind.EXECUTABLE, 20, EntryContent.of("#!/bin/sh\necho run!\n".getBytes(StandardCharsets.UTF_8))));
    items.add(file("big.log", text(LARGE)));
    items.add(file("big.tgz", randomBytes(LARGE, 7)));
    items.add(link("current", "a.txt"));
    items.add(ZipItem.folder("lib/"));
    items.add(file("lib/app.jar", text(3000)));
    for (int i = 0; i < 40; i++) {
      items.add(file(String.format("lib/m%02d.txt", i), text(1000 + i * 997)));
    }
    items.add(file("noise.bin", randomBytes(50_000, 3)));
    return items;
  }

  private Path write(List<ZipItem> items, int threads, Instant time, String name) throws IOException {
    Path zip = dir.resolve(name);
    new ReproducibleZipWriter(threads).write(items, zip, time.toEpochMilli());
    return zip;
  }

  @Test
  void writesEveryEntryInTheGivenOrderWithItsBytes() throws IOException {
    List<ZipItem> items = mixedItems();
    Map<String, byte[]> expected = new LinkedHashMap<>();
    for (ZipItem item : items) {
      expected.put(item.name(), item.content() == null ? new byte[0] : item.content().readAllBytes());
    }

    Map<String, byte[]> actual = readZip(write(items, 3, TIME, "out.zip"));

    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    expected.forEach((name, bytes) -> assertThat(actual.get(name)).as(name).isEqualTo(bytes));
  }

  @Test
  void oneThreadAndFourThreadsWriteTheSameBytes() throws IOException {
    String one = Hashes.sha256Hex(write(mixedItems(), 1, TIME, "one.zip"));
    String four = Hashes.sha256Hex(write(mixedItems(), 4, TIME, "four.zip"));
    String fourAgain = Hashes.sha256Hex(write(mixedItems(), 4, TIME, "four-again.zip"));

    assertThat(four).isEqualTo(one).isEqualTo(fourAgain);
  }

  @Test
  void modesAreFixedPerKind() throws IOException {
    Path zip = write(mixedItems(), 2, TIME, "modes.zip");

    assertThat(entry(zip, "a.txt").getUnixMode()).isEqualTo(0100644);
    assertThat(entry(zip, "bin/run.sh").getUnixMode()).isEqualTo(0100755);
    assertThat(entry(zip, "bin/").getUnixMode()).isEqualTo(040755);
    assertThat(entry(zip, "bin/").isDirectory()).isTrue();
    assertThat(entry(zip, "current").getUnixMode()).isEqualTo(0120777);
    assertThat(entry(zip, "current").isUnixSymlink()).isTrue();
    assertThat(entry(zip, "big.log").getUnixMode()).isEqualTo(0100644);
    // The raw central directory agrees (the Unix mode lives in the upper 16 bits).
    for (RawZip.Header header : RawZip.read(zip)) {
      assertThat(header.unixMode()).as(header.name()).isIn(0100644, 0100755, 040755, 0120777);
    }
  }

  @Test
  void noEntryHasExtraFieldsNeitherInTheCentralDirectoryNorInLocalHeaders() throws IOException {
    Path zip = write(mixedItems(), 2, TIME, "plain.zip");

    for (ZipArchiveEntry entry : entries(zip)) {
      assertThat(entry.getExtraFields()).as(entry.getName()).isEmpty();
    }
    List<RawZip.Header> headers = RawZip.read(zip);
    assertThat(headers).hasSize(mixedItems().size());
    for (RawZip.Header header : headers) {
      assertThat(header.centralExtraLength()).as(header.name()).isZero();
      assertThat(header.localExtraLength()).as(header.name()).isZero();
    }
  }

  @Test
  void alreadyCompressedExtensionsAreStoredAndTheRestDeflated() throws IOException {
    List<ZipItem> items = new ArrayList<>();
    for (String ext : ReproducibleZipWriter.STORED_EXTENSIONS.stream().sorted().toList()) {
      items.add(file("media/f." + ext, text(5000)));
    }
    items.add(file("media/upper.PNG", text(5000)));
    items.add(file("z/compressible.txt", text(5000)));
    items.add(file("z/empty.txt", new byte[0]));
    items.add(file("z/incompressible.bin", randomBytes(5000, 11)));
    items.add(file("z/large.txt", text(LARGE)));
    items.add(file("z/large.zip", text(LARGE)));
    Path zip = write(items, 2, TIME, "methods.zip");

    for (String ext : ReproducibleZipWriter.STORED_EXTENSIONS) {
      assertThat(entry(zip, "media/f." + ext).getMethod()).as(ext).isEqualTo(ZipArchiveEntry.STORED);
    }
    assertThat(entry(zip, "media/upper.PNG").getMethod()).isEqualTo(ZipArchiveEntry.STORED);
    assertThat(entry(zip, "z/compressible.txt").getMethod()).isEqualTo(ZipArchiveEntry.DEFLATED);
    assertThat(entry(zip, "z/empty.txt").getMethod()).isEqualTo(ZipArchiveEntry.STORED);
    assertThat(entry(zip, "z/incompressible.bin").getMethod()).isEqualTo(ZipArchiveEntry.STORED);
    assertThat(entry(zip, "z/large.txt").getMethod()).isEqualTo(ZipArchiveEntry.DEFLATED);
    assertThat(entry(zip, "z/large.txt").getCompressedSize()).isLessThan(LARGE / 4);
    assertThat(entry(zip, "z/large.zip").getMethod()).isEqualTo(ZipArchiveEntry.STORED);
    assertThat(readZip(zip).get("z/large.txt")).isEqualTo(text(LARGE));
  }

  @Test
  void onlyTheLastSegmentsExtensionDecidesStoring() {
    assertThat(ReproducibleZipWriter.isPreCompressed("a/b.JPEG")).isTrue();
    assertThat(ReproducibleZipWriter.isPreCompressed("dist.tar.gz")).isTrue();
    assertThat(ReproducibleZipWriter.isPreCompressed("site.png/index.html")).isFalse();
    assertThat(ReproducibleZipWriter.isPreCompressed("png")).isFalse();
    assertThat(ReproducibleZipWriter.isPreCompressed("notes.txt")).isFalse();
  }

  /**
   * The DOS fields hold the UTC wall-clock time of the timestamp and the bytes are the same in
   * every default zone, including instants next to daylight-saving changes of that zone.
   */
  @ParameterizedTest
  @CsvSource({
    "UTC, 2026-07-14T13:45:36Z",
    "Asia/Kolkata, 2026-07-14T13:45:36Z",
    "Pacific/Kiritimati, 1980-01-01T00:00:02Z",
    "America/Los_Angeles, 1980-01-01T00:00:02Z",
    "Europe/Berlin, 2026-03-29T01:30:00Z",
    "America/New_York, 2026-03-08T03:30:00Z",
    "America/New_York, 2026-11-01T05:30:00Z",
    "Asia/Kathmandu, 2026-07-14T13:45:36Z",
  })
  void dosTimeIsTheUtcWallClockWhateverTheDefaultZone(String zone, String timestamp)
      throws Exception {
    Instant time = Instant.parse(timestamp);
    Path reference = inTimeZone("UTC", () -> write(mixedItems(), 2, time, "utc.zip"));
    Path zoned = inTimeZone(zone, () -> write(mixedItems(), 2, time, "zoned.zip"));

    LocalDateTime wallClock = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
    for (RawZip.Header header : RawZip.read(zoned)) {
      assertThat(header.centralTime()).as(header.name()).isEqualTo(wallClock);
      assertThat(header.localTime()).as(header.name()).isEqualTo(wallClock);
    }
    assertThat(Hashes.sha256Hex(zoned)).isEqualTo(Hashes.sha256Hex(reference));
  }

  /** The range ends BundleTimestamp accepts are written as plain DOS times, without extra fields. */
  @ParameterizedTest
  @CsvSource({"UTC, MIN", "UTC, MAX", "Pacific/Kiritimati, MIN", "Pacific/Kiritimati, MAX",
      "Pacific/Pago_Pago, MIN", "Pacific/Pago_Pago, MAX"})
  void theAcceptedTimestampRangeFitsPlainDosFields(String zone, String end) throws Exception {
    Instant time = end.equals("MIN") ? BundleTimestamp.ZIP_MIN : BundleTimestamp.ZIP_MAX;
    Path zip = inTimeZone(zone, () -> write(mixedItems(), 2, time, "edge.zip"));

    LocalDateTime wallClock = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
    for (RawZip.Header header : RawZip.read(zip)) {
      assertThat(header.localTime()).as(header.name()).isEqualTo(wallClock);
      assertThat(header.centralExtraLength()).as(header.name()).isZero();
      assertThat(header.localExtraLength()).as(header.name()).isZero();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void anEmptyListGivesAnEmptyZip(int threads) throws IOException {
    Path zip = write(List.of(), threads, TIME, "empty-" + threads + ".zip");
    assertThat(entries(zip)).isEmpty();
  }
}
