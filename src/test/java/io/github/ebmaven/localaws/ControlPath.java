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
 *   <li>{@code GET /_localaws/state}: the whole state, faults and calls</li>
 *   <li>{@code GET /_localaws/calls}, {@code POST /_localaws/calls/reset}</li>
 *   <li>{@code GET /_localaws/faults}, {@code POST /_localaws/faults} (arm faults from a JSON object),
 *       {@code DELETE /_localaws/faults} (clear them)</li>
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

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final EbEmulator eb;
  private final Faults faults;
  private final Calls calls;
  private final List<Routes> moreRoutes = new java.util.concurrent.CopyOnWriteArrayList<>();

  ControlPath(EbEmulator eb, Faults faults, Calls calls) {
    this.eb = eb;
    this.faults = faults;
    this.calls = calls;
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
          arm(body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body));
          yield ok(faults.describe());
        }
        case "DELETE faults", "POST faults/clear" -> {
          faults.clear();
          yield ok(faults.describe());
        }
        default -> new Reply(404, JSON.writeValueAsString(Map.of("error", "no control endpoint " + route)));
      };
    } catch (IllegalArgumentException | IOException e) {
      return new Reply(400, "{\"error\":" + quote(e.getMessage()) + "}");
    }
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

  /** Arms the faults a JSON object names; unknown fields are refused so typos do not pass silently. */
  void arm(JsonNode request) {
    List<String> known = List.of("failNextDeployment", "degradeHealthAfterNextDeployment", "hangNextUpdate",
        "throttleNextCalls", "throttleAbovePerSecond", "failNextCalls", "failStatus", "slowResponsesMillis",
        "resetNextS3UploadAfterBytes", "actions");
    request.fieldNames().forEachRemaining(f -> {
      if (!known.contains(f)) {
        throw new IllegalArgumentException("unknown fault '" + f + "'; known: " + known);
      }
    });
    List<String> actionList = new ArrayList<>();
    request.path("actions").forEach(a -> actionList.add(a.asText()));
    String[] actions = actionList.toArray(String[]::new);
    JsonNode fail = request.get("failNextDeployment");
    if (fail != null) {
      int times = fail.isBoolean() ? (fail.asBoolean() ? 1 : 0) : fail.asInt();
      for (int i = 0; i < times; i++) {
        faults.failNextDeployment();
      }
    }
    if (request.hasNonNull("degradeHealthAfterNextDeployment")) {
      faults.degradeHealthAfterNextDeployment(request.get("degradeHealthAfterNextDeployment").asText());
    }
    if (request.path("hangNextUpdate").asBoolean(false)) {
      faults.hangNextUpdate();
    }
    if (request.has("throttleNextCalls")) {
      faults.throttleNextCalls(request.get("throttleNextCalls").asInt(), actions);
    }
    if (request.has("throttleAbovePerSecond")) {
      faults.throttleAbove(request.get("throttleAbovePerSecond").asDouble(), actions);
    }
    if (request.has("failNextCalls")) {
      faults.failNextCalls(request.get("failNextCalls").asInt(), request.path("failStatus").asInt(500), actions);
    }
    if (request.has("slowResponsesMillis")) {
      faults.slowResponses(Duration.ofMillis(request.get("slowResponsesMillis").asLong()), actions);
    }
    if (request.has("resetNextS3UploadAfterBytes")) {
      faults.resetNextS3Upload(request.get("resetNextS3UploadAfterBytes").asLong());
    }
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
        ConfigurationActions config = new ConfigurationActions(eb);
        for (EbState.Environment e : state.environments.values()) {
          Map<String, Object> em = new LinkedHashMap<>(Views.environment(state, e));
          Map<String, String> settings = new LinkedHashMap<>();
          config.effective(e).forEach((k, v) -> settings.put(k.namespace() + ":" + k.optionName()
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
