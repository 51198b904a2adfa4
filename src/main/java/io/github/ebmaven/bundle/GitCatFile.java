package io.github.ebmaven.bundle;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Blob bytes from {@code git cat-file --batch} processes: one per writer thread reading at the same
 * time, so git inflates in parallel as the writers compress; each is started at its first read and
 * reused for the next.
 */
final class GitCatFile implements Closeable {

  private final Path workTree;
  private final ConcurrentLinkedQueue<Batch> idle = new ConcurrentLinkedQueue<>();
  private final List<Batch> started = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  GitCatFile(Path workTree) {
    this.workTree = workTree;
  }

  /** The whole blob {@code id}. */
  byte[] read(String id) throws IOException {
    if (closed) {
      throw new IOException("git cat-file is closed");
    }
    Batch batch = idle.poll();
    if (batch == null) {
      batch = new Batch(workTree);
      started.add(batch);
    }
    try {
      byte[] bytes = batch.read(id);
      idle.offer(batch);
      return bytes;
    } catch (IOException e) {
      batch.close();
      throw e;
    }
  }

  @Override
  public void close() {
    closed = true;
    started.forEach(Batch::close);
  }

  /** One {@code git cat-file --batch} process, one request at a time. */
  private static final class Batch implements Closeable {

    private final Path workTree;
    private Process process;
    private OutputStream requests;
    private InputStream answers;

    Batch(Path workTree) {
      this.workTree = workTree;
    }

    synchronized byte[] read(String id) throws IOException {
      if (process == null) {
        process = GitCliSource.git(workTree, "cat-file", "--batch").start();
        requests = process.getOutputStream();
        answers = new BufferedInputStream(process.getInputStream(), 1 << 16);
      }
      requests.write((id + "\n").getBytes(StandardCharsets.US_ASCII));
      requests.flush();
      String header = line();
      String[] fields = header.split(" ");
      if (fields.length != 3 || !fields[0].equals(id) || !fields[1].equals("blob")) {
        throw new IOException("git cat-file answered '" + header + "' for " + id);
      }
      byte[] bytes = answers.readNBytes(Integer.parseInt(fields[2]));
      if (bytes.length != Integer.parseInt(fields[2]) || answers.read() != '\n') {
        throw new IOException("git cat-file ended inside " + id);
      }
      return bytes;
    }

    private String line() throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream(64);
      for (int b = answers.read(); b != '\n'; b = answers.read()) {
        if (b < 0) {
          throw new IOException("git cat-file stopped answering");
        }
        line.write(b);
      }
      return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public synchronized void close() {
      if (process != null) {
        try {
          requests.close();
        } catch (IOException e) {
          // git exits when its input closes; destroy makes sure
        }
        process.destroy();
      }
    }
  }
}
