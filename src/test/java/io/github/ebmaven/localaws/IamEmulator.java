package io.github.ebmaven.localaws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * IAM and STS on the endpoint's port: requests signed for {@code iam} or {@code sts}, Query
 * protocol, answered in their XML with IAM's error codes (NoSuchEntity 404, EntityAlreadyExists
 * 409, LimitExceeded 409, MalformedPolicyDocument 400, AccessDenied 403). Calls are counted as
 * {@code iam:<Action>} and {@code sts:<Action>}.
 */
final class IamEmulator {
  static final String IAM_NAMESPACE = "https://iam.amazonaws.com/doc/2010-05-08/";
  static final String STS_NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One IAM call: its parameters and the account of the signing region's partition. */
  private record Call(Params params, IamAccount account) { }

  private final Faults faults;
  private final Calls calls;
  private final Clock clock;
  private final String accountId;
  private final String accessKey;
  private final String secretKey;
  private final Map<String, IamAccount> partitions = new LinkedHashMap<>();
  private final Map<String, Function<Call, Object>> iamActions = new HashMap<>();
  private volatile Consumer<String> answered = action -> { };

  IamEmulator(LocalAwsOptions options, Faults faults, Calls calls) {
    this.faults = faults;
    this.calls = calls;
    this.clock = options.clock();
    this.accountId = options.accountId();
    this.accessKey = options.accessKey();
    this.secretKey = options.secretKey();
    iamActions.put("GetRole", c -> Xml.obj("Role", role(c.account(), c.account().role(required(c, "RoleName")))));
    iamActions.put("CreateRole", this::createRole);
    iamActions.put("AttachRolePolicy", c -> {
      c.account().attachRolePolicy(required(c, "RoleName"), required(c, "PolicyArn"));
      return null;
    });
    iamActions.put("ListAttachedRolePolicies", this::attachedPolicies);
    iamActions.put("ListRoles", c -> Xml.obj("Roles", c.account().roles().stream().map(r -> role(c.account(), r))
        .toList(), "IsTruncated", false));
    iamActions.put("GetInstanceProfile", c -> Xml.obj("InstanceProfile", profile(c.account(),
        c.account().instanceProfile(required(c, "InstanceProfileName")))));
    iamActions.put("CreateInstanceProfile", c -> {
      String name = name(c, "InstanceProfileName", 128);
      c.account().createInstanceProfile(name);
      return Xml.obj("InstanceProfile", profile(c.account(), c.account().instanceProfile(name)));
    });
    iamActions.put("AddRoleToInstanceProfile", c -> {
      c.account().addRoleToInstanceProfile(required(c, "InstanceProfileName"), required(c, "RoleName"));
      return null;
    });
    iamActions.put("ListInstanceProfiles", c -> Xml.obj("InstanceProfiles", c.account().instanceProfiles().stream()
        .map(p -> profile(c.account(), p)).toList(), "IsTruncated", false));
    iamActions.put("ListInstanceProfilesForRole", c -> Xml.obj("InstanceProfiles",
        c.account().profilesOf(required(c, "RoleName")).stream().map(p -> profile(c.account(), p)).toList(),
        "IsTruncated", false));
  }

  /** Told the label of every call once it is answered. */
  void onAnswered(Consumer<String> listener) {
    this.answered = listener;
  }

  /** Whether a request is signed for IAM or STS. */
  static boolean serves(RequestHead head) {
    String service = SigV4.signedService(head);
    return "iam".equals(service) || "sts".equals(service);
  }

  static EbError error(String code, int status, String message) {
    return new EbError(code, status, message);
  }

  /** The account of a partition, created on first use. */
  synchronized IamAccount account(String partition) {
    return partitions.computeIfAbsent(partition, p -> new IamAccount(p, accountId, clock));
  }

  synchronized Map<String, Object> describe() {
    Map<String, Object> out = new LinkedHashMap<>();
    partitions.forEach((partition, account) -> out.put(partition, account.describe()));
    return out;
  }

  /** Forgets every role and profile (the endpoint restarted empty). */
  synchronized void clear() {
    partitions.values().forEach(IamAccount::clear);
  }

  EbEmulator.Reply handle(RequestHead head, byte[] body) {
    String requestId = UUID.randomUUID().toString();
    Instant received = clock.instant();
    boolean sts = "sts".equals(SigV4.signedService(head));
    String service = sts ? "sts" : "iam";
    String namespace = sts ? STS_NAMESPACE : IAM_NAMESPACE;
    Params params = Params.of(head, body);
    String action = params.str("Action");
    String label = service + ":" + (action == null ? "(no Action)" : action);
    EbEmulator.Reply reply;
    try {
      String region = SigV4.authenticate(head, body, service, accessKey, secretKey);
      Object result = sts ? sts(action, params, region) : iam(action, label, params, region);
      reply = new EbEmulator.Reply(200, requestId, Xml.response(namespace, action, result, result != null, requestId));
    } catch (EbError e) {
      reply = new EbEmulator.Reply(e.status, requestId, Xml.error(namespace, e, requestId));
    }
    calls.record(label, received, reply.status());
    faults.pause(label);
    answered.accept(label);
    return reply;
  }

  private Object sts(String action, Params params, String region) {
    if (!"2011-06-15".equals(params.str("Version")) || !"GetCallerIdentity".equals(action)) {
      throw error("InvalidAction", 400, "Could not find operation " + action + " for version "
          + params.str("Version"));
    }
    EbError fault = faults.beforeEbCall("sts:" + action, clock.instant());
    if (fault != null) {
      throw fault;
    }
    return Xml.obj("Arn", callerArn(IamAccount.partitionOf(region)), "UserId", "AIDA" + callerSuffix(), "Account",
        accountId);
  }

  private Object iam(String action, String label, Params params, String region) {
    Function<Call, Object> handler = action == null ? null : iamActions.get(action);
    if (!"2010-05-08".equals(params.str("Version")) || handler == null) {
      throw error("InvalidAction", 400, "Could not find operation " + action + " for version " + params.str("Version"));
    }
    EbError fault = faults.beforeEbCall(label, clock.instant());
    if (fault != null) {
      throw fault;
    }
    String partition = IamAccount.partitionOf(region);
    if (faults.deniesIam(action)) {
      throw error("AccessDenied", 403, "User: " + callerArn(partition) + " is not authorized to perform: iam:" + action
          + " on resource: " + resourceOf(account(partition), action, params)
          + " because no identity-based policy allows the iam:" + action + " action");
    }
    return handler.apply(new Call(params, account(partition)));
  }

  private String callerArn(String partition) {
    return "arn:" + partition + ":iam::" + accountId + ":user/" + (accessKey.matches("[\\w+=,.@-]{1,64}") ? accessKey
        : "local-aws");
  }

  private String callerSuffix() {
    return Integer.toHexString(accessKey.hashCode() & 0x7fffffff).toUpperCase() + "EXAMPLE";
  }

  private static String resourceOf(IamAccount account, String action, Params params) {
    String profile = params.str("InstanceProfileName");
    String role = params.str("RoleName");
    return profile != null ? account.arn("instance-profile/" + profile)
        : role != null ? account.arn("role/" + role) : account.arn("*");
  }

  private Object createRole(Call c) {
    String name = name(c, "RoleName", 64);
    String document = required(c, "AssumeRolePolicyDocument");
    try {
      JSON.readTree(document);
    } catch (JsonProcessingException e) {
      throw error("MalformedPolicyDocument", 400, "This policy contains invalid Json");
    }
    c.account().createRole(name, document);
    return Xml.obj("Role", role(c.account(), c.account().role(name)));
  }

  private Object attachedPolicies(Call c) {
    List<Object> policies = new ArrayList<>();
    for (String arn : c.account().role(required(c, "RoleName")).policies()) {
      policies.add(Xml.obj("PolicyName", arn.substring(arn.lastIndexOf('/') + 1), "PolicyArn", arn));
    }
    return Xml.obj("AttachedPolicies", policies, "IsTruncated", false);
  }

  private static String required(Call c, String member) {
    String value = c.params().str(member);
    if (value == null || value.isEmpty()) {
      throw error("ValidationError", 400, "1 validation error detected: Value null at '"
          + Character.toLowerCase(member.charAt(0)) + member.substring(1) + "' failed to satisfy constraint: Member must"
          + " not be null");
    }
    return value;
  }

  private static String name(Call c, String member, int maxLength) {
    String value = required(c, member);
    if (!value.matches("[\\w+=,.@-]{1," + maxLength + "}")) {
      throw error("ValidationError", 400, "1 validation error detected: Value '" + value + "' at '"
          + Character.toLowerCase(member.charAt(0)) + member.substring(1) + "' failed to satisfy constraint: Member must"
          + " satisfy regular expression pattern: [\\w+=,.@-]+");
    }
    return value;
  }

  /** A Role element; IAM answers the trust policy URL-encoded. */
  private static Map<String, Object> role(IamAccount account, IamAccount.Role r) {
    return Xml.obj("Path", r.path(), "RoleName", r.name(), "RoleId", r.id(), "Arn",
        account.arn("role" + r.path() + r.name()), "CreateDate", r.created(), "AssumeRolePolicyDocument",
        URLEncoder.encode(r.trustPolicy(), StandardCharsets.UTF_8).replace("+", "%20"), "MaxSessionDuration", 3600);
  }

  private static Map<String, Object> profile(IamAccount account, IamAccount.InstanceProfile p) {
    List<Object> roles = new ArrayList<>();
    for (String roleName : p.roles()) {
      roles.add(role(account, account.role(roleName)));
    }
    return Xml.obj("Path", p.path(), "InstanceProfileName", p.name(), "InstanceProfileId", p.id(), "Arn",
        account.arn("instance-profile" + p.path() + p.name()), "CreateDate", p.created(), "Roles", roles);
  }
}
