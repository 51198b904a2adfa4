package io.github.ebmaven.localaws;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The JSON bodies of the control path turned into calls on {@link Faults}, {@link
 * AccountSettings} and {@link IamAccount}: the same vocabulary as the Java methods, so an invoker
 * IT's setup script arms what a unit test arms. Unknown fields are refused so typos do not pass
 * silently.
 */
final class ControlRequests {
  private static final Set<String> FAULTS = Set.of("failNextDeployment", "failNextConfigurationUpdate",
      "failNextRestart", "failNextRebuild", "crashAfterStart", "degradeHealthAfterNextDeployment", "hangNextUpdate",
      "throttleNextCalls", "throttleAbovePerSecond", "failNextCalls", "failStatus", "slowResponsesMillis",
      "resetNextS3UploadAfterBytes", "denyIam", "denyCreateBucket", "denyS3ListBucket", "noDefaultVpc", "bucketRegions",
      "restartEmptyAfterCalls", "goDownAfterCalls", "downForMillis", "actions");
  private static final Set<String> ACCOUNT = Set.of("legacyAccount", "applicationVersionQuota");
  private static final Set<String> IAM = Set.of("ebDefaultRoles", "roles", "instanceProfiles", "partition");

  private ControlRequests() {}

  private static void known(JsonNode request, Set<String> known, String what) {
    request.fieldNames().forEachRemaining(f -> {
      if (!known.contains(f)) {
        throw new IllegalArgumentException("unknown " + what + " '" + f + "'; known: " + new java.util.TreeSet<>(known));
      }
    });
  }

  private static int times(JsonNode node) {
    return node == null ? 0 : node.isBoolean() ? (node.asBoolean() ? 1 : 0) : node.asInt();
  }

  private static String[] strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else if (node != null && node.isTextual()) {
      out.add(node.asText());
    }
    return out.toArray(String[]::new);
  }

  /** Arms the faults a JSON object names. */
  static void arm(Faults faults, JsonNode request) {
    known(request, FAULTS, "fault");
    String[] actions = strings(request.get("actions"));
    for (int i = times(request.get("failNextDeployment")); i > 0; i--) {
      faults.failNextDeployment();
    }
    for (int i = times(request.get("failNextConfigurationUpdate")); i > 0; i--) {
      faults.failNextConfigurationUpdate();
    }
    for (int i = times(request.get("failNextRestart")); i > 0; i--) {
      faults.failNextRestart();
    }
    for (int i = times(request.get("failNextRebuild")); i > 0; i--) {
      faults.failNextRebuild();
    }
    JsonNode crash = request.get("crashAfterStart");
    if (crash != null && (crash.isTextual() || crash.isArray())) {
      faults.crashAfterStart(strings(crash));
    } else {
      for (int i = times(crash); i > 0; i--) {
        faults.crashAfterStart();
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
    JsonNode deny = request.get("denyIam");
    if (deny != null && !(deny.isBoolean() && !deny.asBoolean())) {
      faults.denyIam(deny.isBoolean() ? new String[0] : strings(deny));
    }
    if (request.path("denyCreateBucket").asBoolean(false)) {
      faults.denyCreateBucket();
    }
    if (request.path("denyS3ListBucket").asBoolean(false)) {
      faults.denyS3ListBucket();
    }
    if (request.path("noDefaultVpc").asBoolean(false)) {
      faults.noDefaultVpc();
    }
    request.path("bucketRegions").fields().forEachRemaining(e -> faults.bucketInRegion(e.getKey(), e.getValue().asText()));
    if (request.has("restartEmptyAfterCalls")) {
      faults.restartEmptyAfter(request.get("restartEmptyAfterCalls").asInt(), actions);
    }
    if (request.has("goDownAfterCalls")) {
      faults.goDownAfter(request.get("goDownAfterCalls").asInt(),
          Duration.ofMillis(request.path("downForMillis").asLong(0)), actions);
    }
  }

  /** Changes the account settings a JSON object names. */
  static void account(AccountSettings account, JsonNode request) {
    known(request, ACCOUNT, "account setting");
    if (request.has("legacyAccount")) {
      account.legacy(request.get("legacyAccount").asBoolean());
    }
    if (request.has("applicationVersionQuota")) {
      account.applicationVersionQuota(request.get("applicationVersionQuota").asInt());
    }
  }

  /**
   * Pre-creates IAM roles and instance profiles: {@code {"ebDefaultRoles": true}}, or {@code
   * {"roles": [{"name": ..., "trustPolicy": ..., "policies": [...]}], "instanceProfiles": [{"name":
   * ..., "role": ...}]}}, in the partition {@code "partition"} (default {@code aws}).
   */
  static void iam(IamEmulator iam, JsonNode request) {
    known(request, IAM, "IAM field");
    IamAccount account = iam.account(request.path("partition").asText("aws"));
    if (request.path("ebDefaultRoles").asBoolean(false)) {
      account.createEbDefaultRoles();
    }
    for (JsonNode role : request.path("roles")) {
      String name = role.path("name").asText();
      account.createRole(name, role.path("trustPolicy").asText("{\"Version\":\"2012-10-17\",\"Statement\":[]}"));
      role.path("policies").forEach(p -> account.attachRolePolicy(name, p.asText()));
    }
    for (JsonNode profile : request.path("instanceProfiles")) {
      account.createInstanceProfile(profile.path("name").asText());
      if (profile.hasNonNull("role")) {
        account.addRoleToInstanceProfile(profile.path("name").asText(), profile.get("role").asText());
      }
    }
  }
}
