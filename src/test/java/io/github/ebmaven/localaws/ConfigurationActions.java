package io.github.ebmaven.localaws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * DescribeConfigurationSettings, DescribeConfigurationOptions, ValidateConfigurationSettings, for
 * an environment or a configuration template. Settings merge with EB's precedence: defaults, then
 * the deployed bundle's .ebextensions, then settings applied directly through the API. A settings
 * description carries what EB's carries, the environment's Tier included (the EB CLI reads it).
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

  private EbState.Environment environmentOf(EbEmulator.Call c, EbState.Application app, String name) {
    EbState.Environment env = c.state().environment(null, name);
    if (!env.application.equals(app.name)) {
      throw EbError.noEnvironment(name);
    }
    return env;
  }

  private Object describeSettings(EbEmulator.Call c) {
    Params p = c.params();
    EbState.Application app = c.state().application(p.str("ApplicationName"));
    if (p.str("TemplateName") != null) {
      return Xml.obj("ConfigurationSettings", List.of(templateDescription(c.state(),
          c.state().template(app.name, p.str("TemplateName")))));
    }
    if (p.str("EnvironmentName") == null) {
      throw EbError.missingParameter("EnvironmentName or TemplateName");
    }
    EbState.Environment env = environmentOf(c, app, p.str("EnvironmentName"));
    return Xml.obj("ConfigurationSettings", List.of(Xml.obj("SolutionStackName", env.solutionStack,
        "PlatformArn", env.platformArn, "ApplicationName", env.application, "Description", env.description,
        "EnvironmentName", env.name, "DeploymentStatus", "deployed", "DateCreated", env.created,
        "DateUpdated", env.updated, "Tier", Xml.obj("Name", env.tierName, "Type", env.tierType, "Version", "1.0"),
        "OptionSettings", settingsXml(eb.effectiveSettings(env)))));
  }

  /** A template's settings description: its own settings over the defaults of its platform. */
  Map<String, Object> templateDescription(EbState state, EbState.Template t) {
    Map<OptionKey, String> merged = new TreeMap<>(eb.options.defaults(t.solutionStack, "WebServer", t.settings));
    merged.putAll(t.settings);
    return Xml.obj("SolutionStackName", t.solutionStack, "PlatformArn", t.platformArn, "ApplicationName",
        t.application, "TemplateName", t.name, "Description", t.description, "DateCreated", t.created,
        "DateUpdated", t.updated, "OptionSettings", settingsXml(merged));
  }

  private static List<Object> settingsXml(Map<OptionKey, String> settings) {
    List<Object> out = new ArrayList<>();
    for (Map.Entry<OptionKey, String> e : settings.entrySet()) {
      out.add(e.getKey().toXml(e.getValue()));
    }
    return out;
  }

  private Object describeOptions(EbEmulator.Call c) {
    Params p = c.params();
    String stack = p.str("SolutionStackName");
    String platformArn = p.str("PlatformArn");
    Map<OptionKey, String> userSettings = Map.of();
    if (p.str("TemplateName") != null) {
      EbState.Template t = c.state().template(p.str("ApplicationName"), p.str("TemplateName"));
      stack = t.solutionStack;
      platformArn = t.platformArn;
      userSettings = t.settings;
    } else if (p.str("EnvironmentName") != null) {
      EbState.Environment env = c.state().environment(null, p.str("EnvironmentName"));
      stack = env.solutionStack;
      platformArn = env.platformArn;
      userSettings = eb.effectiveSettings(env);
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
    for (OptionKey k : userSettings.keySet()) {
      if (eb.options.freeForm(k.namespace())
          && (wanted.isEmpty() || wanted.contains(OptionKey.of(k.namespace(), k.optionName())))) {
        options.add(Xml.obj("Namespace", k.namespace(), "Name", k.optionName(), "DefaultValue", "",
            "ChangeSeverity", OptionCatalog.changeSeverity(k.namespace()), "UserDefined", true, "ValueType", "Scalar",
            "MaxLength", 4096));
      }
    }
    return Xml.obj("SolutionStackName", stack, "PlatformArn", platformArn, "Options", options);
  }

  private Object validate(EbEmulator.Call c) {
    Params p = c.params();
    EbState.Application app = c.state().application(p.str("ApplicationName"));
    String stack = null;
    if (p.str("TemplateName") != null) {
      stack = c.state().template(app.name, p.str("TemplateName")).solutionStack;
    } else if (p.str("EnvironmentName") != null) {
      stack = environmentOf(c, app, p.str("EnvironmentName")).solutionStack;
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
