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

/**
 * Blob bytes from one {@code git cat-file --batch} process, started at the first read and shared
 * by the bundle's writer threads one read at a time (git inflates faster than they compress).
 */
final class GitCatFile implements Closeable {

  private final Path workTree;
  private Process process;
  private OutputStream requests;
  private InputStream answers;

  GitCatFile(Path workTree) {
    this.workTree = workTree;
  }

  /** The whole blob {@code id}. */
  synchronized byte[] read(String id) throws IOException {
    if (process == null) {
      process = new ProcessBuilder(List.of("git", "-C", workTree.toString(), "cat-file", "--batch"))
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
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
