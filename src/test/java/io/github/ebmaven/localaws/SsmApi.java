package io.github.ebmaven.localaws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Systems Manager's JSON 1.1 API ({@code X-Amz-Target: AmazonSSM.<Action>}) for the instances
 * behind the emulator's environments: {@code DescribeInstanceInformation} lists the running ones
 * {@link SsmAgents} counts as managed (PingStatus Online, ConnectionLost while shutting down);
 * {@code StartSession} and {@code TerminateSession} answer as Session Manager does without
 * opening a data channel.
 */
final class SsmApi extends SignedApi {
  static final String TARGET_PREFIX = "AmazonSSM.";
  private static final String JSON_TYPE = "application/x-amz-json-1.1";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> FILTER_KEYS = List.of("InstanceIds", "AgentVersion", "PingStatus", "PlatformTypes",
      "ActivationIds", "IamRole", "ResourceType", "AssociationStatus");
  private static final Set<String> SESSION_DOCUMENTS = Set.of("SSM-SessionManagerRunShell", "AWS-StartSSHSession",
      "AWS-StartPortForwardingSession", "AWS-StartPortForwardingSessionToRemoteHost", "AWS-StartInteractiveCommand",
      "AWS-StartNonInteractiveCommand");
  static final String AGENT_VERSION = "3.3.1957.0";

  private final SsmAgents agents;
  private final String accessKey;
  private final SecureRandom random = new SecureRandom();

  SsmApi(LocalAwsOptions options, EbEmulator eb, Calls calls, Faults faults, SsmAgents agents) {
    super("ssm", options, eb, calls, faults);
    this.agents = agents;
    this.accessKey = options.accessKey();
  }

  @Override
  String actionOf(RequestHead head, byte[] body) {
    String target = head.header("X-Amz-Target");
    return target != null && target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : null;
  }

  @Override
  Reply run(String action, String region, RequestHead head, byte[] body, String requestId) {
    JsonNode request;
    try {
      request = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
    } catch (IOException e) {
      throw new ServiceError("SerializationException", 400, "The request body is not valid JSON.");
    }
    if (request == null || !request.isObject()) {
      throw new ServiceError("SerializationException", 400, "The request body must be a JSON object.");
    }
    Object result = switch (action == null ? "" : action) {
      case "DescribeInstanceInformation" -> describe(request, region);
      case "StartSession" -> startSession(request, region);
      case "TerminateSession" -> Map.of("SessionId", terminateSession(request));
      default -> throw new ServiceError("UnknownOperationException", 400, null);
    };
    try {
      return new Reply(200, JSON_TYPE, JSON.writeValueAsString(result));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An instance SSM manages, with its ping status. */
  private record Managed(InstanceFacts.Instance instance, String pingStatus) { }

  /** The managed instances of a region: running ones Online, shutting-down ones ConnectionLost. */
  private List<Managed> managed(String region) {
    List<Managed> out = new ArrayList<>();
    for (InstanceFacts.Instance i : InstanceFacts.of(eb, region)) {
      boolean reachable = i.running() || "shutting-down".equals(i.state());
      if (reachable && agents.managed(i.instanceProfileName())) {
        out.add(new Managed(i, i.running() ? "Online" : "ConnectionLost"));
      }
    }
    return out;
  }

  private Map<String, Object> information(Managed managed) {
    InstanceFacts.Instance i = managed.instance();
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("InstanceId", i.id());
    info.put("PingStatus", managed.pingStatus());
    info.put("LastPingDateTime", (eb.now().toEpochMilli() - 30_000) / 1000.0);
    info.put("AgentVersion", AGENT_VERSION);
    info.put("IsLatestVersion", true);
    info.put("PlatformType", "Linux");
    info.put("PlatformName", "Amazon Linux");
    info.put("PlatformVersion", "2023");
    info.put("ResourceType", "EC2Instance");
    info.put("IPAddress", i.privateIp());
    info.put("ComputerName", i.privateDns());
    info.put("SourceId", i.id());
    info.put("SourceType", "AWS::EC2::Instance");
    return info;
  }

  private Map<String, Object> describe(JsonNode request, String region) {
    List<JsonNode> filters = new ArrayList<>();
    int index = 0;
    for (JsonNode f : request.path("InstanceInformationFilterList")) {
      String key = f.path("key").asText();
      index++;
      if (!FILTER_KEYS.contains(key)) {
        throw validation("Value '" + key + "' at 'instanceInformationFilterList." + index + ".member.key' failed to"
            + " satisfy constraint: Member must satisfy enum value set: " + FILTER_KEYS);
      }
      filters.add(JSON.createObjectNode().put("Key", key).set("Values", f.path("valueSet")));
    }
    for (JsonNode f : request.path("Filters")) {
      String key = f.path("Key").asText();
      if (!FILTER_KEYS.contains(key) && !key.startsWith("tag:") && !key.equals("tag-key")) {
        throw new ServiceError("InvalidFilterKey", 400, "The filter key " + key + " is not valid.");
      }
      filters.add(f);
    }
    List<Map<String, Object>> matching = new ArrayList<>();
    for (Managed managed : managed(region)) {
      if (filters.stream().allMatch(f -> passes(f, managed))) {
        matching.add(information(managed));
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("InstanceInformationList", page(matching, request, out));
    return out;
  }

  /** Whether a filter lets an instance through; keys SSM knows but EC2 instances lack (ActivationIds ...) match none. */
  private static boolean passes(JsonNode filter, Managed managed) {
    String key = filter.path("Key").asText();
    List<String> wanted = new ArrayList<>();
    filter.path("Values").forEach(v -> wanted.add(v.asText()));
    Map<String, String> tags = managed.instance().tags();
    List<String> seen = switch (key) {
      case "InstanceIds" -> List.of(managed.instance().id());
      case "PingStatus" -> List.of(managed.pingStatus());
      case "PlatformTypes" -> List.of("Linux");
      case "ResourceType" -> List.of("EC2Instance");
      case "AgentVersion" -> List.of(AGENT_VERSION);
      case "tag-key" -> new ArrayList<>(tags.keySet());
      default -> key.startsWith("tag:") && tags.containsKey(key.substring(4)) ? List.of(tags.get(key.substring(4)))
          : List.of();
    };
    return seen.stream().anyMatch(wanted::contains);
  }

  private static List<Map<String, Object>> page(List<Map<String, Object>> all, JsonNode request,
      Map<String, Object> out) {
    int max = 50;
    if (request.has("MaxResults")) {
      max = request.get("MaxResults").asInt();
      if (max < 5 || max > 50) {
        throw validation("Value '" + max + "' at 'maxResults' failed to satisfy constraint: Member must have value "
            + (max < 5 ? "greater than or equal to 5" : "less than or equal to 50"));
      }
    }
    Page<Map<String, Object>> page = Page.of(all, max, request.path("NextToken").asText(""),
        () -> new ServiceError("InvalidNextToken", 400, "The specified token is not valid."));
    if (page.nextToken() != null) {
      out.put("NextToken", page.nextToken());
    }
    return page.items();
  }

  private Map<String, Object> startSession(JsonNode request, String region) {
    String target = request.path("Target").asText(null);
    if (target == null || target.isEmpty()) {
      throw validation("Value null at 'target' failed to satisfy constraint: Member must not be null");
    }
    String document = request.path("DocumentName").asText(null);
    if (document != null && !SESSION_DOCUMENTS.contains(document)) {
      throw new ServiceError("InvalidDocument", 400, "Document with name " + document + " does not exist.");
    }
    boolean online = managed(region).stream()
        .anyMatch(m -> target.equals(m.instance().id()) && "Online".equals(m.pingStatus()));
    if (!online) {
      throw new ServiceError("TargetNotConnected", 400, target + " is not connected.");
    }
    byte[] id = new byte[9];
    byte[] token = new byte[48];
    random.nextBytes(id);
    random.nextBytes(token);
    String sessionId = accessKey + "-" + HexFormat.of().formatHex(id).substring(0, 17);
    agents.opened(new SsmAgents.Session(sessionId, target, document, region, eb.now()));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("SessionId", sessionId);
    out.put("TokenValue", Base64.getEncoder().encodeToString(token));
    out.put("StreamUrl", "wss://ssmmessages." + region + ".amazonaws.com/v1/data-channel/" + sessionId
        + "?role=publish_subscribe");
    return out;
  }

  private String terminateSession(JsonNode request) {
    String sessionId = request.path("SessionId").asText(null);
    if (sessionId == null || sessionId.isEmpty()) {
      throw validation("Value null at 'sessionId' failed to satisfy constraint: Member must not be null");
    }
    agents.terminated(sessionId);
    return sessionId;
  }

  private static ServiceError validation(String detail) {
    return new ServiceError("ValidationException", 400, "1 validation error detected: " + detail);
  }

  @Override
  ServiceError authError(SignatureCheck.Problem problem) {
    return switch (problem) {
      case MISSING -> new ServiceError("MissingAuthenticationTokenException", 400, "Missing Authentication Token");
      case MALFORMED, NO_DATE -> new ServiceError("IncompleteSignatureException", 400,
          "Request must contain a signature that conforms to AWS standards");
      case UNKNOWN_KEY -> new ServiceError("UnrecognizedClientException", 400,
          "The security token included in the request is invalid.");
      default -> new ServiceError("InvalidSignatureException", 400, "The request signature we calculated does not"
          + " match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the"
          + " service documentation for details.");
    };
  }

  @Override
  Reply error(ServiceError error, String requestId) {
    ObjectNode body = JSON.createObjectNode().put("__type", error.code);
    if (error.getMessage() != null) {
      body.put("message", error.getMessage());
    }
    return new Reply(error.status, JSON_TYPE, body.toString());
  }
}
