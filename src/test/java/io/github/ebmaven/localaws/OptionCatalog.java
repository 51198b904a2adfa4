package io.github.ebmaven.localaws;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The configuration options the endpoint knows, read from a YAML catalog ({@code
 * /localaws/option-catalog.yaml}, generated from EB's documentation tables by {@link
 * OptionCatalogGenerator}; the format is the plugin's own option catalog plus optional {@code
 * default} and {@code platform} keys, see docs/local-aws.md). Options in a known namespace must
 * exist; namespaces marked {@code anyOption} accept any option name, {@code staticFiles} ones any
 * path starting with {@code /}; {@code {name}} and {@code {port}} in a namespace match any
 * process, listener, policy or rule name.
 */
final class OptionCatalog {
  static final String ENV_PROPERTIES = "aws:elasticbeanstalk:application:environment";
  static final String RESOURCE = "/localaws/option-catalog.yaml";

  /** One option: its type is string, boolean, integer (with optional bounds) or enum (with values). */
  record Option(String namespace, String name, String type, Long min, Long max, List<String> values,
      String defaultValue, String platform) {

    Map<String, Object> toXml() {
      List<String> choices = "boolean".equals(type) ? List.of("true", "false") : values;
      return Xml.obj("Namespace", namespace, "Name", name, "DefaultValue", defaultValue, "ChangeSeverity",
          changeSeverity(namespace), "UserDefined", false, "ValueType", "Scalar", "ValueOptions",
          choices.isEmpty() ? null : choices, "MinValue", min, "MaxValue", max);
    }

    boolean appliesTo(String solutionStack) {
      return platform == null || (solutionStack != null && solutionStack.contains(platform));
    }
  }

  /** One namespace of the catalog; {@code matcher} is set when its name holds {@code {name}} or {@code {port}}. */
  private record Namespace(String name, Pattern matcher, boolean anyOption, boolean staticFiles, String platform,
      Map<String, Option> options) { }

  private final Map<String, Namespace> namespaces = new LinkedHashMap<>();

  private OptionCatalog() {}

  /** The endpoint's own catalog. */
  static OptionCatalog load() {
    return load(OptionCatalog.class.getResource(RESOURCE));
  }

  /** A catalog in this format: the endpoint's own, or the plugin's generated one (which has no defaults). */
  @SuppressWarnings("unchecked")
  static OptionCatalog load(URL resource) {
    if (resource == null) {
      throw new IllegalStateException("missing option catalog " + RESOURCE);
    }
    Map<String, Object> root;
    try (InputStream in = resource.openStream()) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    OptionCatalog catalog = new OptionCatalog();
    Map<String, Object> all = (Map<String, Object>) root.get("namespaces");
    if (all == null) {
      throw new IllegalStateException(resource + " has no 'namespaces' map");
    }
    all.forEach((name, value) -> catalog.add(name, value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of()));
    return catalog;
  }

  @SuppressWarnings("unchecked")
  private void add(String name, Map<String, Object> spec) {
    String platform = spec.get("platform") == null ? null : String.valueOf(spec.get("platform"));
    Map<String, Option> options = new LinkedHashMap<>();
    Map<String, Object> given = spec.get("options") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    given.forEach((optionName, optionSpec) -> options.put(optionName, option(name, optionName, optionSpec, platform)));
    Pattern matcher = name.contains("{") ? Pattern.compile(Pattern.quote(name).replaceAll("\\{(name|port)}",
        "\\\\E[^:]+\\\\Q")) : null;
    namespaces.put(name, new Namespace(name, matcher, Boolean.TRUE.equals(spec.get("anyOption")),
        Boolean.TRUE.equals(spec.get("staticFiles")), platform, options));
  }

  @SuppressWarnings("unchecked")
  private static Option option(String namespace, String name, Object spec, String platform) {
    if (!(spec instanceof Map<?, ?>)) {
      return new Option(namespace, name, String.valueOf(spec), null, null, List.of(), null, platform);
    }
    Map<String, Object> m = (Map<String, Object>) spec;
    List<String> values = new ArrayList<>();
    if (m.get("values") instanceof List<?> list) {
      list.forEach(v -> values.add(String.valueOf(v)));
    }
    return new Option(namespace, name, String.valueOf(m.getOrDefault("type", "string")), number(m.get("min")),
        number(m.get("max")), List.copyOf(values), m.get("default") == null ? null : String.valueOf(m.get("default")),
        platform);
  }

  private static Long number(Object value) {
    return value == null ? null : Long.valueOf(String.valueOf(value));
  }

  private Namespace namespace(String name) {
    Namespace exact = namespaces.get(name);
    if (exact != null) {
      return exact;
    }
    for (Namespace ns : namespaces.values()) {
      if (ns.matcher() != null && ns.matcher().matcher(name).matches()) {
        return ns;
      }
    }
    return null;
  }

  /** Whether any option name is accepted in the namespace (environment properties, custom options, JVM options). */
  boolean freeForm(String namespace) {
    Namespace ns = namespace(namespace);
    return ns != null && ns.anyOption();
  }

  /** The options of concrete namespaces that apply to a solution stack, in catalog order. */
  List<Option> optionsFor(String solutionStack) {
    List<Option> out = new ArrayList<>();
    for (Namespace ns : namespaces.values()) {
      if (ns.matcher() == null) {
        ns.options().values().stream().filter(o -> o.appliesTo(solutionStack)).forEach(out::add);
      }
    }
    return out;
  }

  /**
   * The values EB reports for options nobody set: the documented defaults of the namespaces that
   * apply to this kind of environment (no load balancer namespaces for a single instance or a
   * worker, only the classic or only the v2 load balancer ones, no database or worker-queue
   * namespaces unless the environment has them).
   */
  Map<OptionKey, String> defaults(String solutionStack, String tierName, Map<OptionKey, String> configured) {
    String environmentType = configured.getOrDefault(OptionKey.of("aws:elasticbeanstalk:environment", "EnvironmentType"),
        defaultOf("aws:elasticbeanstalk:environment", "EnvironmentType", "LoadBalanced"));
    String loadBalancerType = configured.getOrDefault(OptionKey.of("aws:elasticbeanstalk:environment",
        "LoadBalancerType"), defaultOf("aws:elasticbeanstalk:environment", "LoadBalancerType", "classic"));
    boolean loadBalanced = "WebServer".equals(tierName) && "LoadBalanced".equals(environmentType);
    Map<OptionKey, String> out = new TreeMap<>();
    for (Option o : optionsFor(solutionStack)) {
      String ns = o.namespace();
      boolean classic = ns.startsWith("aws:elb:");
      boolean v2 = ns.startsWith("aws:elbv2:");
      boolean skip = ns.startsWith("aws:rds:") || ns.equals("aws:autoscaling:scheduledaction")
          || (ns.equals("aws:elasticbeanstalk:sqsd") && !"Worker".equals(tierName))
          || ((classic || v2 || ns.startsWith("aws:elasticbeanstalk:environment:process:")) && !loadBalanced)
          || (classic && !"classic".equals(loadBalancerType)) || (v2 && "classic".equals(loadBalancerType));
      if (!skip && o.defaultValue() != null) {
        out.put(OptionKey.of(ns, o.name()), o.defaultValue());
      }
    }
    return out;
  }

  private String defaultOf(String namespace, String option, String fallback) {
    Namespace ns = namespaces.get(namespace);
    Option o = ns == null ? null : ns.options().get(option);
    return o == null || o.defaultValue() == null ? fallback : o.defaultValue();
  }

  /**
   * Checks one setting as EB does.
   *
   * @return EB's message for an invalid setting, or null when the setting is valid
   */
  String problem(OptionKey key, String value, String solutionStack) {
    if (key.namespace() == null || key.optionName() == null) {
      return "Invalid option specification (Namespace: '" + key.namespace() + "', OptionName: '" + key.optionName()
          + "'): Namespace and OptionName are required.";
    }
    if (key.resourceName() != null) {
      return null;
    }
    Namespace ns = namespace(key.namespace());
    Option option = ns == null ? null : ns.options().get(key.optionName());
    if (ns != null && ns.anyOption() && option == null) {
      return !ns.staticFiles() || key.optionName().startsWith("/") ? null
          : "Invalid option specification (Namespace: '" + key.namespace() + "', OptionName: '" + key.optionName()
              + "'): Static file paths must start with '/'.";
    }
    if (option == null || !option.appliesTo(solutionStack)) {
      return "Invalid option specification (Namespace: '" + key.namespace() + "', OptionName: '" + key.optionName()
          + "'): Unknown configuration setting.";
    }
    return value == null ? null : valueProblem(option, value);
  }

  /** The settings of a request, each checked; EB's ConfigurationValidationException for the first invalid one. */
  Map<OptionKey, String> validated(List<Params> given, String solutionStack) {
    Map<OptionKey, String> out = new TreeMap<>();
    for (Params setting : given) {
      OptionKey key = OptionKey.from(setting);
      String value = setting.str("Value", "");
      String problem = problem(key, value, solutionStack);
      if (problem != null) {
        throw new EbError("ConfigurationValidationException", 400, "Configuration validation exception: " + problem);
      }
      out.put(key, value);
    }
    return out;
  }

  private static String valueProblem(Option option, String value) {
    String prefix = "Invalid option value: '" + value + "' (Namespace: '" + option.namespace() + "', OptionName: '"
        + option.name() + "'): ";
    switch (option.type()) {
      case "boolean":
        return "true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value) ? null
            : prefix + "Value is not one of the allowed values: [true, false]";
      case "enum":
        return option.values().contains(value) ? null
            : prefix + "Value is not one of the allowed values: " + option.values();
      case "integer":
        long n;
        try {
          n = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
          return prefix + "Value does not satisfy regex: '^-?\\d+$'.";
        }
        boolean below = option.min() != null && n < option.min();
        boolean above = option.max() != null && n > option.max();
        if (!below && !above) {
          return null;
        }
        return option.max() == null ? prefix + "Value must be at least " + option.min() + "."
            : prefix + "Value must be between " + (option.min() == null ? Long.MIN_VALUE : option.min()) + " and "
                + option.max() + ".";
      default:
        return null;
    }
  }

  /** What changing an option does to the environment, as DescribeConfigurationOptions reports it. */
  static String changeSeverity(String namespace) {
    String ns = namespace.toLowerCase(Locale.ROOT);
    if (ns.startsWith("aws:autoscaling:launchconfiguration") || ns.startsWith("aws:ec2:vpc")) {
      return "RestartEnvironment";
    }
    if (ns.startsWith("aws:elasticbeanstalk:container:") || ns.equals(ENV_PROPERTIES)) {
      return "RestartApplicationServer";
    }
    return "NoInterruption";
  }

  /** Namespace and option counts, for tests and the docs. */
  int size() {
    return namespaces.values().stream().mapToInt(ns -> ns.options().size()).sum();
  }
}
