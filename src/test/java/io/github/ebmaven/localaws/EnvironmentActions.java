package io.github.ebmaven.localaws;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Environments and EB's state machine: Launching to Ready (or Terminated when EB refuses the
 * launch), Updating to Ready, Terminating to Terminated, with the events EB writes on the way.
 * The requests are checked here; what runs afterwards is in {@link Launch} and {@link Deployments}.
 */
final class EnvironmentActions {
  private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{2,38}[A-Za-z0-9]");
  private static final Pattern CNAME_PREFIX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{2,61}[A-Za-z0-9]");

  private final EbEmulator eb;
  private final Deployments deployments;
  private final Launch launch;

  EnvironmentActions(EbEmulator eb) {
    this.eb = eb;
    this.deployments = eb.deployments;
    this.launch = new Launch(eb, deployments);
  }

  void register(Map<String, EbEmulator.Action> actions) {
    actions.put("CreateEnvironment", this::create);
    actions.put("DescribeEnvironments", this::describe);
    actions.put("UpdateEnvironment", this::update);
    actions.put("TerminateEnvironment", this::terminate);
    actions.put("RestartAppServer", c -> restartOrRebuild(c, false));
    actions.put("RebuildEnvironment", c -> restartOrRebuild(c, true));
    actions.put("AbortEnvironmentUpdate", this::abort);
  }

  private Object create(EbEmulator.Call c) {
    EbState state = c.state();
    Params p = c.params();
    EbState.Application app = state.application(p.str("ApplicationName"));
    String name = p.str("EnvironmentName");
    if (name == null) {
      throw EbError.missingParameter("EnvironmentName");
    }
    if (!ENVIRONMENT_NAME.matcher(name).matches()) {
      throw EbError.invalidParameter("Environment name " + name + " is invalid: it must be 4 to 40 characters in length,"
          + " contain only letters, numbers, and hyphens, and not start or end with a hyphen.");
    }
    if (state.liveEnvironment(name) != null) {
      throw EbError.invalidParameter("Environment " + name + " already exists.");
    }
    EbState.Template template = p.str("TemplateName") == null ? null : state.template(app.name, p.str("TemplateName"));
    PlatformCatalog.Platform platform = platform(c, template);
    Params tier = p.struct("Tier");
    String tierName = tier == null ? "WebServer" : tier.str("Name", "WebServer");
    if (!List.of("WebServer", "Worker").contains(tierName)) {
      throw EbError.invalidParameter("Invalid tier name: " + tierName + ". Valid values are WebServer and Worker.");
    }
    String tierType = tier != null && tier.str("Type") != null ? tier.str("Type")
        : "WebServer".equals(tierName) ? "Standard" : "SQS/HTTP";
    String cname = "WebServer".equals(tierName) ? cname(state, name, p.str("CNAMEPrefix")) : null;
    String label = p.str("VersionLabel");
    if (label != null) {
      deployable(app, label);
    }
    Map<OptionKey, String> settings = new TreeMap<>(template == null ? Map.of() : template.settings);
    settings.putAll(eb.options.validated(p.structs("OptionSettings"), platform.solutionStackName()));
    removals(p).forEach(settings::remove);
    storageBucket(state);
    EbState.Environment env = new EbState.Environment("e-" + Ids.alnum(10), name, app.name,
        platform.solutionStackName(), platform.arn(state.region), tierName, tierType, Ids.instanceId(), c.now());
    env.description = p.str("Description");
    env.cname = cname;
    env.versionLabel = label;
    env.apiSettings.putAll(settings);
    state.environments.put(env.id, env);
    TagActions.createTags(state, state.arn("environment/" + app.name + "/" + name), p);
    Operation op = Operation.begin(eb, state, env, c.requestId());
    op.info("createEnvironment is starting.");
    launch.start(op, label);
    return eb.environmentView(state, env);
  }

  private static String cname(EbState state, String name, String prefix) {
    if (prefix == null) {
      String cname;
      do {
        cname = name.toLowerCase(Locale.ROOT) + ".eba-" + Ids.alnum(8) + state.cnameSuffix();
      } while (state.cnameTaken(cname));
      return cname;
    }
    if (!CNAME_PREFIX.matcher(prefix).matches()) {
      throw EbError.invalidParameter("CNAMEPrefix " + prefix + " is invalid: it must be 4 to 63 characters, letters,"
          + " numbers and hyphens, not starting or ending with a hyphen.");
    }
    String cname = prefix.toLowerCase(Locale.ROOT) + state.cnameSuffix();
    if (state.cnameTaken(cname)) {
      throw EbError.invalidParameter("DNS name (" + cname + ") is not available.");
    }
    return cname;
  }

  /** The platform of a new environment; retired branches take no new environments, so EB does not find them. */
  private PlatformCatalog.Platform platform(EbEmulator.Call c, EbState.Template template) {
    Params p = c.params();
    String stack = p.str("SolutionStackName");
    String arn = p.str("PlatformArn");
    if (stack != null && arn != null) {
      throw EbError.invalidCombination("You can't specify both SolutionStackName and PlatformArn.");
    }
    if (stack == null && arn == null && template != null) {
      stack = template.solutionStack;
      arn = stack == null ? template.platformArn : null;
    }
    if (stack != null) {
      PlatformCatalog.Platform platform = eb.platforms.bySolutionStack(stack);
      if (platform == null || platform.retired()) {
        throw EbError.invalidParameter("No Solution Stack named '" + stack + "' found.");
      }
      return platform;
    }
    if (arn != null) {
      PlatformCatalog.Platform platform = eb.platforms.byArn(arn, c.state().region);
      if (platform == null || platform.retired()) {
        throw EbError.invalidParameter("No Platform named '" + arn + "' found.");
      }
      return platform;
    }
    throw EbError.missingParameter("SolutionStackName or PlatformArn");
  }

  /** EB writes environment data to the storage bucket, creating it as the caller: that needs s3:CreateBucket. */
  private void storageBucket(EbState state) {
    String bucket = state.storageBucket();
    if (!state.storageBuckets.contains(bucket) && eb.faults.deniesCreateBucket()) {
      throw ApplicationActions.noCreateBucket();
    }
    eb.s3.ensureBucket(bucket);
    state.storageBuckets.add(bucket);
  }

  private static EbState.AppVersion deployable(EbState.Application app, String label) {
    EbState.AppVersion v = app.versions.get(label);
    if (v == null) {
      throw EbError.noVersion(app.name, label);
    }
    if ("Processing".equals(v.status)) {
      throw EbError.invalidParameter("Application version " + label + " is still being processed. Wait until its"
          + " status is PROCESSED.");
    }
    if ("Failed".equals(v.status)) {
      throw EbError.invalidParameter("Application version " + label + " failed processing and cannot be deployed.");
    }
    return v;
  }

  private static List<OptionKey> removals(Params p) {
    List<OptionKey> out = new ArrayList<>();
    for (Params remove : p.structs("OptionsToRemove")) {
      out.add(OptionKey.from(remove));
    }
    return out;
  }

  private Object describe(EbEmulator.Call c) {
    Params p = c.params();
    String app = p.str("ApplicationName");
    String label = p.str("VersionLabel");
    List<String> ids = p.strings("EnvironmentIds");
    List<String> names = p.strings("EnvironmentNames");
    boolean includeDeleted = p.bool("IncludeDeleted", true);
    Instant deletedBackTo = p.instant("IncludedDeletedBackTo");
    List<Object> all = new ArrayList<>();
    for (EbState.Environment e : c.state().environments.values()) {
      if ((app != null && !app.equals(e.application)) || (label != null && !label.equals(e.versionLabel))
          || (!ids.isEmpty() && !ids.contains(e.id)) || (!names.isEmpty() && !names.contains(e.name))) {
        continue;
      }
      if (!e.live() && (!includeDeleted || (deletedBackTo != null && e.updated.isBefore(deletedBackTo)))) {
        continue;
      }
      all.add(eb.environmentView(c.state(), e));
    }
    Map<String, Object> out = Views.ordered();
    List<Object> page = Views.page(all, p.integer("MaxRecords"), p.str("NextToken"), 1000, out);
    Map<String, Object> result = Xml.obj("Environments", page);
    result.putAll(out);
    return result;
  }

  private EbState.Environment target(EbEmulator.Call c) {
    EbState.Environment env = c.state().environment(c.params().str("EnvironmentId"), c.params().str("EnvironmentName"));
    String app = c.params().str("ApplicationName");
    if (app != null && !app.equals(env.application)) {
      throw EbError.invalidParameter("Environment " + env.name + " does not belong to application " + app + ".");
    }
    return env;
  }

  private static void requireReady(EbState state, EbState.Environment env) {
    if (!"Ready".equals(env.status) || state.swapping.contains(env.id)) {
      throw EbError.invalidState(env.name, "Ready");
    }
  }

  private Object update(EbEmulator.Call c) {
    EbState state = c.state();
    Params p = c.params();
    EbState.Environment env = target(c);
    requireReady(state, env);
    EbState.Application app = state.application(env.application);
    String label = p.str("VersionLabel");
    if (label != null) {
      deployable(app, label);
    }
    Map<OptionKey, String> settings = new TreeMap<>(p.str("TemplateName") == null ? Map.of()
        : state.template(app.name, p.str("TemplateName")).settings);
    settings.putAll(eb.options.validated(p.structs("OptionSettings"), env.solutionStack));
    List<OptionKey> removals = removals(p);
    if (p.has("Description")) {
      env.description = p.str("Description");
      env.updated = c.now();
    }
    if (label == null && settings.isEmpty() && removals.isEmpty()) {
      return eb.environmentView(state, env);
    }
    storageBucket(state);
    env.previousApiSettings = new TreeMap<>(env.apiSettings);
    env.apiSettings.putAll(settings);
    removals.forEach(env.apiSettings::remove);
    env.status = "Updating";
    env.abortable = true;
    env.updated = c.now();
    env.previousVersionLabel = env.versionLabel;
    Operation op = Operation.begin(eb, state, env, c.requestId());
    op.info("Environment update is starting.");
    if (label != null) {
      op.event("INFO", "Deploying new version to instance(s).", label);
    } else {
      op.info("Updating environment " + env.name + "'s configuration settings.");
    }
    if (!eb.faults.takeHangUpdate()) {
      if (label != null) {
        deployments.deploy(op, label);
      } else {
        deployments.configure(op);
      }
    }
    return eb.environmentView(state, env);
  }

  private Object restartOrRebuild(EbEmulator.Call c, boolean rebuild) {
    EbState state = c.state();
    EbState.Environment env = target(c);
    requireReady(state, env);
    env.status = rebuild ? "Launching" : "Updating";
    env.abortable = false;
    env.updated = c.now();
    Operation op = Operation.begin(eb, state, env, c.requestId());
    op.info(rebuild ? "rebuildEnvironment is starting." : "restartAppServer is starting.");
    if (rebuild) {
      deployments.rebuild(op);
    } else {
      deployments.restart(op);
    }
    return null;
  }

  private Object terminate(EbEmulator.Call c) {
    EbState state = c.state();
    EbState.Environment env = target(c);
    if (!env.running()) {
      throw EbError.invalidState(env.name, "Ready");
    }
    deployments.terminate(state, env, c.requestId());
    return eb.environmentView(state, env);
  }

  private Object abort(EbEmulator.Call c) {
    EbState state = c.state();
    EbState.Environment env = target(c);
    if (!"Updating".equals(env.status) || !env.abortable) {
      throw EbError.invalidState(env.name, "Updating");
    }
    env.abortable = false;
    Operation op = Operation.begin(eb, state, env, c.requestId());
    op.info("Environment update is being aborted.");
    op.at(eb.delays.update(), () -> {
      env.versionLabel = env.previousVersionLabel;
      if (env.previousApiSettings != null) {
        env.apiSettings.clear();
        env.apiSettings.putAll(env.previousApiSettings);
      }
      env.deploymentLabel = env.versionLabel;
      env.lastDeploymentStatus = env.lastDeploymentTime == null ? null : "Deployed";
      env.operation = null;
      op.finish("Ready");
      op.info("Environment update was aborted and the previous configuration restored.");
    });
    return null;
  }
}
