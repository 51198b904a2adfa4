package io.github.ebmaven.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.change.Sleeper;
import io.github.ebmaven.config.ConfigKey;
import io.github.ebmaven.config.Durations;
import io.github.ebmaven.config.SmokeTest;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs the smoke tests against an environment's URL before it gets users: each test's GET must
 * answer the expected status (redirects are not followed) and, when given, a body containing the
 * expected text; an answer that names its version (header {@code X-Version-Label}, or a JSON
 * body's {@code versionLabel}) must name the version just deployed. A failing check is tried again
 * after growing pauses; the last failure is quoted, request and response, in the build's error.
 */
public final class SmokeTester {

  /** The header an application (and the local endpoint) names its running version in. */
  public static final String VERSION_HEADER = "X-Version-Label";
  private static final List<String> QUOTED_HEADERS = List.of("Content-Type", VERSION_HEADER, "Location", "Retry-After");
  private static final int BODY_LINES = 5;
  private static final int LINE_LENGTH = 200;
  private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
  private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What to check and where requests go.
   *
   * @param appEndpoint a URL with {@code {cname}} for the environment's CNAME ({@code eb.appEndpoint})
   */
  public record Checks(List<SmokeTest> tests, String appEndpoint) {

    public static final Checks NONE = new Checks(List.of(), ConfigKey.APP_ENDPOINT.defaultValue());

    public Checks {
      tests = List.copyOf(tests);
    }

    /** The URL of {@code path} on the environment answering at {@code cname}. */
    URI url(String cname, String path) {
      String base = appEndpoint.replace("{cname}", cname);
      return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }
  }

  /** One request and what came back: an answer, or the error that stood for one. */
  private record Attempt(URI url, HttpResponse<String> response, String error, String problem, String version) {}

  private final Reporter reporter;
  private final Sleeper sleeper;
  private final Clock clock;

  public SmokeTester(Services services) {
    this.reporter = services.reporter();
    this.sleeper = services.sleeper();
    this.clock = services.clock();
  }

  /**
   * Runs every check against {@code environment}.
   *
   * @param expectedLabel the version the environment was just given
   * @throws EbException quoting the request and the response of the first check that kept failing
   */
  public void check(Checks checks, EnvironmentState environment, String expectedLabel) throws EbException {
    if (checks.tests().isEmpty()) {
      return;
    }
    if (environment.cname() == null || environment.cname().isBlank()) {
      throw new EbException(
          environment.name() + " has no CNAME (a worker environment has no URL), so its smoke tests cannot run. Remove the"
              + " smoke tests from its configuration.");
    }
    reporter.info("Smoke tests of " + environment.name() + " (" + expectedLabel + ") at " + checks.url(environment.cname(), "/"));
    Duration longest = checks.tests().stream().map(SmokeTest::timeout).max(Duration::compareTo).orElseThrow();
    HttpClient http = HttpClient.newBuilder().connectTimeout(longest).followRedirects(HttpClient.Redirect.NEVER).build();
    for (SmokeTest test : checks.tests()) {
      run(http, test, checks.url(environment.cname(), test.path()), environment.name(), expectedLabel);
    }
  }

  private void run(HttpClient http, SmokeTest test, URI url, String environment, String expectedLabel) throws EbException {
    Instant started = clock.instant();
    Duration pause = FIRST_PAUSE;
    for (int attempt = 1; ; attempt++) {
      Attempt result = attempt(http, test, url, expectedLabel);
      if (result.problem() == null) {
        reporter.info("  GET " + test.path() + ": " + result.response().statusCode()
            + (test.contains() == null ? "" : ", body contains '" + test.contains() + "'")
            + (result.version() == null ? " (the answer does not name its version)" : ", runs " + result.version()));
        return;
      }
      if (attempt > test.retries()) {
        throw new EbException(failure(test, environment, expectedLabel, result, attempt, Duration.between(started, clock.instant())));
      }
      reporter.info("  GET " + test.path() + ": " + result.problem() + "; trying again in " + Durations.describe(pause));
      try {
        sleeper.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new EbException("Interrupted during the smoke tests of " + environment + ".");
      }
      pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
    }
  }

  private static Attempt attempt(HttpClient http, SmokeTest test, URI url, String expectedLabel) {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(test.timeout()).GET().build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      return new Attempt(url, null, "no answer within " + Durations.describe(test.timeout()), "no answer within "
          + Durations.describe(test.timeout()), null);
    } catch (IOException e) {
      String error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      return new Attempt(url, null, error, "could not connect (" + error + ")", null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Attempt(url, null, "interrupted", "interrupted", null);
    }
    String version = version(response);
    String problem = null;
    if (response.statusCode() != test.status()) {
      problem = "HTTP " + response.statusCode() + ", expected " + test.status();
    } else if (test.contains() != null && !response.body().contains(test.contains())) {
      problem = "HTTP " + response.statusCode() + " without '" + test.contains() + "' in the body";
    } else if (version != null && !version.equals(expectedLabel)) {
      problem = "HTTP " + response.statusCode() + " from version " + version + ", not " + expectedLabel;
    }
    return new Attempt(url, response, null, problem, version);
  }

  /** The version the answer names: its {@code X-Version-Label} header, or a JSON body's {@code versionLabel}. */
  static String version(HttpResponse<String> response) {
    Optional<String> header = response.headers().firstValue(VERSION_HEADER);
    if (header.isPresent() && !header.get().isBlank()) {
      return header.get().trim();
    }
    String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    if (type.contains("json")) {
      try {
        JsonNode label = JSON.readTree(response.body()).get("versionLabel");
        return label != null && label.isTextual() ? label.asText() : null;
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }
    return null;
  }

  private static String failure(
      SmokeTest test, String environment, String expectedLabel, Attempt last, int attempts, Duration took) {
    List<String> lines = new ArrayList<>();
    lines.add("Smoke test of " + environment + " (" + expectedLabel + ") failed: GET " + test.path() + " answered "
        + last.problem() + " (" + attempts + (attempts == 1 ? " attempt" : " attempts") + " in " + Durations.describe(took) + ").");
    lines.add("  Request:  GET " + last.url());
    if (last.response() == null) {
      lines.add("  Response: none, " + last.error());
    } else {
      HttpResponse<String> response = last.response();
      lines.add("  Response: HTTP " + response.statusCode());
      for (String name : QUOTED_HEADERS) {
        response.headers().firstValue(name).ifPresent(value -> lines.add("    " + name + ": " + value));
      }
      List<String> body = response.body().stripTrailing().lines().limit(BODY_LINES + 1L).toList();
      for (int i = 0; i < Math.min(BODY_LINES, body.size()); i++) {
        String line = body.get(i);
        lines.add("    | " + (line.length() > LINE_LENGTH ? line.substring(0, LINE_LENGTH) + "..." : line));
      }
      if (body.size() > BODY_LINES) {
        lines.add("    | ...");
      }
    }
    return String.join("\n", lines);
  }
}
