package io.github.ebmaven.localaws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * DescribeConfigurationSettings, DescribeConfigurationOptions, ValidateConfigurationSettings.
 * Settings merge with EB's precedence: defaults, then the deployed bundle's .ebextensions, then
 * settings applied directly through the API.
 */
final class ConfigurationActions {
  private final EbEmulator eb;

  ConfigurationActions(EbEmulator eb) {
    this.eb = eb;
  }

  void register(Map<String, EbEmulator.Action> actions) {
    actions.put("DescribeConfigurationSettings", this::describeSettings);
    actions.put("DescribeConfigurationOptions", this::describeOptions);
    actions.put("ValidateConfigurationSettings", this::validate);
  }

  /** The effective settings of an environment with EB's precedence. */
  Map<OptionKey, String> effective(EbState.Environment env) {
    Map<OptionKey, String> merged = new TreeMap<>(eb.options.defaults(env.solutionStack));
    merged.putAll(env.ebextensionSettings);
    merged.putAll(env.apiSettings);
    return merged;
  }

  private static void noTemplates(Params p) {
    if (p.str("TemplateName") != null) {
      throw EbError.invalidParameter("No Configuration Template named '" + p.str("ApplicationName") + "/"
          + p.str("TemplateName") + "' found.");
    }
  }

  private EbState.Environment environmentOf(EbEmulator.Call c) {
    Params p = c.params();
    noTemplates(p);
    EbState.Application app = c.state().application(p.str("ApplicationName"));
    String name = p.str("EnvironmentName");
    if (name == null) {
      throw EbError.missingParameter("EnvironmentName");
    }
    EbState.Environment env = c.state().environment(null, name);
    if (!env.application.equals(app.name)) {
      throw EbError.noEnvironment(name);
    }
    return env;
  }

  private Object describeSettings(EbEmulator.Call c) {
    EbState.Environment env = environmentOf(c);
    List<Object> settings = new ArrayList<>();
    for (Map.Entry<OptionKey, String> e : effective(env).entrySet()) {
      settings.add(e.getKey().toXml(e.getValue()));
    }
    return Xml.obj("ConfigurationSettings", List.of(Xml.obj("SolutionStackName", env.solutionStack,
        "PlatformArn", env.platformArn, "ApplicationName", env.application, "Description", env.description,
        "EnvironmentName", env.name, "DeploymentStatus", "deployed", "DateCreated", env.created,
        "DateUpdated", env.updated, "OptionSettings", settings)));
  }

  private Object describeOptions(EbEmulator.Call c) {
    Params p = c.params();
    noTemplates(p);
    String stack = p.str("SolutionStackName");
    String platformArn = p.str("PlatformArn");
    EbState.Environment env = null;
    if (p.str("EnvironmentName") != null) {
      env = c.state().environment(null, p.str("EnvironmentName"));
      stack = env.solutionStack;
      platformArn = env.platformArn;
    } else if (platformArn != null) {
      PlatformCatalog.Platform platform = eb.platforms.byArn(platformArn, c.state().region);
      if (platform == null) {
        throw EbError.invalidParameter("No Platform named '" + platformArn + "' found.");
      }
      stack = platform.solutionStackName();
    } else if (stack != null && eb.platforms.bySolutionStack(stack) == null) {
      throw EbError.invalidParameter("No Solution Stack named '" + stack + "' found.");
    }
    List<OptionKey> wanted = new ArrayList<>();
    for (Params spec : p.structs("Options")) {
      wanted.add(OptionKey.of(spec.str("Namespace"), spec.str("OptionName")));
    }
    List<Object> options = new ArrayList<>();
    for (OptionCatalog.Option o : eb.options.optionsFor(stack)) {
      if (wanted.isEmpty() || wanted.contains(OptionKey.of(o.namespace(), o.name()))) {
        options.add(o.toXml());
      }
    }
    if (env != null) {
      for (Map.Entry<OptionKey, String> e : effective(env).entrySet()) {
        OptionKey k = e.getKey();
        if (OptionCatalog.freeForm(k.namespace())
            && (wanted.isEmpty() || wanted.contains(OptionKey.of(k.namespace(), k.optionName())))) {
          options.add(Xml.obj("Namespace", k.namespace(), "Name", k.optionName(), "DefaultValue", "",
              "ChangeSeverity", "RestartApplicationServer", "UserDefined", true, "ValueType", "Scalar",
              "MaxLength", 4096));
        }
      }
    }
    return Xml.obj("SolutionStackName", stack, "PlatformArn", platformArn, "Options", options);
  }

  private Object validate(EbEmulator.Call c) {
    Params p = c.params();
    noTemplates(p);
    EbState.Application app = c.state().application(p.str("ApplicationName"));
    String stack = null;
    if (p.str("EnvironmentName") != null) {
      EbState.Environment env = c.state().environment(null, p.str("EnvironmentName"));
      if (!env.application.equals(app.name)) {
        throw EbError.noEnvironment(env.name);
      }
      stack = env.solutionStack;
    }
    List<Object> messages = new ArrayList<>();
    for (Params setting : p.structs("OptionSettings")) {
      OptionKey key = OptionKey.from(setting);
      String problem = eb.options.problem(key, setting.str("Value", ""), stack);
      if (problem != null) {
        messages.add(Xml.obj("Message", problem, "Severity", "error", "Namespace", key.namespace(), "OptionName",
            key.optionName()));
      }
    }
    return Xml.obj("Messages", messages);
  }
}
