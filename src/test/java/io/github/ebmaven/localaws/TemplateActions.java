package io.github.ebmaven.localaws;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Configuration templates (saved configurations): CreateConfigurationTemplate from a platform, an
 * environment or another template, UpdateConfigurationTemplate, DeleteConfigurationTemplate. As
 * on EB, each template is also a saved configuration file in the storage bucket at {@code
 * resources/templates/<application>/<template>}, which {@code eb config save} downloads.
 */
final class TemplateActions {
  private final EbEmulator eb;

  TemplateActions(EbEmulator eb) {
    this.eb = eb;
  }

  void register(Map<String, EbEmulator.Action> actions) {
    actions.put("CreateConfigurationTemplate", this::create);
    actions.put("UpdateConfigurationTemplate", this::update);
    actions.put("DeleteConfigurationTemplate", this::delete);
  }

  private Object create(EbEmulator.Call c) {
    EbState state = c.state();
    Params p = c.params();
    EbState.Application app = state.application(p.str("ApplicationName"));
    String name = p.str("TemplateName");
    if (app.templates.containsKey(name)) {
      throw EbError.invalidParameter("Configuration Template " + name + " already exists.");
    }
    String stack = p.str("SolutionStackName");
    String arn = p.str("PlatformArn");
    Map<OptionKey, String> settings = new TreeMap<>();
    Params source = p.struct("SourceConfiguration");
    if (p.str("EnvironmentId") != null) {
      EbState.Environment env = state.environment(p.str("EnvironmentId"), null);
      stack = env.solutionStack;
      arn = env.platformArn;
      settings.putAll(env.apiSettings);
    } else if (source != null) {
      EbState.Template from = state.template(source.str("ApplicationName", app.name), source.str("TemplateName"));
      stack = stack == null ? from.solutionStack : stack;
      settings.putAll(from.settings);
    } else if (stack != null) {
      if (eb.platforms.bySolutionStack(stack) == null) {
        throw EbError.invalidParameter("No Solution Stack named '" + stack + "' found.");
      }
    } else if (arn != null) {
      PlatformCatalog.Platform platform = eb.platforms.byArn(arn, state.region);
      if (platform == null) {
        throw EbError.invalidParameter("No Platform named '" + arn + "' found.");
      }
      stack = platform.solutionStackName();
    } else {
      throw EbError.invalidCombination("Specify SolutionStackName, PlatformArn, SourceConfiguration or EnvironmentId"
          + " to create a configuration template.");
    }
    if (arn == null && stack != null && eb.platforms.bySolutionStack(stack) != null) {
      arn = eb.platforms.bySolutionStack(stack).arn(state.region);
    }
    settings.putAll(eb.options.validated(p.structs("OptionSettings"), stack));
    EbState.Template template = new EbState.Template(name, app.name, stack, arn, c.now());
    template.description = p.str("Description");
    template.settings.putAll(settings);
    app.templates.put(name, template);
    app.updated = c.now();
    TagActions.createTags(state, state.arn("configurationtemplate/" + app.name + "/" + name), p);
    save(state, template);
    return new ConfigurationActions(eb).templateDescription(state, template);
  }

  private Object update(EbEmulator.Call c) {
    EbState state = c.state();
    Params p = c.params();
    EbState.Template template = state.template(p.str("ApplicationName"), p.str("TemplateName"));
    Map<OptionKey, String> settings = eb.options.validated(p.structs("OptionSettings"), template.solutionStack);
    template.settings.putAll(settings);
    for (Params remove : p.structs("OptionsToRemove")) {
      template.settings.remove(OptionKey.from(remove));
    }
    if (p.has("Description")) {
      template.description = p.str("Description");
    }
    template.updated = c.now();
    save(state, template);
    return new ConfigurationActions(eb).templateDescription(state, template);
  }

  private Object delete(EbEmulator.Call c) {
    EbState state = c.state();
    Params p = c.params();
    EbState.Template template = state.template(p.str("ApplicationName"), p.str("TemplateName"));
    state.applications.get(template.application).templates.remove(template.name);
    state.tags.remove(state.arn("configurationtemplate/" + template.application + "/" + template.name));
    if (state.storageBuckets.contains(state.storageBucket())) {
      eb.s3.delete(state.storageBucket(), key(template));
    }
    return null;
  }

  private static String key(EbState.Template template) {
    return "resources/templates/" + template.application + "/" + template.name;
  }

  /** Writes the saved configuration file EB keeps for a template. */
  private void save(EbState state, EbState.Template template) {
    String bucket = state.storageBucket();
    eb.s3.ensureBucket(bucket);
    state.storageBuckets.add(bucket);
    Map<String, Object> metadata = new LinkedHashMap<>();
    if (template.description != null) {
      metadata.put("Description", template.description);
    }
    metadata.put("DateCreated", String.valueOf(template.created.toEpochMilli()));
    metadata.put("DateModified", String.valueOf(template.updated.toEpochMilli()));
    Map<String, Object> options = new TreeMap<>();
    template.settings.forEach((k, v) -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> ns = (Map<String, Object>) options.computeIfAbsent(k.namespace(), n -> new TreeMap<>());
      ns.put(k.optionName(), v);
    });
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("EnvironmentConfigurationMetadata", metadata);
    document.put("Platform", Map.of("PlatformArn", template.platformArn == null ? "" : template.platformArn));
    document.put("OptionSettings", options);
    document.put("EnvironmentTier", new LinkedHashMap<>(Map.of("Type", "Standard", "Name", "WebServer")));
    document.put("AWSConfigurationTemplateVersion", "1.1.0.0");
    DumperOptions dumper = new DumperOptions();
    dumper.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    eb.s3.write(bucket, key(template), new Yaml(dumper).dump(document).getBytes(StandardCharsets.UTF_8),
        "application/x-yaml");
  }
}
