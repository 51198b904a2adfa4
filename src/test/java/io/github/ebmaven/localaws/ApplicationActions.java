package io.github.ebmaven.localaws;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Storage location, applications, application versions and DNS checks. */
final class ApplicationActions {
  private static final Pattern STORAGE_BUCKET = Pattern.compile("elasticbeanstalk-([a-z]{2}(?:-gov)?-[a-z]+-\\d)-\\d{12}");

  private final EbEmulator eb;

  ApplicationActions(EbEmulator eb) {
    this.eb = eb;
  }

  void register(Map<String, EbEmulator.Action> actions) {
    actions.put("CreateStorageLocation", this::createStorageLocation);
    actions.put("CreateApplication", this::createApplication);
    actions.put("DescribeApplications", this::describeApplications);
    actions.put("UpdateApplication", this::updateApplication);
    actions.put("DeleteApplication", this::deleteApplication);
    actions.put("UpdateApplicationResourceLifecycle", this::updateResourceLifecycle);
    actions.put("CreateApplicationVersion", this::createVersion);
    actions.put("DescribeApplicationVersions", this::describeVersions);
    actions.put("DeleteApplicationVersion", this::deleteVersion);
    actions.put("CheckDNSAvailability", this::checkDns);
    actions.put("DescribeAccountAttributes", this::accountAttributes);
  }

  /** EB's answer when the caller may not create the storage bucket. */
  static EbError noCreateBucket() {
    return new EbError("InsufficientPrivilegesException", 403, "You do not have permission to perform the"
        + " 's3:CreateBucket' action. Verify that your S3 policies and your ACLs allow you to perform these actions.");
  }

  /**
   * The region of a bucket: the one a fault put it in, else the one in an EB storage bucket's
   * name ({@code elasticbeanstalk-<region>-<account>}), else null (taken to be the caller's region).
   */
  static String regionOfBucket(String bucket, Faults faults) {
    String assigned = faults.regionOfBucket(bucket);
    if (assigned != null) {
      return assigned;
    }
    Matcher m = STORAGE_BUCKET.matcher(bucket);
    return m.matches() ? m.group(1) : null;
  }

  private Object accountAttributes(EbEmulator.Call c) {
    return Xml.obj("ResourceQuotas", Xml.obj(
        "ApplicationQuota", Xml.obj("Maximum", 75),
        "ApplicationVersionQuota", Xml.obj("Maximum", eb.account.applicationVersionQuota()),
        "EnvironmentQuota", Xml.obj("Maximum", 200),
        "ConfigurationTemplateQuota", Xml.obj("Maximum", 2000),
        "CustomPlatformQuota", Xml.obj("Maximum", 50)));
  }

  private Object createStorageLocation(EbEmulator.Call c) {
    if (eb.faults.deniesCreateBucket()) {
      throw noCreateBucket();
    }
    String bucket = c.state().storageBucket();
    eb.s3.ensureBucket(bucket);
    c.state().storageBuckets.add(bucket);
    return Xml.obj("S3Bucket", bucket);
  }

  private Object createApplication(EbEmulator.Call c) {
    String name = c.params().str("ApplicationName");
    if (c.state().applications.containsKey(name)) {
      throw EbError.invalidParameter("Application " + name + " already exists.");
    }
    EbState.Application app = new EbState.Application(name, c.params().str("Description"), c.now());
    Params lifecycle = c.params().struct("ResourceLifecycleConfig");
    if (lifecycle != null) {
      app.resourceLifecycle = lifecycle.toPlain();
    }
    c.state().applications.put(name, app);
    TagActions.createTags(c.state(), c.state().arn("application/" + name), c.params());
    return Xml.obj("Application", Views.application(c.state(), app));
  }

  private Object describeApplications(EbEmulator.Call c) {
    List<String> names = c.params().strings("ApplicationNames");
    List<Object> out = new ArrayList<>();
    for (EbState.Application app : c.state().applications.values()) {
      if (names.isEmpty() || names.contains(app.name)) {
        out.add(Views.application(c.state(), app));
      }
    }
    return Xml.obj("Applications", out);
  }

  private Object updateApplication(EbEmulator.Call c) {
    EbState.Application app = c.state().application(c.params().str("ApplicationName"));
    if (c.params().has("Description")) {
      app.description = c.params().str("Description");
      app.updated = c.now();
    }
    return Xml.obj("Application", Views.application(c.state(), app));
  }

  private Object deleteApplication(EbEmulator.Call c) {
    EbState state = c.state();
    EbState.Application app = state.application(c.params().str("ApplicationName"));
    List<EbState.Environment> live = state.environments.values().stream()
        .filter(e -> e.application.equals(app.name) && e.live()).toList();
    if (!live.isEmpty() && !c.params().bool("TerminateEnvByForce", false)) {
      throw EbError.invalidParameter("Unable to delete application " + app.name
          + " because it has running environments. Terminate them first or set TerminateEnvByForce.");
    }
    String rid = c.requestId();
    for (EbState.Environment e : live) {
      if (e.running()) {
        eb.deployments.terminate(state, e, rid);
      }
    }
    state.applications.remove(app.name);
    state.tags.keySet().removeIf(arn -> arn.equals(state.arn("application/" + app.name))
        || arn.startsWith(state.arn("applicationversion/" + app.name + "/")));
    eb.schedule(live.isEmpty() ? eb.delays.eventSpacing() : eb.delays.terminate().plus(eb.delays.eventSpacing()),
        () -> state.event(eb.now(), "INFO", "The application has been deleted successfully.", app.name, null, null, rid));
    return null;
  }

  private Object updateResourceLifecycle(EbEmulator.Call c) {
    EbState.Application app = c.state().application(c.params().str("ApplicationName"));
    app.resourceLifecycle = c.params().struct("ResourceLifecycleConfig").toPlain();
    app.updated = c.now();
    return Xml.obj("ApplicationName", app.name, "ResourceLifecycleConfig", app.resourceLifecycle);
  }

  private Object createVersion(EbEmulator.Call c) {
    EbState state = c.state();
    Params p = c.params();
    String appName = p.str("ApplicationName");
    EbState.Application app = state.applications.get(appName);
    if (app == null) {
      if (!p.bool("AutoCreateApplication", false)) {
        throw EbError.noApplication(appName);
      }
      app = new EbState.Application(appName, null, c.now());
      state.applications.put(appName, app);
      TagActions.createTags(state, state.arn("application/" + appName), null);
    }
    String label = p.str("VersionLabel");
    if (app.versions.containsKey(label)) {
      throw EbError.invalidParameter("Application Version " + label + " already exists.");
    }
    int quota = eb.account.applicationVersionQuota();
    if (state.applications.values().stream().mapToInt(a -> a.versions.size()).sum() >= quota) {
      throw new EbError("TooManyApplicationVersionsException", 400, "You cannot have more than " + quota
          + " Application Versions. Either remove some Application Versions or request a limit increase.");
    }
    Params bundle = p.struct("SourceBundle");
    String bucket = bundle == null ? null : bundle.str("S3Bucket");
    String key = bundle == null ? null : bundle.str("S3Key");
    if (bundle != null && (bucket == null || key == null)) {
      throw EbError.invalidCombination("Both S3 bucket and key must be specified.");
    }
    String bucketRegion = bucket == null ? null : regionOfBucket(bucket, eb.faults);
    if (bucketRegion != null && !bucketRegion.equals(state.region)) {
      throw new EbError("S3LocationNotInServiceRegionException", 400, "Unable to download from S3 location (Bucket: "
          + bucket + "  Key: " + key + "). Reason: The bucket is in this region: " + bucketRegion + ". Please use this"
          + " region to retry the request");
    }
    long size = bucket == null ? 0 : eb.s3.size(bucket, key);
    if (size < 0) {
      throw EbError.invalidCombination("Unable to download from S3 location (Bucket: " + bucket + "  Key: " + key
          + "). Reason: Not Found");
    }
    EbState.AppVersion version = new EbState.AppVersion(appName, label, p.str("Description"), bucket, key, c.now());
    app.versions.put(label, version);
    app.updated = c.now();
    TagActions.createTags(state, state.arn("applicationversion/" + appName + "/" + label), p);
    if (p.bool("Process", false)) {
      version.status = "Processing";
      String requestId = c.requestId();
      eb.schedule(eb.delays.processing(), () -> finishProcessing(state, version, size, requestId));
    } else {
      version.status = bucket == null ? "Processed" : "Unprocessed";
    }
    applyMaxCountRule(state, app);
    return Xml.obj("ApplicationVersion", Views.version(state, version));
  }

  private void finishProcessing(EbState state, EbState.AppVersion version, long size, String requestId) {
    EbState.Application app = state.applications.get(version.application);
    if (app == null || app.versions.get(version.label) != version) {
      return;
    }
    BundleProcessor.Result result = BundleProcessor.fromS3(eb.s3, version, size);
    version.updated = eb.now();
    if (result.ok()) {
      version.status = "Processed";
      version.ebextensions = new TreeMap<>(result.optionSettings());
    } else {
      version.status = "Failed";
      version.failure = result.failure();
      state.event(eb.now(), "ERROR", result.failure(), version.application, null, version.label, requestId);
    }
  }

  /** EB's version lifecycle MaxCountRule: the oldest versions not deployed anywhere go first. */
  private void applyMaxCountRule(EbState state, EbState.Application app) {
    if (!(app.resourceLifecycle != null && app.resourceLifecycle.get("VersionLifecycleConfig") instanceof Map<?, ?> vlc
        && vlc.get("MaxCountRule") instanceof Map<?, ?> rule && "true".equalsIgnoreCase(String.valueOf(rule.get("Enabled"))))) {
      return;
    }
    int max = Integer.parseInt(String.valueOf(rule.get("MaxCount")));
    boolean deleteSource = "true".equalsIgnoreCase(String.valueOf(rule.get("DeleteSourceFromS3")));
    List<EbState.AppVersion> candidates = new ArrayList<>(app.versions.values());
    candidates.sort(Comparator.comparing((EbState.AppVersion v) -> v.created));
    int excess = app.versions.size() - max;
    for (EbState.AppVersion v : candidates) {
      if (excess <= 0) {
        break;
      }
      if (inUse(state, app.name, v.label)) {
        continue;
      }
      app.versions.remove(v.label);
      state.tags.remove(state.arn("applicationversion/" + app.name + "/" + v.label));
      if (deleteSource && v.bucket != null) {
        eb.s3.delete(v.bucket, v.key);
      }
      excess--;
    }
  }

  static boolean inUse(EbState state, String app, String label) {
    return state.environments.values().stream()
        .anyMatch(e -> e.live() && e.application.equals(app) && label.equals(e.versionLabel));
  }

  private Object describeVersions(EbEmulator.Call c) {
    Params p = c.params();
    String appName = p.str("ApplicationName");
    List<String> labels = p.strings("VersionLabels");
    List<Object> all = new ArrayList<>();
    for (EbState.Application app : c.state().applications.values()) {
      if (appName != null && !appName.equals(app.name)) {
        continue;
      }
      List<EbState.AppVersion> versions = new ArrayList<>(app.versions.values());
      java.util.Collections.reverse(versions);
      for (EbState.AppVersion v : versions) {
        if (labels.isEmpty() || labels.contains(v.label)) {
          all.add(Views.version(c.state(), v));
        }
      }
    }
    Map<String, Object> out = Views.ordered();
    List<Object> page = Views.page(all, p.integer("MaxRecords"), p.str("NextToken"), 1000, out);
    Map<String, Object> result = Xml.obj("ApplicationVersions", page);
    result.putAll(out);
    return result;
  }

  private Object deleteVersion(EbEmulator.Call c) {
    EbState state = c.state();
    EbState.Application app = state.application(c.params().str("ApplicationName"));
    String label = c.params().str("VersionLabel");
    EbState.AppVersion v = app.versions.get(label);
    if (v == null) {
      throw EbError.noVersion(app.name, label);
    }
    if (inUse(state, app.name, label)) {
      throw EbError.invalidParameter("Unable to delete application version " + label
          + " because it is being used by a running environment.");
    }
    if (c.params().bool("DeleteSourceBundle", false) && v.bucket != null) {
      try {
        eb.s3.delete(v.bucket, v.key);
      } catch (RuntimeException e) {
        throw new EbError("SourceBundleDeletionFailure", 400, "Unable to delete source bundle s3://" + v.bucket + "/"
            + v.key + ": " + e.getMessage());
      }
    }
    app.versions.remove(label);
    state.tags.remove(state.arn("applicationversion/" + app.name + "/" + label));
    return null;
  }

  private Object checkDns(EbEmulator.Call c) {
    String cname = c.params().str("CNAMEPrefix") + c.state().cnameSuffix();
    return Xml.obj("Available", !c.state().cnameTaken(cname), "FullyQualifiedCNAME", cname);
  }
}
