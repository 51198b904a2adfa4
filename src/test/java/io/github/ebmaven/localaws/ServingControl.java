package io.github.ebmaven.localaws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The control-path routes of the applications and instances:
 * <ul>
 *   <li>{@code GET /_localaws/apps}: each live web environment, its CNAME and the URL that reaches it</li>
 *   <li>{@code GET|POST|DELETE /_localaws/faults/app}, {@code DELETE /_localaws/faults/app/<label>}: application faults</li>
 *   <li>{@code GET|POST|DELETE /_localaws/ssm}: which instances Systems Manager manages, open sessions</li>
 * </ul>
 */
final class ServingControl implements ControlPath.Routes {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final List<String> APP_FAULT_FIELDS = List.of("versionLabel", "status", "body", "timeoutMillis",
      "firstRequests");
  private static final List<String> SSM_FIELDS = List.of("managedInstances", "ssmCapableProfiles",
      "addSsmCapableProfiles");

  private final EbEmulator eb;
  private final AppFaults appFaults;
  private final SsmAgents ssm;
  private final Supplier<URI> endpoint;

  ServingControl(EbEmulator eb, AppFaults appFaults, SsmAgents ssm, Supplier<URI> endpoint) {
    this.eb = eb;
    this.appFaults = appFaults;
    this.ssm = ssm;
    this.endpoint = endpoint;
  }

  @Override
  public ControlPath.Reply handle(String route, byte[] body) throws IOException {
    if (route.startsWith("DELETE faults/app/")) {
      appFaults.clear(URLDecoder.decode(route.substring("DELETE faults/app/".length()), StandardCharsets.UTF_8));
      return ok(appFaults.describe());
    }
    switch (route) {
      case "GET apps":
        return ok(apps());
      case "GET faults/app":
        return ok(appFaults.describe());
      case "POST faults/app":
        JsonNode request = read(body);
        if (request.isArray()) {
          request.forEach(this::armAppFault);
        } else {
          armAppFault(request);
        }
        return ok(appFaults.describe());
      case "DELETE faults/app":
        appFaults.clear();
        return ok(appFaults.describe());
      case "GET ssm":
        return ok(ssm.describe());
      case "POST ssm":
        configureSsm(read(body));
        return ok(ssm.describe());
      case "DELETE ssm":
        ssm.reset();
        return ok(ssm.describe());
      default:
        return null;
    }
  }

  /** Every live web environment of every region with the URL that reaches its application. */
  private List<Map<String, Object>> apps() {
    List<Map<String, Object>> out = new ArrayList<>();
    synchronized (eb.lock) {
      for (EbState state : eb.regions().values()) {
        for (EbState.Environment env : state.environments.values()) {
          if (env.live() && env.cname != null) {
            Map<String, Object> app = new LinkedHashMap<>();
            app.put("region", state.region);
            app.put("applicationName", env.application);
            app.put("environmentName", env.name);
            app.put("environmentId", env.id);
            app.put("cname", env.cname);
            app.put("status", env.status);
            app.put("versionLabel", env.versionLabel);
            app.put("healthCheckPath", AppTraffic.healthCheckPath(eb.effectiveSettings(env)));
            app.put("url", appUrl(endpoint.get(), env.cname).toString());
            out.add(app);
          }
        }
      }
    }
    return out;
  }

  /** The URL on the endpoint that reaches the application of the environment holding {@code cname}. */
  static URI appUrl(URI endpoint, String cname) {
    return URI.create(endpoint.toString().replaceAll("/+$", "") + AppTraffic.PREFIX + cname + "/");
  }

  private void armAppFault(JsonNode fault) {
    refuseUnknown(fault, APP_FAULT_FIELDS, "application fault");
    String label = fault.path("versionLabel").asText(null);
    if (label == null) {
      throw new IllegalArgumentException("an application fault needs \"versionLabel\"");
    }
    if (fault.has("timeoutMillis")) {
      appFaults.timeOutVersion(label, Duration.ofMillis(fault.get("timeoutMillis").asLong()));
    } else if (fault.has("firstRequests")) {
      appFaults.failFirstRequests(label, fault.get("firstRequests").asInt(), fault.path("status").asInt(503));
    } else {
      appFaults.failVersion(label, fault.path("status").asInt(500), fault.path("body").asText(null));
    }
  }

  private void configureSsm(JsonNode request) {
    refuseUnknown(request, SSM_FIELDS, "ssm setting");
    if (request.has("managedInstances")) {
      ssm.managedInstances(SsmAgents.Mode.parse(request.get("managedInstances").asText()));
    }
    if (request.has("ssmCapableProfiles")) {
      ssm.ssmCapableProfiles(texts(request.get("ssmCapableProfiles")));
    }
    if (request.has("addSsmCapableProfiles")) {
      ssm.ssmCapableProfile(texts(request.get("addSsmCapableProfiles")).toArray(String[]::new));
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static void refuseUnknown(JsonNode object, List<String> known, String what) {
    if (!object.isObject()) {
      throw new IllegalArgumentException("an " + what + " must be a JSON object");
    }
    object.fieldNames().forEachRemaining(f -> {
      if (!known.contains(f)) {
        throw new IllegalArgumentException("unknown " + what + " field '" + f + "'; known: " + known);
      }
    });
  }

  private static JsonNode read(byte[] body) throws IOException {
    return body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
  }

  private static ControlPath.Reply ok(Object value) throws JsonProcessingException {
    return new ControlPath.Reply(200, JSON.writeValueAsString(value));
  }
}
