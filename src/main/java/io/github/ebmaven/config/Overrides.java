package io.github.ebmaven.config;

import io.github.ebmaven.extensions.ExtensionsConfig;
import io.github.ebmaven.extensions.OptionSetting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a target environment's overrides merge over the common configuration: a value the target
 * sets replaces the common one; lists merge by key, an entry of the target replacing the common
 * entry with the same key where it stands and new ones following in the target's order. Keys:
 * option settings by namespace, option and resource; environment variables and tags by name;
 * commands and container commands by name; files by path; static files by URL path; smoke tests
 * by path. A target adds and replaces; it never removes a common entry.
 */
public final class Overrides {

  private Overrides() {}

  /** The common {@code .ebextensions} configuration with the target's over it (shortcuts are resolved by {@link Configuration}). */
  public static ExtensionsConfig extensions(ExtensionsConfig common, ExtensionsConfig target) {
    ExtensionsConfig.Builder merged = ExtensionsConfig.builder()
        .optionSettings(optionSettings(common.optionSettings(), target.optionSettings()))
        .environmentVariables(byName(common.environmentVariables(), target.environmentVariables()))
        .resources(target.resources().or(common::resources).orElse(null))
        .autoScalingHealthCheck(target.autoScalingHealthCheck().or(common::autoScalingHealthCheck).orElse(null))
        .https(target.https().or(common::https).orElse(null))
        .nginx(target.nginx().or(common::nginx).orElse(null))
        .vpc(target.vpc().or(common::vpc).orElse(null))
        .waf(target.waf().or(common::waf).orElse(null))
        .cloudWatch(target.cloudWatch().or(common::cloudWatch).orElse(null))
        .maintenance(target.maintenance().or(common::maintenance).orElse(null));
    byKey(common.containerCommands(), target.containerCommands(), c -> c.name()).forEach(merged::containerCommand);
    byKey(common.commands(), target.commands(), c -> c.name()).forEach(merged::command);
    byKey(common.files(), target.files(), f -> f.path()).forEach(merged::file);
    byKey(common.staticFiles(), target.staticFiles(), s -> s.urlPath()).forEach(merged::staticFile);
    return merged.build();
  }

  /** Option settings merged by namespace, option name and resource name. */
  public static List<OptionSetting> optionSettings(List<OptionSetting> common, List<OptionSetting> target) {
    return byKey(common, target, s -> List.of(s.namespace(), s.optionName(), Objects.toString(s.resourceName(), "")));
  }

  /** Name-to-value maps (environment variables, tags) merged by name, in the common order then the target's new names. */
  public static Map<String, String> byName(Map<String, String> common, Map<String, String> target) {
    Map<String, String> merged = new LinkedHashMap<>(common);
    merged.putAll(target);
    return merged;
  }

  /** Smoke tests merged by path. */
  public static List<SmokeTest> smokeTests(List<SmokeTest> common, List<SmokeTest> target) {
    return byKey(common, target, SmokeTest::path);
  }

  /**
   * {@code common} with each entry of {@code target} replacing the one of the same key in place, and
   * the others appended; entries without a key (null) are always appended.
   */
  static <T> List<T> byKey(List<T> common, List<T> target, Function<T, Object> key) {
    List<T> merged = new ArrayList<>(common);
    for (T entry : target) {
      Object k = key.apply(entry);
      int at = -1;
      for (int i = 0; k != null && i < merged.size(); i++) {
        if (k.equals(key.apply(merged.get(i)))) {
          at = i;
          break;
        }
      }
      if (at >= 0) {
        merged.set(at, entry);
      } else {
        merged.add(entry);
      }
    }
    return merged;
  }
}
