package io.github.ebmaven.localaws;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Elastic Beanstalk resources of one region. Not synchronized itself: every access holds the
 * emulator's lock ({@link EbEmulator#lock}).
 */
final class EbState {
  final String region;
  final String accountId;
  final Map<String, Application> applications = new LinkedHashMap<>();
  final Map<String, Environment> environments = new LinkedHashMap<>();
  final List<Event> events = new ArrayList<>();
  final Map<String, Map<String, String>> tags = new TreeMap<>();
  final Set<String> storageBuckets = new LinkedHashSet<>();
  /** Ids of environments in a CNAME swap that has not completed. */
  final Set<String> swapping = new LinkedHashSet<>();

  EbState(String region, String accountId) {
    this.region = region;
    this.accountId = accountId;
  }

  String storageBucket() {
    return "elasticbeanstalk-" + region + "-" + accountId;
  }

  String arn(String resource) {
    return "arn:aws:elasticbeanstalk:" + region + ":" + accountId + ":" + resource;
  }

  String cnameSuffix() {
    return "." + region + ".elasticbeanstalk.com";
  }

  Application application(String name) {
    Application app = applications.get(name);
    if (app == null) {
      throw EbError.noApplication(name);
    }
    return app;
  }

  /** The live (not Terminated) environment with this name, or null. */
  Environment liveEnvironment(String name) {
    for (Environment e : environments.values()) {
      if (e.name.equals(name) && !"Terminated".equals(e.status)) {
        return e;
      }
    }
    return null;
  }

  /**
   * The environment a request names by id or name; by name the live one wins over terminated ones.
   */
  Environment environment(String id, String name) {
    if (id != null && !id.isEmpty()) {
      Environment e = environments.get(id);
      if (e == null) {
        throw EbError.noEnvironmentId(id);
      }
      return e;
    }
    if (name == null || name.isEmpty()) {
      throw EbError.missingParameter("EnvironmentId or EnvironmentName");
    }
    Environment live = liveEnvironment(name);
    if (live != null) {
      return live;
    }
    throw EbError.noEnvironment(name);
  }

  /** A configuration template of an application, or EB's "not found" error. */
  Template template(String application, String name) {
    Application app = applications.get(application);
    Template template = app == null ? null : app.templates.get(name);
    if (template == null) {
      throw EbError.invalidParameter("No Configuration Template named '" + application + "/" + name + "' found.");
    }
    return template;
  }

  boolean cnameTaken(String cname) {
    return environments.values().stream().anyMatch(e -> !"Terminated".equals(e.status) && cname.equalsIgnoreCase(e.cname));
  }

  void event(Instant when, String severity, String message, String app, String env, String version, String requestId) {
    events.add(new Event(when, severity, message, app, env, version, requestId));
  }

  /** An application. */
  static final class Application {
    final String name;
    String description;
    final Instant created;
    Instant updated;
    Map<String, Object> resourceLifecycle;
    final Map<String, AppVersion> versions = new LinkedHashMap<>();
    final Map<String, Template> templates = new LinkedHashMap<>();

    Application(String name, String description, Instant created) {
      this.name = name;
      this.description = description;
      this.created = created;
      this.updated = created;
    }
  }

  /** An application version; {@code status} uses EB's enumeration (Unprocessed, Processing, Processed, Failed). */
  static final class AppVersion {
    final String application;
    final String label;
    final String description;
    final String bucket;
    final String key;
    final Instant created;
    Instant updated;
    String status;
    String failure;
    Map<OptionKey, String> ebextensions = new TreeMap<>();

    AppVersion(String application, String label, String description, String bucket, String key, Instant created) {
      this.application = application;
      this.label = label;
      this.description = description;
      this.bucket = bucket;
      this.key = key;
      this.created = created;
      this.updated = created;
    }
  }

  /** A saved configuration (configuration template) of an application. */
  static final class Template {
    final String name;
    final String application;
    final String solutionStack;
    final String platformArn;
    final Instant created;
    String description;
    Instant updated;
    final Map<OptionKey, String> settings = new TreeMap<>();

    Template(String name, String application, String solutionStack, String platformArn, Instant created) {
      this.name = name;
      this.application = application;
      this.solutionStack = solutionStack;
      this.platformArn = platformArn;
      this.created = created;
      this.updated = created;
    }
  }

  /** What an instance reported at the last health refresh, as DescribeInstancesHealth returns it. */
  record InstanceReport(String healthStatus, String colour, List<String> causes, String deploymentLabel,
      int deploymentId, String deploymentStatus, Instant deploymentTime) { }

  /** An environment and its place in EB's state machine. */
  static final class Environment {
    final String id;
    final String name;
    final String application;
    final String solutionStack;
    final String platformArn;
    final String tierName;
    final String tierType;
    final String instanceId;
    final Instant created;
    String description;
    String cname;
    String versionLabel;
    Instant updated;
    String status = "Launching";
    boolean abortable;
    /** Bumped on every new operation so stale scheduled transitions do nothing. */
    int generation;
    /** Settings given through the API (create, update); removed ones disappear. */
    final Map<OptionKey, String> apiSettings = new TreeMap<>();
    /** Settings from the deployed version's .ebextensions. */
    Map<OptionKey, String> ebextensionSettings = new TreeMap<>();
    /** What the deployed version was at the start of the running operation, to restore on abort. */
    String previousVersionLabel;
    /** The API settings at the start of the running configuration update, restored when it fails. */
    Map<OptionKey, String> previousApiSettings;
    /** Whether the instance exists (launched, not lost to a failed launch). */
    boolean hasInstance;
    /** Whether the launch used a launch template rather than a launch configuration. */
    boolean launchTemplate;
    /** The deployment EB last attempted: its label, number, outcome (InProgress, Deployed, Failed) and time. */
    String deploymentLabel;
    int deploymentId;
    String lastDeploymentStatus;
    Instant lastDeploymentTime;
    /** The operation running or last run, as health reports name it ("Application update", ...). */
    String operation;
    Instant operationStarted;
    Instant operationEnded;
    /** Why health is bad, from the last operation or a fault; null when the application is healthy. */
    String failedOperation;
    Instant crashingSince;
    String degradedTo;
    /** Health as published at the last refresh (EB reports only what it last checked). */
    String health = "Grey";
    String healthStatus = "Pending";
    List<String> causes = List.of();
    Instant refreshedAt;
    InstanceReport instanceReport;
    final List<Map<String, Object>> infoSamples = new ArrayList<>();

    Environment(String id, String name, String application, String solutionStack, String platformArn,
        String tierName, String tierType, String instanceId, Instant created) {
      this.id = id;
      this.name = name;
      this.application = application;
      this.solutionStack = solutionStack;
      this.platformArn = platformArn;
      this.tierName = tierName;
      this.tierType = tierType;
      this.instanceId = instanceId;
      this.created = created;
      this.updated = created;
    }

    boolean live() {
      return !"Terminated".equals(status);
    }

    /** Whether the environment is live and not being terminated. */
    boolean running() {
      return live() && !"Terminating".equals(status);
    }
  }

  /** An event as DescribeEvents returns it. */
  record Event(Instant date, String severity, String message, String application, String environment,
      String versionLabel, String requestId) { }
}
