package io.github.ebmaven.bundle;

import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Mention;
import io.github.ebmaven.report.Reporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Builds the source bundle: collects the files of the chosen source, applies {@code .ebignore},
 * adds generated files, checks names and size, and writes a byte-reproducible zip with its
 * manifest, or keeps the previous one when nothing it depends on changed.
 */
public final class BundleBuilder {

  /** Elastic Beanstalk refuses source bundles larger than this. */
  public static final long MAX_BUNDLE_BYTES = 500L * 1024 * 1024;

  /** Changes whenever the zip layout changes, so old bundles are never reused by mistake. */
  private static final String FORMAT = "eb-bundle-1";

  private final Reporter reporter;

  public BundleBuilder(Reporter reporter) {
    this.reporter = reporter;
  }

  public BundleResult build(BundleRequest request) throws EbException {
    long started = System.nanoTime();
    VersionLabels.checkApplicationName(request.applicationName());
    if (request.versionLabel() != null) {
      VersionLabels.check(request.versionLabel(), Mention.setting("eb.versionLabel"));
    }
    BundleSourceMode mode = resolve(request);
    try (CollectedSource source = collect(mode, request)) {
      reporter.info(
          "Source: " + source.description() + ": " + count(source.entries().size(), "file"));
      reporter.debug("Collected the source in " + seconds(started));
      warnIfDirty(source);
      List<SourceEntry> entries = applyEbIgnore(source);
      entries = addGenerated(entries, request.generatedContent());
      reporter.debug("Applied .ebignore and generated files at " + seconds(started));
      entries.sort(Comparator.comparing(SourceEntry::name));
      checkEntries(entries, source);
      List<ZipItem> items = withFolders(entries);
      Instant time =
          BundleTimestamp.choose(
              request.outputTimestamp(), request.sourceDateEpoch(), source.commitTime());
      String inputs = fingerprint(request, source, entries, time);
      reporter.debug("Fingerprinted the inputs at " + seconds(started));

      Optional<BundleManifest> lastBuild = BundleManifest.read(request.outputDir());
      Optional<BundleResult> previous = reusable(request, lastBuild, inputs);
      if (previous.isPresent()) {
        BundleManifest manifest = previous.get().manifest();
        if (manifest.dirty() != source.dirty()) {
          // Same bytes, but the work tree around them changed: the manifest says how it is now.
          manifest = manifest.withDirty(source.dirty());
          manifest.write(request.outputDir());
          previous = Optional.of(new BundleResult(previous.get().zip(), manifest, true));
        }
        reporter.info(
            "Bundle unchanged since the last build, reusing "
                + previous.get().zip()
                + " (label "
                + manifest.versionLabel()
                + ", sha256 "
                + manifest.sha256()
                + ", "
                + seconds(started)
                + ")");
        return previous.get();
      }
      return write(request, source, items, time, inputs, lastBuild, started);
    } catch (IOException e) {
      throw new BundleException("Cannot build the bundle: " + e.getMessage(), e);
    }
  }

  private static BundleSourceMode resolve(BundleRequest request) {
    if (request.mode() != BundleSourceMode.AUTO) {
      return request.mode();
    }
    if (request.mode().takesArtifact(request.packaging())) {
      return BundleSourceMode.ARTIFACT;
    }
    return GitWorkTree.contains(request.projectDir())
        ? BundleSourceMode.GIT
        : BundleSourceMode.DIRECTORY;
  }

  private static CollectedSource collect(BundleSourceMode mode, BundleRequest request)
      throws BundleException {
    return switch (mode) {
      case GIT -> {
        Optional<CollectedSource> listed = GitCliSource.collectHead(request.projectDir());
        yield listed.isPresent() ? listed.get() : GitSource.collect(request.projectDir(), false);
      }
      case STAGED -> GitSource.collect(request.projectDir(), true);
      case DIRECTORY -> DirectorySource.collect(request.bundleDirectory());
      case ARTIFACT ->
          ArtifactSource.collect(request.projectDir(), request.artifact(), request.extraFiles());
      case AUTO -> throw new IllegalStateException("resolved before collecting");
    };
  }

  private void warnIfDirty(CollectedSource source) {
    if (!source.dirty()) {
      return;
    }
    List<String> changes = source.uncommittedChanges();
    String sample =
        changes.stream().limit(5).collect(Collectors.joining(", "))
            + (changes.size() > 5 ? ", ..." : "");
    String what =
        source.mode() == BundleSourceMode.STAGED
            ? "not staged; the bundle holds the git index only. git add them"
            : "not committed; the bundle holds HEAD only. Commit them";
    reporter.warn(
        "The work tree has "
            + count(changes.size(), "change")
            + " ("
            + sample
            + (changes.size() == 1 ? ") that is " : ") that are ")
            + what
            + ", or set " + Mention.example("eb.bundleSource", "directory") + " to bundle the files on disk.");
  }

  private List<SourceEntry> applyEbIgnore(CollectedSource source) throws IOException {
    List<SourceEntry> entries = new ArrayList<>(source.entries());
    if (source.mode() == BundleSourceMode.ARTIFACT) {
      return entries;
    }
    Optional<SourceEntry> ebIgnore =
        entries.stream().filter(e -> e.name().equals(EbIgnoreRules.FILE_NAME)).findFirst();
    if (ebIgnore.isEmpty() || ebIgnore.get().kind() == EntryKind.SYMLINK) {
      return entries;
    }
    EbIgnoreRules rules = EbIgnoreRules.parse(ebIgnore.get().content().readAllBytes());
    int before = entries.size();
    entries.removeIf(entry -> rules.ignores(entry.name()));
    reporter.info(".ebignore: " + count(before - entries.size(), "file") + " left out");
    return entries;
  }

  private List<SourceEntry> addGenerated(List<SourceEntry> entries, GeneratedContent generated)
      throws EbException {
    Map<String, SourceEntry> byName = new TreeMap<>();
    for (SourceEntry entry : entries) {
      byName.put(entry.name(), entry);
    }
    SortedMap<String, byte[]> files = generated.generate(new View(byName));
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      if (byName.containsKey(file.getKey())) {
        throw new BundleException(
            "The project already has "
                + file.getKey()
                + ", which the plugin generates from the POM. Rename or delete the project's file.");
      }
      byName.put(file.getKey(), SourceEntry.generated(file.getKey(), file.getValue()));
    }
    if (!files.isEmpty()) {
      reporter.info("Generated: " + String.join(", ", files.keySet()));
    }
    return new ArrayList<>(byName.values());
  }

  private static void checkEntries(List<SourceEntry> entries, CollectedSource source)
      throws IOException, BundleException {
    long total = 0;
    for (SourceEntry entry : entries) {
      EntryNames.checkName(entry.name(), source.description());
      if (entry.kind() == EntryKind.SYMLINK) {
        String target = new String(entry.content().readAllBytes(), StandardCharsets.UTF_8);
        EntryNames.checkLinkTarget(entry.name(), target, source.description());
      }
      total += entry.size();
    }
    if (total > MAX_BUNDLE_BYTES) {
      String largest =
          entries.stream()
              .sorted(Comparator.comparingLong(SourceEntry::size).reversed())
              .limit(5)
              .map(e -> e.name() + " (" + megabytes(e.size()) + ")")
              .collect(Collectors.joining(", "));
      throw new BundleException(
          "The bundle would hold "
              + megabytes(total)
              + ", over Elastic Beanstalk's 500 MB limit. Largest entries: "
              + largest
              + ". List what the application does not need in .ebignore.");
    }
  }

  /** Adds an entry for every folder, so unzip recreates them with fixed permissions. */
  private static List<ZipItem> withFolders(List<SourceEntry> entries) {
    SortedSet<String> folders = new TreeSet<>();
    for (SourceEntry entry : entries) {
      int slash = entry.name().indexOf('/');
      while (slash != -1) {
        folders.add(entry.name().substring(0, slash + 1));
        slash = entry.name().indexOf('/', slash + 1);
      }
    }
    List<ZipItem> items = new ArrayList<>(entries.size() + folders.size());
    folders.forEach(folder -> items.add(ZipItem.folder(folder)));
    entries.forEach(entry -> items.add(ZipItem.of(entry)));
    items.sort(Comparator.comparing(ZipItem::name));
    return items;
  }

  private static String fingerprint(
      BundleRequest request, CollectedSource source, List<SourceEntry> entries, Instant time) {
    MessageDigest digest = Hashes.sha256();
    StringBuilder header = new StringBuilder();
    header
        .append(FORMAT)
        .append('\n')
        .append(request.applicationName())
        .append('\n')
        .append(request.projectVersion())
        .append('\n')
        .append(source.mode().id())
        .append('\n')
        .append(source.commitId())
        .append('\n')
        .append(request.versionLabel())
        .append('\n')
        .append(time.toEpochMilli())
        .append('\n');
    digest.update(header.toString().getBytes(StandardCharsets.UTF_8));
    for (SourceEntry entry : entries) {
      String line = entry.name() + '\0' + entry.kind() + '\0' + entry.identity() + '\n';
      digest.update(line.getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static Optional<BundleResult> reusable(
      BundleRequest request, Optional<BundleManifest> manifest, String inputs) throws IOException {
    if (manifest.isEmpty() || !inputs.equals(manifest.get().inputs())) {
      return Optional.empty();
    }
    Path zip = manifest.get().zip(request.outputDir());
    if (!Files.isRegularFile(zip) || Files.size(zip) != manifest.get().size()) {
      return Optional.empty();
    }
    return Optional.of(new BundleResult(zip, manifest.get(), true));
  }

  private BundleResult write(
      BundleRequest request,
      CollectedSource source,
      List<ZipItem> items,
      Instant time,
      String inputs,
      Optional<BundleManifest> previous,
      long started)
      throws IOException, BundleException {
    Path outputDir = request.outputDir();
    Files.createDirectories(outputDir);
    Path temporary = Files.createTempFile(outputDir, ".bundle-", ".zip.tmp");
    try {
      new ReproducibleZipWriter(request.threads()).write(items, temporary, time.toEpochMilli());
      String sha256 = Hashes.sha256Hex(temporary);
      long size = Files.size(temporary);
      if (size > MAX_BUNDLE_BYTES) {
        throw new BundleException(
            "The bundle is "
                + megabytes(size)
                + ", over Elastic Beanstalk's 500 MB limit. List what the application does not need"
                + " in .ebignore.");
      }
      String label = request.versionLabel();
      if (label == null) {
        label =
            source.mode() == BundleSourceMode.GIT
                ? VersionLabels.forCommit(request.projectVersion(), source.commitId())
                : VersionLabels.forContent(request.projectVersion(), sha256);
        VersionLabels.check(label, Mention.setting("eb.versionLabel") + " (the project version is part of the default)");
      }
      String fileName = request.applicationName() + "-" + label + ".zip";
      Path zip = outputDir.resolve(fileName);
      Files.move(temporary, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      if (previous.isPresent() && !previous.get().file().equals(fileName)) {
        Files.deleteIfExists(previous.get().zip(outputDir));
      }
      BundleManifest manifest =
          new BundleManifest(
              request.applicationName(),
              label,
              fileName,
              sha256,
              size,
              items.size(),
              source.mode().id(),
              source.commitId(),
              source.dirty(),
              inputs);
      manifest.write(outputDir);
      reporter.info(
          "Bundle: "
              + zip
              + ", "
              + count(items.size(), "entry", "entries")
              + ", "
              + megabytes(size)
              + ", sha256 "
              + sha256
              + ", label "
              + label
              + " ("
              + seconds(started)
              + ")");
      return new BundleResult(zip, manifest, false);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static String count(int n, String singular) {
    return count(n, singular, singular + "s");
  }

  private static String count(int n, String singular, String plural) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular : plural);
  }

  private static String megabytes(long bytes) {
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
  }

  private static String seconds(long startedNanos) {
    return String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - startedNanos) / 1e9);
  }

  /** The chosen files, read-only, for generated content to inspect. */
  private record View(Map<String, SourceEntry> byName) implements BundleView {
    @Override
    public SortedSet<String> paths() {
      return new TreeSet<>(byName.keySet());
    }

    @Override
    public byte[] read(String path) throws IOException {
      SourceEntry entry = byName.get(path);
      if (entry == null) {
        throw new java.io.FileNotFoundException(path + " is not in the bundle");
      }
      return entry.content().readAllBytes();
    }
  }
}
