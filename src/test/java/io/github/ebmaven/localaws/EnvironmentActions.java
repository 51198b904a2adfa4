package io.github.ebmaven.localaws;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Environments and EB's state machine: Launching to Ready, Updating to Ready, Terminating to
 * Terminated, with health colours and statuses and the events EB writes on the way.
 */
final class EnvironmentActions {
  private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{2,38}[A-Za-z0-9]");
  private static final Pattern CNAME_PREFIX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{2,61}[A-Za-z0-9]");

  private enum Kind { LAUNCH, DEPLOY, CONFIGURE, RESTART, REBUILD }

  private final EbEmulator eb;
  private final ApplicationActions applications;

  EnvironmentActions(EbEmulator eb) {
    this.eb = eb;
    this.applications = new ApplicationActions(eb);
  }

  void register(Map<String, EbEmulator.Action> actions) {
    actions.put("CreateEnvironment", this::create);
    actions.put("DescribeEnvironments", this::describe);
    actions.put("UpdateEnvironment", this::update);
    actions.put("TerminateEnvironment", this::terminate);
    actions.put("RestartAppServer", c -> simpleOperation(c, Kind.RESTART));
    actions.put("RebuildEnvironment", c -> simpleOperation(c, Kind.REBUILD));
    actions.put("AbortEnvironmentUpdate", this::abort);
    actions.put("SwapEnvironmentCNAMEs", this::swapCnames);
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
    PlatformCatalog.Platform platform = platform(c);
    Params tier = p.struct("Tier");
    String tierName = tier == null ? "WebServer" : tier.str("Name", "WebServer");
    String tierType = tier == null ? null : tier.str("Type");
    if (!List.of("WebServer", "Worker").contains(tierName)) {
      throw EbError.invalidParameter("Invalid tier name: " + tierName + ". Valid values are WebServer and Worker.");
    }
    tierType = tierType != null ? tierType : "WebServer".equals(tierName) ? "Standard" : "SQS/HTTP";
    String cname = null;
    if ("WebServer".equals(tierName)) {
      String prefix = p.str("CNAMEPrefix");
      if (prefix != null) {
        if (!CNAME_PREFIX.matcher(prefix).matches()) {
          throw EbError.invalidParameter("CNAMEPrefix " + prefix + " is invalid: it must be 4 to 63 characters, letters,"
              + " numbers and hyphens, not starting or ending with a hyphen.");
        }
        cname = prefix.toLowerCase(Locale.ROOT) + state.cnameSuffix();
        if (state.cnameTaken(cname)) {
          throw EbError.invalidParameter("DNS name (" + cname + ") is not available.");
        }
      } else {
        do {
          cname = name.toLowerCase(Locale.ROOT) + ".eba-" + randomAlnum(8) + state.cnameSuffix();
        } while (state.cnameTaken(cname));
      }
    }
    String label = p.str("VersionLabel");
    if (label != null) {
      deployable(app, label);
    }
    Map<OptionKey, String> settings = validatedSettings(p.structs("OptionSettings"), platform.solutionStackName());
    String id = "e-" + randomAlnum(10);
    String instanceId = "i-0" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(0, 16);
    EbState.Environment env = new EbState.Environment(id, name, app.name, platform.solutionStackName(),
        platform.arn(state.region), tierName, tierType, instanceId, c.now());
    env.description = p.str("Description");
    env.cname = cname;
    env.versionLabel = label;
    env.apiSettings.putAll(settings);
    state.environments.put(id, env);
    TagActions.createTags(state, state.arn("environment/" + app.name + "/" + name), p);
    String rid = c.requestId();
    state.event(c.now(), "INFO", "createEnvironment is starting.", app.name, name, null, rid);
    state.event(c.now(), "INFO", "Using " + state.storageBucket() + " as Amazon S3 storage bucket for environment data.",
        app.name, name, null, rid);
    if ("WebServer".equals(tierName)) {
      state.event(c.now(), "INFO", "Created security group named: awseb-" + id + "-stack-AWSEBSecurityGroup-"
          + randomAlnum(12).toUpperCase(Locale.ROOT), app.name, name, null, rid);
      state.event(c.now(), "INFO", "Created load balancer named: awseb-AWSEB-" + randomAlnum(12).toUpperCase(Locale.ROOT),
          app.name, name, null, rid);
    }
    int generation = ++env.generation;
    eb.schedule(eb.delays.launch(), () -> completeDeployment(state, env, generation, Kind.LAUNCH, label, rid));
    return Views.environment(state, env);
  }

  private PlatformCatalog.Platform platform(EbEmulator.Call c) {
    Params p = c.params();
    String stack = p.str("SolutionStackName");
    String arn = p.str("PlatformArn");
    if (p.str("TemplateName") != null) {
      throw EbError.invalidParameter("No Configuration Template named '" + p.str("ApplicationName") + "/"
          + p.str("TemplateName") + "' found.");
    }
    if (stack != null && arn != null) {
      throw EbError.invalidCombination("You can't specify both SolutionStackName and PlatformArn.");
    }
    if (stack != null) {
      PlatformCatalog.Platform platform = eb.platforms.bySolutionStack(stack);
      if (platform == null) {
        throw EbError.invalidParameter("No Solution Stack named '" + stack + "' found.");
      }
      return platform;
    }
    if (arn != null) {
      PlatformCatalog.Platform platform = eb.platforms.byArn(arn, c.state().region);
      if (platform == null) {
        throw EbError.invalidParameter("No Platform named '" + arn + "' found.");
      }
      return platform;
    }
    throw EbError.missingParameter("SolutionStackName or PlatformArn");
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

  private Map<OptionKey, String> validatedSettings(List<Params> given, String solutionStack) {
    Map<OptionKey, String> out = new TreeMap<>();
    for (Params setting : given) {
      OptionKey key = OptionKey.from(setting);
      String value = setting.str("Value", "");
      String problem = eb.options.problem(key, value, solutionStack);
      if (problem != null) {
        throw new EbError("ConfigurationValidationException", 400, "Configuration validation exception: " + problem);
      }
      out.put(key, value);
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
      all.add(Views.environment(c.state(), e));
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

  private static void requireReady(EbState.Environment env) {
    if (!"Ready".equals(env.status)) {
      throw EbError.invalidState(env.name, "Ready");
    }
  }

  private Object update(EbEmulator.Call c) {
    EbState state = c.state();
    Params p = c.params();
    EbState.Environment env = target(c);
    requireReady(env);
    EbState.Application app = state.application(env.application);
    String label = p.str("VersionLabel");
    if (label != null) {
      deployable(app, label);
    }
    Map<OptionKey, String> settings = validatedSettings(p.structs("OptionSettings"), env.solutionStack);
    List<OptionKey> removals = new ArrayList<>();
    for (Params remove : p.structs("OptionsToRemove")) {
      removals.add(OptionKey.from(remove));
    }
    if (p.has("Description")) {
      env.description = p.str("Description");
      env.updated = c.now();
    }
    if (label == null && settings.isEmpty() && removals.isEmpty()) {
      return Views.environment(state, env);
    }
    env.apiSettings.putAll(settings);
    removals.forEach(env.apiSettings::remove);
    String rid = c.requestId();
    env.status = "Updating";
    env.abortable = true;
    env.updated = c.now();
    env.previousVersionLabel = env.versionLabel;
    state.event(c.now(), "INFO", "Environment update is starting.", app.name, env.name, null, rid);
    int generation = ++env.generation;
    if (label != null) {
      state.event(c.now(), "INFO", "Deploying new version to instance(s).", app.name, env.name, label, rid);
    } else {
      state.event(c.now(), "INFO", "Updating environment " + env.name + "'s configuration settings.", app.name, env.name,
          null, rid);
    }
    if (!eb.faults.takeHangUpdate()) {
      Kind kind = label != null ? Kind.DEPLOY : Kind.CONFIGURE;
      eb.schedule(eb.delays.update(), () -> completeDeployment(state, env, generation, kind, label, rid));
    }
    return Views.environment(state, env);
  }

  private Object simpleOperation(EbEmulator.Call c, Kind kind) {
    EbState state = c.state();
    EbState.Environment env = target(c);
    requireReady(env);
    String operation = kind == Kind.RESTART ? "restartAppServer" : "rebuildEnvironment";
    env.status = kind == Kind.REBUILD ? "Launching" : "Updating";
    env.abortable = false;
    env.updated = c.now();
    String rid = c.requestId();
    state.event(c.now(), "INFO", operation + " is starting.", env.application, env.name, null, rid);
    int generation = ++env.generation;
    eb.schedule(kind == Kind.REBUILD ? eb.delays.launch() : eb.delays.update(), () -> {
      if (env.generation != generation) {
        return;
      }
      env.status = "Ready";
      env.updated = eb.now();
      state.event(eb.now(), "INFO", operation + " completed successfully.", env.application, env.name, null, rid);
    });
    return null;
  }

  /**
   * Ends a launch or an update: deploys the version (processing its bundle) or fails as EB does,
   * then sets status and health.
   */
  private void completeDeployment(EbState state, EbState.Environment env, int generation, Kind kind, String label,
      String rid) {
    if (env.generation != generation || !env.live()) {
      return;
    }
    Instant now = eb.now();
    String app = env.application;
    String failure = null;
    Map<OptionKey, String> ebextensions = env.ebextensionSettings;
    if (label != null) {
      EbState.AppVersion version = state.applications.containsKey(app) ? state.applications.get(app).versions.get(label)
          : null;
      BundleProcessor.Result result = version == null
          ? new BundleProcessor.Result("Application version " + label + " no longer exists.", Map.of())
          : "Processed".equals(version.status) ? new BundleProcessor.Result(null, version.ebextensions)
          : applications.process(version, -1);
      if (!result.ok()) {
        failure = result.failure();
      } else {
        for (Map.Entry<OptionKey, String> setting : result.optionSettings().entrySet()) {
          String problem = eb.options.problem(setting.getKey(), setting.getValue(), env.solutionStack);
          if (problem != null) {
            failure = problem;
            break;
          }
        }
        ebextensions = result.optionSettings();
      }
    }
    boolean deploys = kind == Kind.LAUNCH || kind == Kind.DEPLOY;
    if (deploys && failure == null && eb.faults.takeFailDeployment()) {
      failure = "Engine execution has encountered an error.";
    }
    String oldHealthStatus = env.healthStatus;
    env.status = "Ready";
    env.abortable = false;
    env.updated = now;
    if (deploys) {
      env.deploymentId++;
      env.lastDeploymentTime = now;
    }
    if (failure != null) {
      env.lastDeploymentStatus = "Failed";
      if (kind == Kind.DEPLOY) {
        env.versionLabel = env.previousVersionLabel;
      }
      state.event(now, "ERROR", "Instance deployment failed. For details, see 'eb-engine.log'.", app, env.name, null, rid);
      state.event(now, "ERROR", "[Instance: " + env.instanceId + "] Command failed on instance. Return code: 1 Output: "
          + failure, app, env.name, null, rid);
      state.event(now, "INFO", "Command execution completed on all instances. Summary: [Successful: 0, Failed: 1].",
          app, env.name, null, rid);
      if (kind == Kind.LAUNCH) {
        state.event(now, "ERROR", "Create environment operation is complete, but with errors. For more information, see"
            + " troubleshooting documentation.", app, env.name, null, rid);
      } else {
        state.event(now, "ERROR", "Unsuccessful command execution on instance id(s) '" + env.instanceId
            + "'. Aborting the operation.", app, env.name, null, rid);
        state.event(now, "ERROR", "Failed to deploy application.", app, env.name, null, rid);
      }
      setHealth(state, env, "Severe", oldHealthStatus, rid);
      return;
    }
    if (deploys) {
      env.lastDeploymentStatus = "Deployed";
      env.versionLabel = label != null ? label : env.versionLabel;
      env.ebextensionSettings = new TreeMap<>(ebextensions);
      state.event(now, "INFO", "Instance deployment completed successfully.", app, env.name, null, rid);
    }
    switch (kind) {
      case LAUNCH -> {
        if (env.cname != null) {
          state.event(now, "INFO", "Application available at " + env.cname + ".", app, env.name, null, rid);
        }
        state.event(now, "INFO", "Successfully launched environment: " + env.name, app, env.name, null, rid);
      }
      case DEPLOY -> {
        state.event(now, "INFO", "New application version was deployed to running EC2 instances.", app, env.name, null,
            rid);
        state.event(now, "INFO", "Environment update completed successfully.", app, env.name, null, rid);
      }
      case CONFIGURE -> {
        state.event(now, "INFO", "Successfully deployed new configuration to environment.", app, env.name, null, rid);
        state.event(now, "INFO", "Environment update completed successfully.", app, env.name, null, rid);
      }
      default -> { }
    }
    String degraded = deploys ? eb.faults.takeDegradeHealth() : null;
    setHealth(state, env, degraded != null ? degraded : "Ok", oldHealthStatus, rid);
  }

  /** Sets health and writes EB's transition event when the status changes. */
  static void setHealth(EbState state, EbState.Environment env, String healthStatus, String from, String rid) {
    env.healthStatus = healthStatus;
    env.health = colour(healthStatus);
    if (healthStatus.equals(from)) {
      return;
    }
    String message = "Environment health has transitioned from " + from + " to " + healthStatus + ".";
    String cause = causes(env).isEmpty() ? "" : " " + causes(env).get(0);
    boolean worse = rank(healthStatus) >= 3 && rank(healthStatus) > rank(from);
    state.event(env.updated, worse ? "WARN" : "INFO", message + cause, env.application, env.name, null, rid);
  }

  static String colour(String healthStatus) {
    return switch (healthStatus) {
      case "Ok", "Info" -> "Green";
      case "Warning" -> "Yellow";
      case "Degraded", "Severe" -> "Red";
      default -> "Grey";
    };
  }

  private static int rank(String healthStatus) {
    return switch (healthStatus == null ? "" : healthStatus) {
      case "Ok" -> 1;
      case "Info" -> 2;
      case "Warning" -> 3;
      case "Degraded" -> 4;
      case "Severe" -> 5;
      default -> 0;
    };
  }

  /** The causes enhanced health reports for the current health status. */
  static List<String> causes(EbState.Environment env) {
    if (env.healthStatus == null) {
      return List.of();
    }
    return switch (env.healthStatus) {
      case "Warning" -> List.of("20.0 % of the requests are failing with HTTP 5xx.");
      case "Degraded" -> List.of("55.0 % of the requests are failing with HTTP 5xx.");
      case "Severe" -> "Failed".equals(env.lastDeploymentStatus)
          ? List.of("Application update failed at " + env.lastDeploymentTime + " on 1 out of 1 instance.",
              "Incorrect application version found on all instances. Expected version \""
                  + (env.versionLabel == null ? "Sample Application" : env.versionLabel) + "\" (deployment "
                  + env.deploymentId + ").")
          : List.of("100.0 % of the requests are failing with HTTP 5xx.");
      default -> List.of();
    };
  }

  private Object terminate(EbEmulator.Call c) {
    EbState state = c.state();
    EbState.Environment env = target(c);
    if (!env.live() || "Terminating".equals(env.status)) {
      throw EbError.invalidState(env.name, "Ready");
    }
    env.status = "Terminating";
    env.abortable = false;
    env.updated = c.now();
    String rid = c.requestId();
    state.event(c.now(), "INFO", "terminateEnvironment is starting.", env.application, env.name, null, rid);
    int generation = ++env.generation;
    eb.schedule(eb.delays.terminate(), () -> {
      if (env.generation != generation) {
        return;
      }
      env.status = "Terminated";
      env.health = "Grey";
      env.healthStatus = null;
      env.updated = eb.now();
      state.event(eb.now(), "INFO", "terminateEnvironment completed successfully.", env.application, env.name, null, rid);
    });
    return Views.environment(state, env);
  }

  private Object abort(EbEmulator.Call c) {
    EbState state = c.state();
    EbState.Environment env = target(c);
    if (!"Updating".equals(env.status) || !env.abortable) {
      throw EbError.invalidState(env.name, "Updating");
    }
    env.abortable = false;
    String rid = c.requestId();
    state.event(c.now(), "INFO", "Environment update is being aborted.", env.application, env.name, null, rid);
    int generation = ++env.generation;
    eb.schedule(eb.delays.update(), () -> {
      if (env.generation != generation) {
        return;
      }
      env.status = "Ready";
      env.versionLabel = env.previousVersionLabel;
      env.updated = eb.now();
      state.event(eb.now(), "INFO", "Environment update was aborted and the previous configuration restored.",
          env.application, env.name, null, rid);
    });
    return null;
  }

  private Object swapCnames(EbEmulator.Call c) {
    EbState state = c.state();
    Params p = c.params();
    EbState.Environment source = state.environment(p.str("SourceEnvironmentId"), p.str("SourceEnvironmentName"));
    EbState.Environment destination = state.environment(p.str("DestinationEnvironmentId"),
        p.str("DestinationEnvironmentName"));
    requireReady(source);
    requireReady(destination);
    if (source.cname == null || destination.cname == null) {
      throw EbError.invalidParameter("Both environments must be web server environments to swap CNAMEs.");
    }
    String cname = source.cname;
    source.cname = destination.cname;
    destination.cname = cname;
    source.updated = c.now();
    destination.updated = c.now();
    String message = "Completed swapping CNAMEs for environments '" + source.name + "' and '" + destination.name + "'.";
    state.event(c.now(), "INFO", message, source.application, source.name, null, c.requestId());
    state.event(c.now(), "INFO", message, destination.application, destination.name, null, c.requestId());
    return null;
  }

  private static String randomAlnum(int length) {
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
