package io.github.ebmaven.localaws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON control path under {@code /_localaws/} for scripts and other processes:
 * <ul>
 *   <li>{@code GET /_localaws/health}: {@code {"status":"ok"}}</li>
 *   <li>{@code GET /_localaws/state}: the whole state (EB regions, IAM, account settings), faults and calls</li>
 *   <li>{@code GET /_localaws/calls}, {@code POST /_localaws/calls/reset}</li>
 *   <li>{@code GET /_localaws/faults}, {@code POST /_localaws/faults} (arm faults from a JSON object),
 *       {@code DELETE /_localaws/faults} (clear them)</li>
 *   <li>{@code GET|POST /_localaws/account}: legacy account, application version quota</li>
 *   <li>{@code GET|POST /_localaws/iam}: pre-create roles and instance profiles</li>
 *   <li>{@code POST /_localaws/reset}: the endpoint restarts empty (same port)</li>
 *   <li>{@code POST /_localaws/down}: the endpoint stops answering, for {@code forMillis} if given</li>
 * </ul>
 */
final class ControlPath {
  static final String PREFIX = "/_localaws/";

  /** A JSON answer. */
  record Reply(int status, String json) { }

  /** More routes, answered by another part of the endpoint. */
  interface Routes {
    /**
     * Answers a route such as {@code GET apps} (method, space, path after the prefix, no trailing slash).
     *
     * @return the answer, or null when the route is not one of these
     */
    Reply handle(String route, byte[] body) throws IOException;
  }

  /** What the control path can do to the whole endpoint. */
  interface Endpoint {
    void restartEmpty();

    void goDown(Duration downFor);
  }

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final EbEmulator eb;
  private final Faults faults;
  private final Calls calls;
  private final List<Routes> moreRoutes = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final Endpoint endpoint;

  ControlPath(EbEmulator eb, Faults faults, Calls calls, Endpoint endpoint) {
    this.eb = eb;
    this.faults = faults;
    this.calls = calls;
    this.endpoint = endpoint;
  }

  /** Adds routes answered before the built-in ones. */
  void addRoutes(Routes routes) {
    moreRoutes.add(routes);
  }

  Reply handle(String method, String path, byte[] body) {
    String route = method + " " + path.substring(PREFIX.length()).replaceAll("/+$", "");
    try {
      for (Routes routes : moreRoutes) {
        Reply reply = routes.handle(route, body);
        if (reply != null) {
          return reply;
        }
      }
      return switch (route) {
        case "GET health" -> ok(Map.of("status", "ok"));
        case "GET state" -> new Reply(200, stateJson());
        case "GET calls" -> ok(calls.describe());
        case "POST calls/reset" -> {
          calls.reset();
          yield ok(calls.describe());
        }
        case "GET faults" -> ok(faults.describe());
        case "POST faults" -> {
          ControlRequests.arm(faults, json(body));
          yield ok(faults.describe());
        }
        case "GET account" -> ok(eb.account.describe());
        case "POST account" -> {
          ControlRequests.account(eb.account, json(body));
          yield ok(eb.account.describe());
        }
        case "GET iam" -> ok(eb.iam.describe());
        case "POST iam" -> {
          ControlRequests.iam(eb.iam, json(body));
          yield ok(eb.iam.describe());
        }
        case "POST reset" -> {
          endpoint.restartEmpty();
          yield ok(Map.of("status", "restarted empty"));
        }
        case "POST down" -> {
          long millis = json(body).path("forMillis").asLong(0);
          endpoint.goDown(Duration.ofMillis(millis));
          yield ok(Map.of("status", "going down", "forMillis", millis));
        }
        case "DELETE faults", "POST faults/clear" -> {
          faults.clear();
          yield ok(faults.describe());
        }
        default -> new Reply(404, JSON.writeValueAsString(Map.of("error", "no control endpoint " + route)));
      };
    } catch (IllegalArgumentException | IOException | EbError e) {
      return new Reply(400, "{\"error\":" + quote(e.getMessage()) + "}");
    }
  }

  private static JsonNode json(byte[] body) throws IOException {
    return body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
  }

  private static String quote(String s) {
    try {
      return JSON.writeValueAsString(s == null ? "" : s);
    } catch (JsonProcessingException e) {
      return "\"\"";
    }
  }

  private static Reply ok(Object value) throws JsonProcessingException {
    return new Reply(200, JSON.writeValueAsString(jsonSafe(value)));
  }

  /** The full state: every region's applications, versions, environments (with settings), events and tags. */
  String stateJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> regions = new LinkedHashMap<>();
    synchronized (eb.lock) {
      for (EbState state : eb.regions().values()) {
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("storageBuckets", new ArrayList<>(state.storageBuckets));
        List<Object> apps = new ArrayList<>();
        for (EbState.Application app : state.applications.values()) {
          Map<String, Object> a = new LinkedHashMap<>(Views.application(state, app));
          List<Object> versions = new ArrayList<>();
          for (EbState.AppVersion v : app.versions.values()) {
            Map<String, Object> vm = new LinkedHashMap<>(Views.version(state, v));
            vm.put("Failure", v.failure);
            versions.add(vm);
          }
          a.put("ApplicationVersions", versions);
          apps.add(a);
        }
        region.put("applications", apps);
        List<Object> envs = new ArrayList<>();
        for (EbState.Environment e : state.environments.values()) {
          Map<String, Object> em = new LinkedHashMap<>(eb.environmentView(state, e));
          Map<String, String> settings = new LinkedHashMap<>();
          eb.effectiveSettings(e).forEach((k, v) -> settings.put(k.namespace() + ":" + k.optionName()
              + (k.resourceName() == null ? "" : "@" + k.resourceName()), v));
          em.put("OptionSettings", settings);
          envs.add(em);
        }
        region.put("environments", envs);
        List<Object> events = new ArrayList<>();
        state.events.forEach(ev -> events.add(Views.event(ev)));
        region.put("events", events);
        region.put("tags", new LinkedHashMap<>(state.tags));
        regions.put(state.region, region);
      }
    }
    root.put("regions", regions);
    root.put("iam", eb.iam.describe());
    root.put("account", eb.account.describe());
    root.put("faults", faults.describe());
    root.put("calls", calls.describe());
    try {
      return JSON.writeValueAsString(jsonSafe(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Deep copy with timestamps as ISO-8601 strings. */
  private static Object jsonSafe(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), jsonSafe(v)));
      return out;
    }
    if (value instanceof Collection<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(jsonSafe(v)));
      return out;
    }
    if (value instanceof Instant instant) {
      return instant.toString();
    }
    return value;
  }
}
