package io.github.ebmaven.environment;

import io.github.ebmaven.aws.AwsCallException;
import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.aws.LogSample;
import io.github.ebmaven.change.Deadline;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Formats;
import io.github.ebmaven.report.Mention;
import io.github.ebmaven.report.Reporter;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code eb:logs}: asks every instance for its logs (RequestEnvironmentInfo), waits until
 * RetrieveEnvironmentInfo lists a fresh sample per instance, downloads each, then prints tails
 * instance by instance or saves bundles as {@code <outputDir>/<environment>/<instance>.zip}.
 */
public final class LogsOperation {

  /** What to fetch: the last lines of the main logs, or every log as a zip. */
  public enum Kind {
    TAIL,
    BUNDLE;

    /** Reads {@code eb.logs}. */
    public static Kind parse(String text) throws EbException {
      String value = text == null ? "tail" : text.trim().toLowerCase(Locale.ROOT);
      return switch (value) {
        case "tail", "" -> TAIL;
        case "bundle" -> BUNDLE;
        default -> throw new EbException(Mention.property("eb.logs") + "='" + text + "' is not a kind of logs: use tail (the last lines,"
            + " the default) or bundle (every log file, saved as a zip per instance).");
      };
    }

    String infoType() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * @param outputDir where bundles go, one folder per environment
   */
  public record LogsRequest(String application, String environment, Kind kind, Path outputDir, Duration timeout) {}

  /** One instance's logs: printed tail text, or the saved bundle. */
  public record InstanceLogs(String instanceId, String tail, Path bundle) {}

  private final Services services;
  private final LogFetcher fetcher;

  public LogsOperation(Services services, LogFetcher fetcher) {
    this.services = services;
    this.fetcher = fetcher;
  }

  public List<InstanceLogs> logs(LogsRequest request) throws EbException {
    Beanstalk eb = services.eb();
    Reporter out = services.reporter();
    Deadline deadline = services.deadline(request.timeout());
    String env = request.environment();
    eb.environments().require(request.application(), env);
    String type = request.kind().infoType();
    Set<String> expected = new HashSet<>(eb.environments().instanceIds(env));
    Set<String> older = new HashSet<>();
    eb.environments().retrieveLogs(env, type).forEach(s -> older.add(key(s)));
    eb.environments().requestLogs(env, type);
    out.info("Requested " + type + " logs of " + env + " (" + count(expected.size()) + "); waiting for them");
    Map<String, LogSample> fresh = new TreeMap<>();
    FollowPace pace = new FollowPace();
    while (true) {
      boolean throttled = false;
      boolean news = false;
      try {
        for (LogSample sample : eb.environments().retrieveLogs(env, type)) {
          if (!older.contains(key(sample))) {
            LogSample previous = fresh.get(sample.instanceId());
            if (previous == null || sample.sampled().isAfter(previous.sampled())) {
              fresh.put(sample.instanceId(), sample);
              news = true;
            }
          }
        }
      } catch (AwsCallException e) {
        if (!e.isThrottling()) {
          throw e;
        }
        throttled = true;
      }
      if (!fresh.isEmpty() && fresh.keySet().containsAll(expected)) {
        break;
      }
      if (deadline.expired() && !fresh.isEmpty()) {
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(fresh.keySet());
        out.warn("No " + type + " logs from " + String.join(", ", new java.util.TreeSet<>(missing))
            + " within " + request.timeout().toSeconds() + " s (eb.timeout); showing the instances that answered.");
        break;
      }
      deadline.check(
          "waiting for the " + type + " logs of " + env,
          "The instances may still upload them: run " + Mention.goal("logs") + " again in a minute.");
      Duration pause = pace.next(news, throttled);
      Duration remaining = deadline.remaining();
      try {
        services.sleeper().sleep(pause.compareTo(remaining) < 0 ? pause : remaining);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new EbException("Interrupted while waiting for the logs of " + env + ".");
      }
    }
    List<InstanceLogs> result = new java.util.ArrayList<>();
    for (LogSample sample : fresh.values()) {
      byte[] bytes = download(sample);
      if (request.kind() == Kind.TAIL) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        out.result("");
        out.result("==== " + sample.instanceId() + " (tail logs sampled " + Formats.time(sample.sampled()) + ") ====");
        text.lines().forEach(out::result);
        result.add(new InstanceLogs(sample.instanceId(), text, null));
      } else {
        Path file = save(request.outputDir().resolve(env), sample.instanceId(), bytes);
        out.result("Saved the logs of " + sample.instanceId() + " (" + bytes.length + " bytes) to " + file);
        result.add(new InstanceLogs(sample.instanceId(), null, file));
      }
    }
    return result;
  }

  private byte[] download(LogSample sample) throws EbException {
    try {
      return fetcher.get(URI.create(sample.url()));
    } catch (IOException | IllegalArgumentException e) {
      // Never quote the URL: it is a pre-signed link to the logs.
      throw new EbException(
          "Downloading the logs of " + sample.instanceId() + " failed: " + e.getMessage()
              + ". The links Elastic Beanstalk returns expire after about 15 minutes and need network access to S3;"
              + " run " + Mention.goal("logs") + " again.",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EbException("Interrupted while downloading the logs of " + sample.instanceId() + ".");
    }
  }

  private static Path save(Path dir, String instanceId, byte[] bytes) throws EbException {
    if (instanceId == null || !instanceId.matches("[A-Za-z0-9._-]+")) {
      throw new EbException("Elastic Beanstalk returned logs for an instance id that is not a file name: " + instanceId);
    }
    Path file = dir.resolve(instanceId + ".zip");
    try {
      Files.createDirectories(dir);
      Files.write(file, bytes);
      return file;
    } catch (IOException e) {
      throw new EbException("Cannot write " + file + ": " + e.getMessage() + ". Check that the folder is writable.", e);
    }
  }

  private static String key(LogSample sample) {
    return sample.instanceId() + "|" + sample.sampled();
  }

  private static String count(int instances) {
    return instances == 1 ? "1 instance" : instances + " instances";
  }
}
