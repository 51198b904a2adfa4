package io.github.ebmaven.localaws;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EC2's Query API for the instances behind the emulator's environments: {@code DescribeInstances}
 * and {@code DescribeKeyPairs}, with EC2's list encoding ({@code InstanceId.1},
 * {@code Filter.1.Name}, {@code Filter.1.Value.1}), filters with {@code *}/{@code ?} wildcards,
 * paging, and EC2's XML and error codes, so the AWS CLI and the SDK's {@code Ec2Client} read them.
 */
final class Ec2Api extends SignedApi {
  static final String NAMESPACE = "http://ec2.amazonaws.com/doc/2016-11-15/";
  private static final Pattern INSTANCE_ID = Pattern.compile("i-[0-9a-f]{8}(?:[0-9a-f]{9})?");
  private static final Pattern FILTER_NAME = Pattern.compile("Filter\\.(\\d+)\\.Name");

  /** A filter of a Describe call: a name and values that may hold wildcards. */
  record Filter(String name, List<Pattern> values) { }

  Ec2Api(LocalAwsOptions options, EbEmulator eb, Calls calls, Faults faults) {
    super("ec2", options, eb, calls, faults);
  }

  @Override
  String actionOf(RequestHead head, byte[] body) {
    return form(head, body).get("Action");
  }

  @Override
  Reply run(String action, String region, RequestHead head, byte[] body, String requestId) {
    Map<String, String> params = form(head, body);
    if (action == null || action.isEmpty()) {
      throw new ServiceError("MissingAction", 400, "The request must contain the parameter Action");
    }
    if (params.get("Version") == null) {
      throw new ServiceError("MissingParameter", 400, "The request must contain the parameter Version");
    }
    if (!action.equals("DescribeInstances") && !action.equals("DescribeKeyPairs")) {
      throw new ServiceError("InvalidAction", 400, "The action " + action + " is not valid for this web service.");
    }
    if (Boolean.parseBoolean(params.get("DryRun"))) {
      throw new ServiceError("DryRunOperation", 412, "Request would have succeeded, but DryRun flag is set.");
    }
    Ec2Xml xml = new Ec2Xml(action, requestId);
    if (action.equals("DescribeInstances")) {
      describeInstances(params, region, xml);
    } else {
      describeKeyPairs(params, region, xml);
    }
    return new Reply(200, "text/xml;charset=UTF-8", xml.finish());
  }

  private void describeInstances(Map<String, String> params, String region, Ec2Xml xml) {
    List<String> ids = indexed(params, "InstanceId");
    for (String id : ids) {
      if (!INSTANCE_ID.matcher(id).matches()) {
        throw new ServiceError("InvalidInstanceID.Malformed", 400, "Invalid id: \"" + id + "\" (expecting \"i-...\")");
      }
    }
    String max = params.get("MaxResults");
    if (max != null && !ids.isEmpty()) {
      throw new ServiceError("InvalidParameterCombination", 400,
          "The parameter instancesSet cannot be used with the parameter maxResults");
    }
    List<InstanceFacts.Instance> all = InstanceFacts.of(eb, region);
    List<String> missing = new ArrayList<>();
    for (String id : ids) {
      if (all.stream().noneMatch(i -> i.id().equals(id))) {
        missing.add(id);
      }
    }
    if (!missing.isEmpty()) {
      throw new ServiceError("InvalidInstanceID.NotFound", 400, missing.size() == 1
          ? "The instance ID '" + missing.get(0) + "' does not exist"
          : "The instance IDs '" + String.join(", ", missing) + "' do not exist");
    }
    List<Filter> filters = filters(params);
    List<InstanceFacts.Instance> matching = new ArrayList<>();
    for (InstanceFacts.Instance instance : all) {
      if ((ids.isEmpty() || ids.contains(instance.id())) && matches(filters, instanceFacets(instance))) {
        matching.add(instance);
      }
    }
    List<InstanceFacts.Instance> page = page(matching, max, params.get("NextToken"), xml);
    xml.open("reservationSet");
    for (InstanceFacts.Instance instance : page) {
      xml.open("item").leaf("reservationId", "r-0" + InstanceFacts.hex(instance.id(), 16))
          .leaf("ownerId", instance.accountId()).empty("groupSet").open("instancesSet");
      xml.instance(instance);
      xml.close("instancesSet").close("item");
    }
    xml.close("reservationSet");
  }

  /** One key pair per key name the region's live environments use. */
  private void describeKeyPairs(Map<String, String> params, String region, Ec2Xml xml) {
    Map<String, Instant> keys = new TreeMap<>();
    for (InstanceFacts.Instance instance : InstanceFacts.of(eb, region)) {
      if (instance.keyName() != null && !"terminated".equals(instance.state())) {
        keys.merge(instance.keyName(), instance.launchTime(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    List<String> names = indexed(params, "KeyName");
    List<String> pairIds = indexed(params, "KeyPairId");
    for (String name : names) {
      if (!keys.containsKey(name)) {
        throw new ServiceError("InvalidKeyPair.NotFound", 400, "The key pair '" + name + "' does not exist");
      }
    }
    List<Filter> filters = filters(params);
    xml.open("keySet");
    for (Map.Entry<String, Instant> key : keys.entrySet()) {
      String id = "key-0" + InstanceFacts.hex(key.getKey(), 16);
      Map<String, List<String>> facets = Map.of("key-name", List.of(key.getKey()), "key-pair-id", List.of(id));
      if ((names.isEmpty() || names.contains(key.getKey())) && (pairIds.isEmpty() || pairIds.contains(id))
          && matches(filters, facets)) {
        xml.open("item").leaf("keyPairId", id).leaf("keyFingerprint", fingerprint(key.getKey()))
            .leaf("keyName", key.getKey()).leaf("keyType", "rsa").empty("tagSet").leaf("createTime", key.getValue())
            .close("item");
      }
    }
    xml.close("keySet");
  }

  private static String fingerprint(String keyName) {
    String hex = InstanceFacts.hex(keyName + "#fingerprint", 40);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < hex.length(); i += 2) {
      sb.append(i == 0 ? "" : ":").append(hex, i, i + 2);
    }
    return sb.toString();
  }

  /** What each instance filter EC2 documents (the ones the emulator knows) sees of an instance. */
  private static Map<String, List<String>> instanceFacets(InstanceFacts.Instance i) {
    Map<String, List<String>> facets = new LinkedHashMap<>();
    Function<String, List<String>> one = v -> v == null ? List.of() : List.of(v);
    facets.put("instance-id", one.apply(i.id()));
    facets.put("instance-state-name", one.apply(i.state()));
    facets.put("instance-state-code", one.apply(Integer.toString(i.stateCode())));
    facets.put("instance-type", one.apply(i.instanceType()));
    facets.put("image-id", one.apply(i.imageId()));
    facets.put("availability-zone", one.apply(i.availabilityZone()));
    facets.put("vpc-id", one.apply(i.vpcId()));
    facets.put("subnet-id", one.apply(i.subnetId()));
    facets.put("key-name", one.apply(i.keyName()));
    facets.put("private-ip-address", one.apply(i.privateIp()));
    facets.put("private-dns-name", one.apply(i.privateDns()));
    facets.put("ip-address", one.apply(i.publicIp()));
    facets.put("dns-name", one.apply(i.publicDns()));
    facets.put("iam-instance-profile.arn", one.apply(i.instanceProfileArn()));
    facets.put("instance.group-id", new ArrayList<>(i.securityGroups().keySet()));
    facets.put("instance.group-name", new ArrayList<>(i.securityGroups().values()));
    facets.put("tag-key", new ArrayList<>(i.tags().keySet()));
    facets.put("tag-value", new ArrayList<>(i.tags().values()));
    i.tags().forEach((k, v) -> facets.put("tag:" + k, List.of(v)));
    return facets;
  }

  /** Whether every filter has a value matching one of the facet's values; unknown filter names are refused. */
  private static boolean matches(List<Filter> filters, Map<String, List<String>> facets) {
    for (Filter filter : filters) {
      List<String> seen = facets.get(filter.name());
      if (seen == null) {
        if (filter.name().startsWith("tag:")) {
          return false;
        }
        throw new ServiceError("InvalidParameterValue", 400, "The filter '" + filter.name() + "' is invalid");
      }
      if (seen.stream().noneMatch(v -> filter.values().stream().anyMatch(p -> p.matcher(v).matches()))) {
        return false;
      }
    }
    return true;
  }

  private static <T> List<T> page(List<T> all, String maxResults, String nextToken, Ec2Xml xml) {
    int max = all.size();
    if (maxResults != null) {
      try {
        max = Integer.parseInt(maxResults);
      } catch (NumberFormatException e) {
        max = -1;
      }
      if (max < 5 || max > 1000) {
        throw new ServiceError("InvalidParameterValue", 400, "Value ( " + maxResults
            + " ) for parameter maxResults is invalid. Expecting a value between 5 and 1000.");
      }
    }
    Page<T> page = Page.of(all, max, nextToken,
        () -> new ServiceError("InvalidParameterValue", 400, "Invalid value '" + nextToken + "' for nextToken"));
    if (page.nextToken() != null) {
      xml.nextToken(page.nextToken());
    }
    return page.items();
  }

  /** The form parameters of the query string and the body, as EC2's flat names. */
  static Map<String, String> form(RequestHead head, byte[] body) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String part : List.of(head.rawQuery(), new String(body, StandardCharsets.UTF_8))) {
      for (String pair : part.split("&")) {
        if (!pair.isEmpty()) {
          int eq = pair.indexOf('=');
          out.putIfAbsent(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
              eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }

  /** The values of an EC2 list parameter ({@code Name.1}, {@code Name.2}, ...) in index order. */
  static List<String> indexed(Map<String, String> params, String name) {
    Pattern item = Pattern.compile(Pattern.quote(name) + "\\.(\\d+)");
    TreeMap<Integer, String> values = new TreeMap<>();
    params.forEach((k, v) -> {
      Matcher m = item.matcher(k);
      if (m.matches()) {
        values.put(Integer.parseInt(m.group(1)), v);
      }
    });
    return new ArrayList<>(values.values());
  }

  static List<Filter> filters(Map<String, String> params) {
    TreeMap<Integer, Filter> filters = new TreeMap<>();
    params.forEach((k, v) -> {
      Matcher m = FILTER_NAME.matcher(k);
      if (m.matches()) {
        List<Pattern> values = new ArrayList<>();
        for (String value : indexed(params, "Filter." + m.group(1) + ".Value")) {
          values.add(wildcard(value));
        }
        filters.put(Integer.parseInt(m.group(1)), new Filter(v, values));
      }
    });
    return new ArrayList<>(filters.values());
  }

  /** EC2's filter wildcards: {@code *} any run of characters, {@code ?} one character, {@code \} escapes. */
  static Pattern wildcard(String value) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        regex.append(Pattern.quote(String.valueOf(value.charAt(++i))));
      } else if (c == '*') {
        regex.append(".*");
      } else if (c == '?') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  @Override
  ServiceError authError(SignatureCheck.Problem problem) {
    return switch (problem) {
      case MALFORMED, NO_DATE -> new ServiceError("IncompleteSignature", 400, "Request must contain a signature that"
          + " conforms to AWS standards");
      default -> new ServiceError("AuthFailure", 401, "AWS was not able to validate the provided access credentials");
    };
  }

  @Override
  Reply error(ServiceError error, String requestId) {
    return new Reply(error.status, "text/xml;charset=UTF-8", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<Response><Errors><Error><Code>" + Xml.escape(error.code) + "</Code><Message>"
        + Xml.escape(error.getMessage()) + "</Message></Error></Errors><RequestID>" + requestId
        + "</RequestID></Response>");
  }
}
