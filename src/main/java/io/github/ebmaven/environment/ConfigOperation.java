package io.github.ebmaven.environment;

import io.github.ebmaven.change.Services;
import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import io.github.ebmaven.report.SecretMasker;
import io.github.ebmaven.report.SecretPolicy;
import io.github.ebmaven.report.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code eb:config}: the environment's effective option settings as YAML, grouped by namespace
 * (secret-looking values masked), and optionally how they differ from what the POM sets.
 */
public final class ConfigOperation {

  /**
   * @param pomSettings what the POM sets, to compare with; null to show the settings only
   */
  public record ConfigRequest(
      String application, String environment, List<OptionSetting> pomSettings, SecretPolicy secrets) {}

  /** One POM setting the environment does not have as the POM says. */
  public record Difference(String namespace, String optionName, String resourceName, String pom, String environment) {}

  /** The YAML printed and the differences found (empty without a comparison). */
  public record ConfigResult(String yaml, List<Difference> differences) {}

  private final Services services;

  public ConfigOperation(Services services) {
    this.services = services;
  }

  public ConfigResult config(ConfigRequest request) throws EbException {
    services.eb().environments().require(request.application(), request.environment());
    List<OptionSetting> effective = services.eb().environments().configurationSettings(request.application(), request.environment());
    Reporter out = services.reporter();
    String yaml = yaml(effective, request.secrets());
    out.info("# Effective settings of " + request.environment() + " (application " + request.application() + "), "
        + effective.size() + " options; secret-looking values shown as " + SecretMasker.MASK);
    yaml.lines().forEach(out::result);
    List<Difference> differences = List.of();
    if (request.pomSettings() != null) {
      differences = diff(request.pomSettings(), effective, request.secrets());
      report(request, differences);
    }
    return new ConfigResult(yaml, differences);
  }

  /** YAML of the settings: namespace, then option (prefixed by its resource when it has one), then value. */
  static String yaml(List<OptionSetting> settings, SecretPolicy secrets) {
    Map<String, Map<String, String>> byNamespace = new TreeMap<>();
    for (OptionSetting s : settings) {
      String option = s.resourceName() == null || s.resourceName().isBlank()
          ? s.optionName() : s.resourceName() + "." + s.optionName();
      byNamespace.computeIfAbsent(s.namespace(), n -> new TreeMap<>()).put(option, shown(s, secrets));
    }
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setWidth(Integer.MAX_VALUE);
    return new Yaml(options).dump(new LinkedHashMap<>(byNamespace));
  }

  static List<Difference> diff(List<OptionSetting> pom, List<OptionSetting> effective, SecretPolicy secrets) {
    Map<String, OptionSetting> byKey = new LinkedHashMap<>();
    effective.forEach(s -> byKey.put(key(s), s));
    List<Difference> differences = new ArrayList<>();
    for (OptionSetting wanted : pom) {
      OptionSetting actual = byKey.get(key(wanted));
      String actualValue = actual == null ? null : nullToEmpty(actual.value());
      if (!Objects.equals(nullToEmpty(wanted.value()), actualValue)) {
        differences.add(new Difference(wanted.namespace(), wanted.optionName(), wanted.resourceName(),
            shown(wanted, secrets), actual == null ? null : shown(actual, secrets)));
      }
    }
    return differences;
  }

  private void report(ConfigRequest request, List<Difference> differences) {
    Reporter out = services.reporter();
    int total = request.pomSettings().size();
    out.info("");
    if (differences.isEmpty()) {
      out.info("# The environment has all " + total + " option settings of the POM.");
      return;
    }
    out.info("# Differences from the POM: " + differences.size() + " of its " + total
        + " option settings differ (a deploy applies them from the bundle's .ebextensions, unless settings"
        + " applied through the API take precedence)");
    List<List<String>> rows = new ArrayList<>();
    for (Difference d : differences) {
      rows.add(List.of(d.namespace(),
          d.resourceName() == null ? d.optionName() : d.resourceName() + "." + d.optionName(),
          d.pom(), d.environment() == null ? "(not set)" : d.environment()));
    }
    Table.render(List.of("namespace", "option", "POM", "environment"), rows).forEach(line -> out.result("  " + line));
  }

  private static String shown(OptionSetting s, SecretPolicy secrets) {
    String value = nullToEmpty(s.value());
    return !value.isEmpty() && secrets.isSecret(s.namespace(), s.optionName()) ? SecretMasker.MASK : value;
  }

  private static String key(OptionSetting s) {
    return s.namespace() + "|" + s.optionName() + "|" + nullToEmpty(s.resourceName());
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
