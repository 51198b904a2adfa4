package io.github.ebmaven.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleManifestTest {

  @TempDir Path folder;

  private static final BundleManifest MANIFEST = new BundleManifest(
      "shop", "1.0.0-abc1234", "shop-1.0.0-abc1234.zip", "ab".repeat(32), 12_345_678_901L, 42, "git",
      "abc1234def", true, "cd".repeat(32));

  @Test
  void writesEveryFieldInOrderAsIndentedJson() throws Exception {
    MANIFEST.write(folder);
    assertThat(Files.readString(folder.resolve("bundle.json"))).isEqualTo("""
        {
          "applicationName" : "shop",
          "versionLabel" : "1.0.0-abc1234",
          "file" : "shop-1.0.0-abc1234.zip",
          "sha256" : "%s",
          "size" : 12345678901,
          "entryCount" : 42,
          "sourceMode" : "git",
          "gitCommit" : "abc1234def",
          "dirty" : true,
          "inputs" : "%s"
        }
        """.formatted("ab".repeat(32), "cd".repeat(32)));
  }

  @Test
  void readsBackWhatItWrote() throws Exception {
    MANIFEST.write(folder);
    assertThat(BundleManifest.read(folder)).contains(MANIFEST);
  }

  @Test
  void aDirectoryBundleHasNoCommitAndReadsBackAsNull() throws Exception {
    BundleManifest directory = new BundleManifest("shop", "1.0.0", "shop-1.0.0.zip", "00", 1, 1, "directory", null, false, "11");
    directory.write(folder);
    assertThat(Files.readString(folder.resolve("bundle.json"))).contains("\"gitCommit\" : null,");
    assertThat(BundleManifest.read(folder)).contains(directory);
  }

  @Test
  void unknownFieldsFromAnotherVersionOfThePluginAreIgnored() throws Exception {
    Files.writeString(folder.resolve("bundle.json"), """
        {"applicationName":"shop","extra":{"nested":[1,2]},"versionLabel":"v1","file":"a.zip","sha256":"00",
         "size":3,"entryCount":2,"sourceMode":"git","gitCommit":"c0ffee","dirty":false,"inputs":"11","more":[true]}
        """);
    assertThat(BundleManifest.read(folder))
        .contains(new BundleManifest("shop", "v1", "a.zip", "00", 3, 2, "git", "c0ffee", false, "11"));
  }

  @Test
  void aMissingTruncatedOrMistypedFileIsNoManifest() throws Exception {
    assertThat(BundleManifest.read(folder)).isEmpty();
    Files.writeString(folder.resolve("bundle.json"), "{\"applicationName\":\"shop\",\"size\":");
    assertThat(BundleManifest.read(folder)).isEmpty();
    Files.writeString(folder.resolve("bundle.json"), "{\"applicationName\":\"shop\",\"size\":\"big\",\"entryCount\":1}");
    assertThat(BundleManifest.read(folder)).isEmpty();
    Files.writeString(folder.resolve("bundle.json"), "[]");
    assertThat(BundleManifest.read(folder)).isEmpty();
  }
}
