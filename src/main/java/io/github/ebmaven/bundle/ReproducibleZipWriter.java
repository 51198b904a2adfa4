package io.github.ebmaven.bundle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Writes a zip whose bytes depend only on the entries: names in the given order, one timestamp,
 * fixed Unix modes, no extra fields. Small entries are compressed on all cores while the writer
 * appends them in order, so output is identical to a sequential run.
 */
final class ReproducibleZipWriter {

  /** Extensions whose content is already compressed: deflating them again wastes time. */
  static final Set<String> STORED_EXTENSIONS =
      Set.of(
          "jar", "war", "zip", "gz", "tgz", "bz2", "xz", "png", "jpg", "jpeg", "gif", "webp", "woff",
          "woff2", "mp4", "pdf");

  /** Entries up to this size are compressed in memory by the worker threads. */
  private static final long IN_MEMORY_LIMIT = 4L << 20;

  /** Bytes of compressed-but-unwritten entries the pipeline may hold at once. */
  private static final long IN_FLIGHT_BUDGET = 64L << 20;

  /** Entries queued ahead of the writer at most, whatever their size. */
  private static final int MAX_PENDING = 4096;

  private static final int LEVEL = Deflater.DEFAULT_COMPRESSION;

  private final int threads;

  ReproducibleZipWriter(int threads) {
    this.threads = Math.max(1, threads);
  }

  /** Whether an entry with this name is stored rather than deflated. */
  static boolean isPreCompressed(String name) {
    int dot = name.lastIndexOf('.');
    return dot > name.lastIndexOf('/')
        && STORED_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /**
   * Writes {@code items}, which must already be in their final order, to {@code zip}.
   *
   * @param epochMillis the modification time of every entry, inside the DOS date range
   */
  void write(List<ZipItem> items, Path zip, long epochMillis) throws IOException {
    // DOS time fields hold local wall-clock time, and commons-compress converts with the default
    // zone: pass the instant at which that zone's clock shows the UTC wall-clock time, so the bytes
    // do not depend on the build machine's zone (the offset is the one in force at that instant).
    long dosMillis =
        LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC)
            .atZone(ZoneId.systemDefault())
            .toInstant()
            .toEpochMilli();
    ExecutorService pool = Executors.newFixedThreadPool(threads, ReproducibleZipWriter::daemon);
    try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
      out.setUseZip64(Zip64Mode.AsNeeded);
      out.setUseLanguageEncodingFlag(true);
      out.setLevel(LEVEL);
      Deque<Slot> pending = new ArrayDeque<>();
      long inFlight = 0;
      int next = 0;
      for (int i = 0; i < items.size(); i++) {
        while (next < items.size()
            && (next <= i || (inFlight < IN_FLIGHT_BUDGET && pending.size() < MAX_PENDING))) {
          ZipItem item = items.get(next++);
          if (isInMemory(item)) {
            inFlight += item.size();
            pending.addLast(new Slot(pool.submit(() -> prepare(item))));
          } else {
            pending.addLast(new Slot(null));
          }
        }
        ZipItem item = items.get(i);
        Future<Prepared> future = pending.removeFirst().prepared();
        ZipArchiveEntry entry = newEntry(item, dosMillis);
        if (future == null) {
          streamEntry(out, entry, item);
        } else {
          Prepared prepared = await(future);
          inFlight -= item.size();
          entry.setMethod(prepared.method());
          entry.setCrc(prepared.crc());
          entry.setSize(prepared.size());
          entry.setCompressedSize(prepared.data().length);
          out.addRawArchiveEntry(entry, new ByteArrayInputStream(prepared.data()));
        }
      }
      out.finish();
    } finally {
      pool.shutdownNow();
    }
  }

  private static boolean isInMemory(ZipItem item) {
    return item.kind() != EntryKind.DIRECTORY && item.size() <= IN_MEMORY_LIMIT;
  }

  private static ZipArchiveEntry newEntry(ZipItem item, long dosMillis) {
    ZipArchiveEntry entry = new ZipArchiveEntry(item.name());
    entry.setTime(dosMillis);
    entry.setUnixMode(item.kind().unixMode());
    return entry;
  }

  private static void streamEntry(ZipArchiveOutputStream out, ZipArchiveEntry entry, ZipItem item)
      throws IOException {
    if (item.kind() == EntryKind.DIRECTORY) {
      entry.setMethod(ZipArchiveEntry.STORED);
      entry.setSize(0);
      entry.setCompressedSize(0);
      entry.setCrc(0);
      out.putArchiveEntry(entry);
      out.closeArchiveEntry();
      return;
    }
    entry.setMethod(isPreCompressed(item.name()) ? ZipArchiveEntry.STORED : ZipArchiveEntry.DEFLATED);
    // A known size keeps commons-compress from reserving a Zip64 extra field for the entry; the
    // sources' size hints can be off (git filters), so count the real bytes first.
    entry.setSize(countBytes(item.content()));
    out.putArchiveEntry(entry);
    try (InputStream in = item.content().open()) {
      in.transferTo(out);
    }
    out.closeArchiveEntry();
  }

  private static long countBytes(EntryContent content) throws IOException {
    try (InputStream in = content.open()) {
      return in.transferTo(OutputStream.nullOutputStream());
    }
  }

  /** Reads and compresses one entry; STORED when compression would not make it smaller. */
  private static Prepared prepare(ZipItem item) throws IOException {
    byte[] raw = item.content().readAllBytes();
    CRC32 crc = new CRC32();
    crc.update(raw);
    if (raw.length == 0 || item.kind() == EntryKind.SYMLINK || isPreCompressed(item.name())) {
      return new Prepared(ZipArchiveEntry.STORED, crc.getValue(), raw.length, raw);
    }
    byte[] deflated = deflate(raw);
    if (deflated.length >= raw.length) {
      return new Prepared(ZipArchiveEntry.STORED, crc.getValue(), raw.length, raw);
    }
    return new Prepared(ZipArchiveEntry.DEFLATED, crc.getValue(), raw.length, deflated);
  }

  private static final ThreadLocal<Deflater> DEFLATERS =
      ThreadLocal.withInitial(() -> new Deflater(LEVEL, true));

  private static byte[] deflate(byte[] raw) {
    Deflater deflater = DEFLATERS.get();
    deflater.reset();
    deflater.setInput(raw);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, raw.length / 2));
    byte[] buffer = new byte[Math.min(1 << 16, Math.max(64, raw.length + 64))];
    while (!deflater.finished()) {
      int n = deflater.deflate(buffer);
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static Prepared await(Future<Prepared> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while writing the bundle", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IOException("Cannot compress a bundle entry: " + cause, cause);
    }
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "eb-bundle-deflate");
    thread.setDaemon(true);
    return thread;
  }

  /** An entry's place in the pipeline; no future when the writer streams it itself. */
  private record Slot(Future<Prepared> prepared) {}

  private record Prepared(int method, long crc, long size, byte[] data) {}
}
