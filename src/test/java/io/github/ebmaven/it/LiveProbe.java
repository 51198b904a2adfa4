package io.github.ebmaven.it;

import io.github.ebmaven.localaws.LocalAws;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;

/**
 * What a user of the production CNAME sees during an IT: {@code setup.groovy} starts a thread that
 * requests the CNAME's application every 100 ms and appends each answer ({@code <status>
 * <version>}) to {@code probe.log}; {@code verify.groovy} stops it and reads the answers. It stops
 * by itself after ten minutes.
 */
public final class LiveProbe {

  private static final Duration EVERY = Duration.ofMillis(100);
  private static final Duration AT_MOST = Duration.ofMinutes(10);

  private LiveProbe() {}

  /** Starts probing {@code cname}'s application on {@code aws} for the IT in {@code basedir}. */
  public static void start(LocalAws aws, String cname, File basedir) {
    URI url = aws.appUrl(cname);
    Path log = basedir.toPath().resolve("probe.log");
    Path stop = basedir.toPath().resolve("probe.stop");
    Thread probe = new Thread(() -> {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      long end = System.nanoTime() + AT_MOST.toNanos();
      while (!Files.exists(stop) && System.nanoTime() < end) {
        String line;
        try {
          HttpResponse<String> answer = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2)).build(),
              HttpResponse.BodyHandlers.ofString());
          line = answer.statusCode() + " " + answer.headers().firstValue("X-Version-Label").orElse("-");
        } catch (IOException e) {
          line = "error " + e.getClass().getSimpleName();
        } catch (InterruptedException e) {
          return;
        }
        try {
          Files.writeString(log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
          Thread.sleep(EVERY.toMillis());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "it-probe-" + basedir.getName());
    probe.setDaemon(true);
    probe.start();
  }

  /** Stops the probe of the IT in {@code basedir} and returns its answers, oldest first. */
  public static List<String> stopAndRead(File basedir) {
    try {
      Files.writeString(basedir.toPath().resolve("probe.stop"), "stop\n");
      Thread.sleep(3 * EVERY.toMillis());
      Path log = basedir.toPath().resolve("probe.log");
      return Files.exists(log) ? Files.readAllLines(log) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The answers from the first 200 on (before it the environment was still launching), each {@code
   * <status> <version>}.
   */
  public static List<String> sinceLive(List<String> answers) {
    int first = 0;
    while (first < answers.size() && !answers.get(first).startsWith("200 ")) {
      first++;
    }
    return answers.subList(first, answers.size());
  }
}
