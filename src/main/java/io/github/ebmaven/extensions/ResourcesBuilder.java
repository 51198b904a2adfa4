package io.github.ebmaven.extensions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Builds the {@code Resources} section: the POM's {@code <resources>} YAML merged with the
 * resources the shortcuts need ({@code <autoScalingHealthCheck>}, {@code <https>} redirect, {@code
 * <waf>}, the {@code <cloudWatch>} alarm). A
 * property two sources set to different values is a contradiction naming both elements.
 */
final class ResourcesBuilder {

  static final String AUTO_SCALING_GROUP = "AWSEBAutoScalingGroup";
  static final String HTTP_LISTENER = "AWSEBV2LoadBalancerListener";

  private final Map<String, Object> resources = new LinkedHashMap<>();
  private final Map<String, String> sources = new LinkedHashMap<>();

  /** Adds the POM's {@code <resources>} text; returns false and adds a problem when it is not a map of resources. */
  @SuppressWarnings("unchecked")
  boolean addYaml(String yaml, List<String> problems) {
    Object parsed;
    try {
      // Strict on purpose: short-form tags such as !Ref would be rendered without their tag.
      parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    } catch (MarkedYAMLException e) {
      problems.add(
          "<resources>:" + (e.getProblemMark().getLine() + 1) + ":" + (e.getProblemMark().getColumn() + 1)
              + ": invalid YAML: " + e.getProblem()
              + ". Fix the YAML; write CloudFormation functions in long form (Ref: Name, Fn::GetAtt: [Name, Attr]), not !Ref.");
      return false;
    } catch (YAMLException e) {
      problems.add(
          "<resources>: invalid YAML: " + e.getMessage()
              + ". Write CloudFormation functions in long form (Ref: Name, Fn::GetAtt: [Name, Attr]), not !Ref.");
      return false;
    }
    if (!(parsed instanceof Map)) {
      problems.add(
          "<resources>: expected a map of CloudFormation resources keyed by logical name, for example 'AWSEBAutoScalingGroup:' on the first line, not a "
              + ConfigParser.describe(parsed) + ".");
      return false;
    }
    Map<Object, Object> map = (Map<Object, Object>) parsed;
    if (map.size() == 1 && "Resources".equals(map.keySet().iterator().next())) {
      problems.add("<resources>: holds a 'Resources:' key; the element is the content of Resources, so remove that line and its indentation.");
      return false;
    }
    merge(resources, (Map<String, Object>) (Map<?, ?>) map, "<resources>", "", problems);
    return true;
  }

  void addAutoScalingHealthCheck(AutoScalingHealthCheck check, List<String> problems) {
    Map<String, Object> properties = new LinkedHashMap<>();
    if (check.type() != null) {
      properties.put("HealthCheckType", check.type());
    }
    if (check.gracePeriod() != null) {
      // Written as text, as EB's documentation and most hand-written files do; CloudFormation accepts both.
      properties.put("HealthCheckGracePeriod", String.valueOf(check.gracePeriod()));
    }
    Map<String, Object> group = new LinkedHashMap<>();
    group.put("Type", "AWS::AutoScaling::AutoScalingGroup");
    group.put("Properties", properties);
    merge(resources, Map.of(AUTO_SCALING_GROUP, group), "<autoScalingHealthCheck>", "", problems);
  }

  /** Replaces the port 80 listener's default action by a permanent redirect to HTTPS. */
  void addHttpsRedirect(List<String> problems) {
    Map<String, Object> redirect = new LinkedHashMap<>();
    redirect.put("Protocol", "HTTPS");
    redirect.put("Port", "443");
    redirect.put("Host", "#{host}");
    redirect.put("Path", "/#{path}");
    redirect.put("Query", "#{query}");
    redirect.put("StatusCode", "HTTP_301");
    Map<String, Object> action = new LinkedHashMap<>();
    action.put("Type", "redirect");
    action.put("RedirectConfig", redirect);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("LoadBalancerArn", Map.of("Ref", "AWSEBV2LoadBalancer"));
    properties.put("Port", 80);
    properties.put("Protocol", "HTTP");
    properties.put("DefaultActions", List.of(action));
    Map<String, Object> listener = new LinkedHashMap<>();
    listener.put("Type", "AWS::ElasticLoadBalancingV2::Listener");
    listener.put("Properties", properties);
    merge(resources, Map.of(HTTP_LISTENER, listener), "<https><redirectHttp>", "", problems);
  }

  /** Adds resources a typed element renders ({@code <waf>}, {@code <cloudWatch>}), keyed by logical name. */
  void add(Map<String, Object> addition, String source, List<String> problems) {
    merge(resources, addition, source, "", problems);
  }

  /** A resource of {@code type} with these properties, as CloudFormation reads it. */
  static Map<String, Object> resource(String type, Map<String, Object> properties) {
    Map<String, Object> resource = new LinkedHashMap<>();
    resource.put("Type", type);
    resource.put("Properties", properties);
    return resource;
  }

  Map<String, Object> resources() {
    return resources;
  }

  @SuppressWarnings("unchecked")
  private void merge(Map<String, Object> target, Map<String, Object> addition, String source, String path, List<String> problems) {
    for (Map.Entry<String, Object> entry : addition.entrySet()) {
      String key = String.valueOf(entry.getKey());
      String keyPath = path.isEmpty() ? key : path + "." + key;
      Object existing = target.get(key);
      if (existing == null) {
        target.put(key, mutableCopy(entry.getValue()));
        sources.put(keyPath, source);
      } else if (existing instanceof Map && entry.getValue() instanceof Map) {
        merge((Map<String, Object>) existing, (Map<String, Object>) entry.getValue(), source, keyPath, problems);
      } else if (!Objects.equals(String.valueOf(existing), String.valueOf(entry.getValue()))) {
        problems.add(
            source + " sets Resources " + keyPath + " to '" + entry.getValue() + "' but " + sourceOf(keyPath)
                + " sets it to '" + existing + "'. Keep one of them: remove " + keyPath + " from <resources>.");
      }
    }
  }

  /** Maps copied so later sources can merge into them, whatever map type they came as. */
  @SuppressWarnings("unchecked")
  private static Object mutableCopy(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<Object, Object>) map).forEach((k, v) -> copy.put(String.valueOf(k), mutableCopy(v)));
      return copy;
    }
    return value;
  }

  private String sourceOf(String keyPath) {
    for (String path = keyPath; !path.isEmpty(); path = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "") {
      String source = sources.get(path);
      if (source != null) {
        return source;
      }
    }
    return "<resources>";
  }
}
