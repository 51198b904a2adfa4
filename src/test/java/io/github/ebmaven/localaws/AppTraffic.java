package io.github.ebmaven.localaws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The applications the environments run, answering HTTP on the endpoint's port: by path,
 * {@code /_app/<cname>/<path>}, or by a {@code Host} header that is an environment's CNAME (or
 * its load balancer's name). The environment is looked up in the current CNAME map at each
 * request, so a swap takes effect at once. A Ready environment answers 200 naming its version
 * label, Launching, Updating and Terminating ones 503, a launch that failed 502, an unknown or
 * terminated CNAME 404; {@link AppFaults} turn a version's answers into errors or time-outs.
 */
final class AppTraffic implements LocalService {
  static final String PREFIX = "/_app/";
  static final String HEALTH_CHECK_PATH = "HealthCheckPath";
  static final String PROCESS_NAMESPACE = "aws:elasticbeanstalk:environment:process:default";
  private static final Pattern LEGACY_HEALTH_URL = Pattern.compile("(?:[A-Za-z]+:\\d+)?(/.*)");
  private static final int MAX_BODY = 10 * 1024 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What one request asked for: the host (a CNAME) and the path (with its query) on that host. */
  record Target(String host, String path) { }

  /** The parts of an environment an answer needs, read under the emulator's lock. */
  record Serving(String name, String id, String application, String status, String versionLabel,
      String healthCheckPath, boolean launchFailed) { }

  /** One answer: status, headers, body and how long to hold it back. */
  private record Answer(int status, Map<String, String> headers, String body, long holdMillis) { }

  private final EbEmulator eb;
  private final AppFaults faults;
  private final Calls calls;

  AppTraffic(EbEmulator eb, AppFaults faults, Calls calls) {
    this.eb = eb;
    this.faults = faults;
    this.calls = calls;
  }

  @Override
  public boolean claims(RequestHead head) {
    return head.path().startsWith(PREFIX) || head.path().equals("/_app") || routedHost(head) != null;
  }

  /** The Host header without its port when it names an EB CNAME or load balancer, else null. */
  static String routedHost(RequestHead head) {
    String host = head.header("Host");
    if (host == null) {
      return null;
    }
    host = host.toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
    return host.endsWith(".elasticbeanstalk.com") || host.endsWith(".elb.amazonaws.com") ? host : null;
  }

  static Target target(RequestHead head) {
    if (!head.path().startsWith(PREFIX)) {
      String host = routedHost(head);
      return new Target(host == null ? "" : host, head.target);
    }
    String rest = head.target.substring(PREFIX.length());
    int end = 0;
    while (end < rest.length() && rest.charAt(end) != '/' && rest.charAt(end) != '?') {
      end++;
    }
    String path = rest.substring(end);
    return new Target(rest.substring(0, end).toLowerCase(Locale.ROOT),
        path.isEmpty() ? "/" : path.startsWith("?") ? "/" + path : path);
  }

  @Override
  public boolean serve(RequestHead head, InputStream in, OutputStream out) throws IOException {
    if (head.expectsContinue()) {
      HttpIo.writeContinue(out);
    }
    HttpIo.readBody(head, in, MAX_BODY);
    Instant received = eb.now();
    Target target = target(head);
    Serving env = find(target.host());
    Answer answer = answer(env, target, head);
    if (answer.holdMillis() > 0) {
      try {
        Thread.sleep(answer.holdMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    calls.record("app:" + (env == null ? target.host() : env.name()), received, answer.status());
    boolean keepAlive = head.keepAlive();
    HttpIo.writeResponse(out, answer.status(), answer.headers(), answer.body().getBytes(StandardCharsets.UTF_8),
        "HEAD".equals(head.method), !keepAlive);
    return keepAlive;
  }

  /** The live environment a host names (its CNAME or load balancer DNS name) in any region, or null. */
  Serving find(String host) {
    if (host.isEmpty()) {
      return null;
    }
    synchronized (eb.lock) {
      for (EbState state : eb.regions().values()) {
        for (EbState.Environment env : state.environments.values()) {
          if (env.live() && env.cname != null && (host.equalsIgnoreCase(env.cname)
              || host.equalsIgnoreCase(String.valueOf(Views.environment(state, env, false).get("EndpointURL"))))) {
            return new Serving(env.name, env.id, env.application, env.status, env.versionLabel,
                healthCheckPath(eb.effectiveSettings(env)),
                "Failed".equals(env.lastDeploymentStatus) && env.deploymentId == 1);
          }
        }
      }
    }
    return null;
  }

  /**
   * The path EB's load balancer checks: the process's HealthCheckPath, else the legacy
   * {@code Application Healthcheck URL} (which may carry a protocol and port), else {@code /}.
   */
  static String healthCheckPath(Map<OptionKey, String> settings) {
    String path = settings.get(OptionKey.of(PROCESS_NAMESPACE, HEALTH_CHECK_PATH));
    String legacy = settings.get(OptionKey.of("aws:elasticbeanstalk:application", "Application Healthcheck URL"));
    if ((path == null || "/".equals(path)) && legacy != null && !legacy.isBlank()) {
      Matcher m = LEGACY_HEALTH_URL.matcher(legacy.trim());
      return m.matches() ? m.group(1) : "/" + legacy.trim();
    }
    return path == null || path.isBlank() ? "/" : path;
  }

  private Answer answer(Serving env, Target target, RequestHead head) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "text/plain; charset=utf-8");
    headers.put("Cache-Control", "no-store");
    if (env == null) {
      return new Answer(404, headers, target.host().isEmpty()
          ? "Name an environment by its CNAME: " + PREFIX + "<cname>/<path>\n"
          : "No Elastic Beanstalk environment answers at " + target.host() + ".\n", 0);
    }
    headers.put("X-Environment-Name", env.name());
    if (!"Ready".equals(env.status())) {
      headers.put("Retry-After", "10");
      return new Answer(503, headers, env.name() + " is " + env.status().toLowerCase(Locale.ROOT)
          + ": the application is not available; try again later.\n", 0);
    }
    if (env.launchFailed()) {
      return new Answer(502, headers, "Bad Gateway: the launch of " + env.name() + " failed; no instance runs "
          + (env.versionLabel() == null ? "the application" : "version " + env.versionLabel()) + ".\n", 0);
    }
    if (env.versionLabel() != null) {
      headers.put("X-Version-Label", env.versionLabel());
    }
    AppFaults.AppFault fault = faults.takeForRequest(env.versionLabel());
    if (fault != null) {
      return new Answer(fault.status(), headers, fault.body() + "\n", fault.hold().toMillis());
    }
    String path = target.path();
    int query = path.indexOf('?');
    String bare = query < 0 ? path : path.substring(0, query);
    String accept = head.header("Accept");
    if (accept != null && (accept.contains("application/json") || accept.contains("+json"))) {
      headers.put("Content-Type", "application/json");
      return new Answer(200, headers, json(env, target.host(), bare), 0);
    }
    return new Answer(200, headers, env.name() + " is running " + (env.versionLabel() == null
        ? "the sample application" : "version " + env.versionLabel()) + "\n", 0);
  }

  private static String json(Serving env, String host, String path) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("versionLabel", env.versionLabel());
    body.put("environment", env.name());
    body.put("environmentId", env.id());
    body.put("application", env.application());
    body.put("host", host);
    body.put("path", path);
    body.put("healthCheckPath", env.healthCheckPath());
    body.put("healthCheck", path.equals(env.healthCheckPath()));
    try {
      return JSON.writeValueAsString(body) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
