package io.github.ebmaven.aws;

import io.github.ebmaven.report.EbException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.elasticbeanstalk.ElasticBeanstalkClient;
import software.amazon.awssdk.services.elasticbeanstalk.model.ApplicationMetrics;
import software.amazon.awssdk.services.elasticbeanstalk.model.ApplicationVersionDescription;
import software.amazon.awssdk.services.elasticbeanstalk.model.ConfigurationOptionSetting;
import software.amazon.awssdk.services.elasticbeanstalk.model.CreateEnvironmentRequest;
import software.amazon.awssdk.services.elasticbeanstalk.model.DescribeEventsRequest;
import software.amazon.awssdk.services.elasticbeanstalk.model.DescribeEventsResponse;
import software.amazon.awssdk.services.elasticbeanstalk.model.ElasticBeanstalkException;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentDescription;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentHealthAttribute;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentTier;
import software.amazon.awssdk.services.elasticbeanstalk.model.EventDescription;
import software.amazon.awssdk.services.elasticbeanstalk.model.InstancesHealthAttribute;
import software.amazon.awssdk.services.elasticbeanstalk.model.OptionSpecification;
import software.amazon.awssdk.services.elasticbeanstalk.model.PlatformFilter;
import software.amazon.awssdk.services.elasticbeanstalk.model.PlatformSummary;
import software.amazon.awssdk.services.elasticbeanstalk.model.SingleInstanceHealth;
import software.amazon.awssdk.services.elasticbeanstalk.model.Tag;
import software.amazon.awssdk.services.elasticbeanstalk.model.ValidationMessage;

/**
 * The Elastic Beanstalk calls the plugin makes, in its own terms: every SDK type and error stays in
 * here, and each failure becomes an {@link EbException} that quotes EB's own message.
 */
public final class Beanstalk {

  private final ElasticBeanstalkClient client;
  private final String bucket;

  public Beanstalk(ElasticBeanstalkClient client) {
    this(client, null);
  }

  /** @param bucket the bucket for source bundles, or null for EB's own storage location */
  public Beanstalk(ElasticBeanstalkClient client, String bucket) {
    this.client = client;
    this.bucket = bucket == null || bucket.isBlank() ? null : bucket.trim();
  }

  /**
   * Where source bundles go: the configured bucket, else the account's EB storage bucket ({@code
   * elasticbeanstalk-<region>-<account>}), created if missing.
   */
  public String storageBucket() throws EbException {
    if (bucket != null) {
      return bucket;
    }
    return call("CreateStorageLocation", () -> client.createStorageLocation(b -> {}).s3Bucket());
  }

  public boolean applicationExists(String application) throws EbException {
    return !call(
            "DescribeApplications",
            () -> client.describeApplications(b -> b.applicationNames(application)).applications())
        .isEmpty();
  }

  public void createApplication(String application, String description) throws EbException {
    call(
        "CreateApplication",
        () -> client.createApplication(b -> b.applicationName(application).description(description)));
  }

  /** Keeps at most {@code maxVersions} versions and/or none older than {@code maxAgeDays}. */
  public void versionLifecycle(
      String application, Integer maxVersions, Integer maxAgeDays, String serviceRoleArn)
      throws EbException {
    call(
        "UpdateApplicationResourceLifecycle",
        () ->
            client.updateApplicationResourceLifecycle(
                b ->
                    b.applicationName(application)
                        .resourceLifecycleConfig(
                            c ->
                                c.serviceRole(serviceRoleArn)
                                    .versionLifecycleConfig(
                                        v -> {
                                          if (maxVersions != null) {
                                            v.maxCountRule(
                                                r -> r.enabled(true).maxCount(maxVersions).deleteSourceFromS3(true));
                                          }
                                          if (maxAgeDays != null) {
                                            v.maxAgeRule(
                                                r -> r.enabled(true).maxAgeInDays(maxAgeDays).deleteSourceFromS3(true));
                                          }
                                        }))));
  }

  /** Every platform version EB offers in this region, newest versions included. */
  public List<PlatformChoice.Candidate> platforms() throws EbException {
    List<PlatformChoice.Candidate> candidates = new ArrayList<>();
    call(
        "ListPlatformVersions",
        () -> {
          client
              .listPlatformVersionsPaginator(
                  b -> b.filters(PlatformFilter.builder().type("PlatformStatus").operator("=").values("Ready").build()))
              .platformSummaryList()
              .forEach((PlatformSummary p) ->
                  candidates.add(
                      new PlatformChoice.Candidate(
                          p.platformArn(),
                          p.platformBranchName(),
                          p.platformVersion(),
                          p.platformBranchLifecycleState(),
                          p.platformStatusAsString())));
          return null;
        });
    return candidates;
  }

  public Optional<VersionInfo> version(String application, String label) throws EbException {
    List<ApplicationVersionDescription> versions =
        call(
            "DescribeApplicationVersions",
            () ->
                client
                    .describeApplicationVersions(b -> b.applicationName(application).versionLabels(label))
                    .applicationVersions());
    return versions.stream().findFirst().map(Beanstalk::toVersion);
  }

  /** Every version of the application, newest first. */
  public List<VersionInfo> versions(String application) throws EbException {
    List<VersionInfo> versions = new ArrayList<>();
    everyPage(
        "DescribeApplicationVersions",
        next -> client.describeApplicationVersions(b -> b.applicationName(application).nextToken(next)),
        page -> page.applicationVersions().forEach(v -> versions.add(toVersion(v))),
        page -> page.nextToken());
    versions.sort(Comparator.comparing(VersionInfo::created, Comparator.nullsLast(Comparator.reverseOrder())));
    return versions;
  }

  public VersionInfo createVersion(
      String application, String label, String description, String bucket, String key)
      throws EbException {
    return toVersion(
        call(
            "CreateApplicationVersion",
            () ->
                client
                    .createApplicationVersion(
                        b ->
                            b.applicationName(application)
                                .versionLabel(label)
                                .description(description)
                                .sourceBundle(s -> s.s3Bucket(bucket).s3Key(key))
                                .process(true))
                    .applicationVersion()));
  }

  public void deleteVersion(String application, String label, boolean deleteSource) throws EbException {
    call(
        "DeleteApplicationVersion",
        () ->
            client.deleteApplicationVersion(
                b -> b.applicationName(application).versionLabel(label).deleteSourceBundle(deleteSource)));
  }

  public void deleteApplication(String application) throws EbException {
    call("DeleteApplication", () -> client.deleteApplication(b -> b.applicationName(application)));
  }

  /** EB's verdict on option settings, as "SEVERITY namespace/option: message" lines. */
  public List<String> validate(String application, String environment, List<Setting> settings)
      throws EbException {
    List<ValidationMessage> messages =
        call(
            "ValidateConfigurationSettings",
            () ->
                client
                    .validateConfigurationSettings(
                        b -> b.applicationName(application).environmentName(environment).optionSettings(toApi(settings)))
                    .messages());
    List<String> lines = new ArrayList<>();
    for (ValidationMessage m : messages) {
      lines.add(m.severityAsString() + " " + m.namespace() + " " + m.optionName() + ": " + m.message());
    }
    return lines;
  }

  /** The live (not terminated) environment of that name in the application. */
  public Optional<EnvironmentState> environment(String application, String environment)
      throws EbException {
    return call(
            "DescribeEnvironments",
            () ->
                client
                    .describeEnvironments(
                        b -> b.applicationName(application).environmentNames(environment).includeDeleted(false))
                    .environments())
        .stream()
        .filter(e -> !"Terminated".equals(e.statusAsString()))
        .findFirst()
        .map(Beanstalk::toState);
  }

  /** The environment by id, whatever its state (terminated ones included). */
  public Optional<EnvironmentState> environmentById(String environmentId) throws EbException {
    return call(
            "DescribeEnvironments",
            () ->
                client
                    .describeEnvironments(b -> b.environmentIds(environmentId).includeDeleted(true))
                    .environments())
        .stream()
        .findFirst()
        .map(Beanstalk::toState);
  }

  /** Names of the application's live environments, for "did you mean" messages. */
  public List<String> environmentNames(String application) throws EbException {
    return call(
            "DescribeEnvironments",
            () -> client.describeEnvironments(b -> b.applicationName(application).includeDeleted(false)).environments())
        .stream()
        .map(EnvironmentDescription::environmentName)
        .sorted()
        .toList();
  }

  /** The environments that run {@code label}, by name. */
  public Map<String, String> environmentsByVersion(String application) throws EbException {
    Map<String, String> byName = new java.util.TreeMap<>();
    for (EnvironmentDescription e :
        call(
            "DescribeEnvironments",
            () -> client.describeEnvironments(b -> b.applicationName(application).includeDeleted(false)).environments())) {
      byName.put(e.environmentName(), e.versionLabel());
    }
    return byName;
  }

  public boolean cnameAvailable(String prefix) throws EbException {
    return Boolean.TRUE.equals(
        call("CheckDNSAvailability", () -> client.checkDNSAvailability(b -> b.cnamePrefix(prefix)).available()));
  }

  /** What CreateEnvironment needs; null fields are left to EB's defaults. */
  public record NewEnvironment(
      String application,
      String name,
      String cnamePrefix,
      String tier,
      String platformArn,
      String solutionStack,
      String versionLabel,
      List<Setting> settings,
      Map<String, String> tags) {}

  /** Starts creating the environment; returns the request id its events carry. */
  public Requested createEnvironment(NewEnvironment spec) throws EbException {
    CreateEnvironmentRequest.Builder request =
        CreateEnvironmentRequest.builder()
            .applicationName(spec.application())
            .environmentName(spec.name())
            .versionLabel(spec.versionLabel())
            .optionSettings(toApi(spec.settings()));
    if (spec.cnamePrefix() != null) {
      request.cnamePrefix(spec.cnamePrefix());
    }
    if ("Worker".equalsIgnoreCase(spec.tier())) {
      request.tier(EnvironmentTier.builder().name("Worker").type("SQS/HTTP").build());
    } else {
      request.tier(EnvironmentTier.builder().name("WebServer").type("Standard").build());
    }
    if (spec.platformArn() != null) {
      request.platformArn(spec.platformArn());
    } else {
      request.solutionStackName(spec.solutionStack());
    }
    List<Tag> tags = new ArrayList<>();
    spec.tags().forEach((k, v) -> tags.add(Tag.builder().key(k).value(v).build()));
    request.tags(tags);
    var response = call("CreateEnvironment", () -> client.createEnvironment(request.build()));
    return new Requested(response.responseMetadata().requestId(), response.environmentId(), Instant.now());
  }

  /** A change EB accepted: the request id its events carry and when it was made. */
  public record Requested(String requestId, String environmentId, Instant at) {}

  /** Deploys {@code label} (and applies {@code settings}) to the environment. */
  public Requested updateEnvironment(String application, String environment, String label, List<Setting> settings)
      throws EbException {
    var response =
        call(
            "UpdateEnvironment",
            () ->
                client.updateEnvironment(
                    b -> {
                      b.applicationName(application).environmentName(environment).versionLabel(label);
                      if (!settings.isEmpty()) {
                        b.optionSettings(toApi(settings));
                      }
                    }));
    return new Requested(response.responseMetadata().requestId(), response.environmentId(), Instant.now());
  }

  public Requested terminateEnvironment(String environment) throws EbException {
    var response =
        call("TerminateEnvironment", () -> client.terminateEnvironment(b -> b.environmentName(environment)));
    return new Requested(response.responseMetadata().requestId(), response.environmentId(), Instant.now());
  }

  /** Events of the environment since {@code since} (inclusive), oldest first. */
  public List<EbEvent> events(String application, String environment, String requestId, Instant since)
      throws EbException {
    DescribeEventsRequest.Builder request =
        DescribeEventsRequest.builder().applicationName(application).environmentName(environment).startTime(since);
    if (requestId != null) {
      request.requestId(requestId);
    }
    DescribeEventsResponse response = call("DescribeEvents", () -> client.describeEvents(request.build()));
    return oldestFirst(response.events());
  }

  /** Events about one application version (processing failures are reported this way). */
  public List<EbEvent> versionEvents(String application, String label, Instant since) throws EbException {
    return oldestFirst(
        call(
            "DescribeEvents",
            () -> client.describeEvents(b -> b.applicationName(application).versionLabel(label).startTime(since)).events()));
  }

  /** The environment's recent events, newest last, to learn how long its updates take. */
  public List<EbEvent> recentEvents(String application, String environment, int maxRecords) throws EbException {
    return oldestFirst(
        call(
            "DescribeEvents",
            () -> client.describeEvents(b -> b.applicationName(application).environmentName(environment).maxRecords(maxRecords)).events()));
  }

  /** Enhanced health causes, or an empty list when the environment has no enhanced health. */
  public List<String> healthCauses(String environment) {
    try {
      return client
          .describeEnvironmentHealth(
              b -> b.environmentName(environment).attributeNames(EnvironmentHealthAttribute.CAUSES))
          .causes();
    } catch (SdkException e) {
      return List.of();
    }
  }

  /**
   * EB lists events newest first, and several often share a timestamp: reversing keeps their order
   * when sorting oldest first.
   */
  private static List<EbEvent> oldestFirst(List<EventDescription> newestFirst) {
    List<EbEvent> events = new ArrayList<>();
    for (EventDescription e : newestFirst) {
      events.add(new EbEvent(e.eventDate(), e.severityAsString(), e.message(), e.requestId(), e.environmentName(), e.versionLabel()));
    }
    java.util.Collections.reverse(events);
    events.sort(Comparator.comparing(EbEvent::time));
    return events;
  }

  private static List<ConfigurationOptionSetting> toApi(List<Setting> settings) {
    return settings.stream()
        .map(
            s ->
                ConfigurationOptionSetting.builder()
                    .namespace(s.namespace())
                    .optionName(s.optionName())
                    .value(s.value())
                    .resourceName(s.resourceName())
                    .build())
        .toList();
  }

  private static VersionInfo toVersion(ApplicationVersionDescription v) {
    return new VersionInfo(
        v.versionLabel(),
        v.sourceBundle() == null ? null : v.sourceBundle().s3Bucket(),
        v.sourceBundle() == null ? null : v.sourceBundle().s3Key(),
        v.statusAsString(),
        v.description(),
        v.dateCreated());
  }

  private static EnvironmentState toState(EnvironmentDescription e) {
    return new EnvironmentState(
        e.environmentName(),
        e.environmentId(),
        e.statusAsString(),
        e.healthAsString(),
        e.healthStatusAsString(),
        e.versionLabel(),
        e.cname(),
        e.platformArn() != null ? e.platformArn() : e.solutionStackName(),
        e.dateUpdated());
  }

  /** Calls {@code fetch} page after page (null token first) until EB returns no next token. */
  private static <P> void everyPage(
      String action,
      java.util.function.Function<String, P> fetch,
      java.util.function.Consumer<P> each,
      java.util.function.Function<P, String> nextToken)
      throws EbException {
    call(
        action,
        () -> {
          String token = null;
          do {
            P page = fetch.apply(token);
            each.accept(page);
            token = nextToken.apply(page);
          } while (token != null && !token.isEmpty());
          return null;
        });
  }

  /** One SDK call whose failure becomes a message quoting EB. */
  private interface Call<T> {
    T run();
  }

  private static <T> T call(String action, Call<T> call) throws EbException {
    try {
      return call.run();
    } catch (ElasticBeanstalkException e) {
      String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
      String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
      throw new AwsCallException(action, code, message, e);
    } catch (SdkException e) {
      throw new AwsCallException(action, "", e.getMessage(), e);
    }
  }

  // ---- operational goals, part B ----

  /** Every platform branch EB offers in this region, whatever its lifecycle state. */
  public List<PlatformBranch> platformBranches() throws EbException {
    List<PlatformBranch> branches = new ArrayList<>();
    everyPage(
        "ListPlatformBranches",
        next -> client.listPlatformBranches(b -> b.nextToken(next)),
        page -> page.platformBranchSummaryList()
            .forEach(p -> branches.add(new PlatformBranch(p.platformName(), p.branchName(), p.lifecycleState()))),
        page -> page.nextToken());
    return branches;
  }

  /** Exchanges the CNAMEs of two environments. */
  public Requested swapCnames(String source, String destination) throws EbException {
    var response =
        call(
            "SwapEnvironmentCNAMEs",
            () -> client.swapEnvironmentCNAMEs(b -> b.sourceEnvironmentName(source).destinationEnvironmentName(destination)));
    return new Requested(response.responseMetadata().requestId(), null, Instant.now());
  }

  /** Restarts the application server on every instance of the environment. */
  public Requested restartAppServer(String environment) throws EbException {
    var response = call("RestartAppServer", () -> client.restartAppServer(b -> b.environmentName(environment)));
    return new Requested(response.responseMetadata().requestId(), null, Instant.now());
  }

  /** Deletes and recreates the environment's AWS resources (instances, load balancer, ...). */
  public Requested rebuildEnvironment(String environment) throws EbException {
    var response = call("RebuildEnvironment", () -> client.rebuildEnvironment(b -> b.environmentName(environment)));
    return new Requested(response.responseMetadata().requestId(), null, Instant.now());
  }

  /** Cancels the environment's update in progress and restores its previous configuration. */
  public Requested abortEnvironmentUpdate(String environment) throws EbException {
    var response =
        call("AbortEnvironmentUpdate", () -> client.abortEnvironmentUpdate(b -> b.environmentName(environment)));
    return new Requested(response.responseMetadata().requestId(), null, Instant.now());
  }

  // ---- operational goals, part A ----

  /** Up to {@code maxRecords} of the environment's newest events since {@code since} (null: any time), oldest first. */
  public List<EbEvent> eventsSince(String application, String environment, Instant since, int maxRecords)
      throws EbException {
    DescribeEventsRequest.Builder request =
        DescribeEventsRequest.builder().applicationName(application).environmentName(environment).maxRecords(maxRecords);
    if (since != null) {
      request.startTime(since);
    }
    return oldestFirst(call("DescribeEvents", () -> client.describeEvents(request.build()).events()));
  }

  /** Enhanced health of the whole environment, every attribute. */
  public EnvironmentHealth environmentHealth(String environment) throws EbException {
    var r =
        call(
            "DescribeEnvironmentHealth",
            () ->
                client.describeEnvironmentHealth(
                    b -> b.environmentName(environment).attributeNames(EnvironmentHealthAttribute.ALL)));
    java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    var s = r.instancesHealth();
    if (s != null) {
      counts.put("Ok", s.ok());
      counts.put("Info", s.info());
      counts.put("Warning", s.warning());
      counts.put("Degraded", s.degraded());
      counts.put("Severe", s.severe());
      counts.put("Pending", s.pending());
      counts.put("NoData", s.noData());
      counts.put("Unknown", s.unknown());
      counts.values().removeIf(java.util.Objects::isNull);
    }
    return new EnvironmentHealth(
        r.environmentName(), r.statusAsString(), r.color(), r.healthStatus(), r.causes(), toMetrics(r.applicationMetrics()),
        counts, r.refreshedAt());
  }

  /** Enhanced health of each instance, every attribute, by instance id. */
  public List<InstanceHealth> instancesHealth(String environment) throws EbException {
    List<InstanceHealth> instances = new ArrayList<>();
    everyPage(
        "DescribeInstancesHealth",
        next -> client.describeInstancesHealth(
            b -> b.environmentName(environment).attributeNames(InstancesHealthAttribute.ALL).nextToken(next)),
        page -> {
          for (SingleInstanceHealth i : page.instanceHealthList()) {
            var system = i.system();
            instances.add(
                new InstanceHealth(
                    i.instanceId(), i.healthStatus(), i.color(), i.causes(), toMetrics(i.applicationMetrics()),
                    system == null ? List.of() : system.loadAverage(),
                    system == null || system.cpuUtilization() == null ? null : system.cpuUtilization().idle(),
                    i.deployment() == null ? null : i.deployment().versionLabel(),
                    i.availabilityZone(), i.instanceType(), i.launchedAt()));
          }
        },
        page -> page.nextToken());
    instances.sort(Comparator.comparing(InstanceHealth::instanceId, Comparator.nullsLast(Comparator.naturalOrder())));
    return instances;
  }

  /** Ids of the environment's EC2 instances. */
  public List<String> instanceIds(String environment) throws EbException {
    return call(
            "DescribeEnvironmentResources",
            () -> client.describeEnvironmentResources(b -> b.environmentName(environment)).environmentResources().instances())
        .stream()
        .map(software.amazon.awssdk.services.elasticbeanstalk.model.Instance::id)
        .sorted()
        .toList();
  }

  /** Asks every instance to upload its logs: {@code tail} (last lines) or {@code bundle} (full zip). */
  public Requested requestLogs(String environment, String infoType) throws EbException {
    var response =
        call(
            "RequestEnvironmentInfo",
            () -> client.requestEnvironmentInfo(b -> b.environmentName(environment).infoType(infoType)));
    return new Requested(response.responseMetadata().requestId(), null, Instant.now());
  }

  /** The log samples EB holds for the environment (older ones included), each with a short-lived URL. */
  public List<LogSample> retrieveLogs(String environment, String infoType) throws EbException {
    return call(
            "RetrieveEnvironmentInfo",
            () -> client.retrieveEnvironmentInfo(b -> b.environmentName(environment).infoType(infoType)).environmentInfo())
        .stream()
        .map(i -> new LogSample(i.ec2InstanceId(), i.sampleTimestamp(), i.message()))
        .toList();
  }

  /** The environment's effective option settings (defaults, .ebextensions and API settings merged). */
  public List<Setting> configurationSettings(String application, String environment) throws EbException {
    List<Setting> settings = new ArrayList<>();
    for (var description :
        call(
            "DescribeConfigurationSettings",
            () ->
                client
                    .describeConfigurationSettings(b -> b.applicationName(application).environmentName(environment))
                    .configurationSettings())) {
      for (ConfigurationOptionSetting o : description.optionSettings()) {
        settings.add(new Setting(o.namespace(), o.optionName(), o.value(), o.resourceName()));
      }
    }
    return settings;
  }

  /** Applies {@code settings} and removes {@code removals} (values ignored) without deploying a version. */
  public Requested updateSettings(String application, String environment, List<Setting> settings, List<Setting> removals)
      throws EbException {
    List<OptionSpecification> remove =
        removals.stream()
            .map(s -> OptionSpecification.builder().namespace(s.namespace()).optionName(s.optionName()).resourceName(s.resourceName()).build())
            .toList();
    var response =
        call(
            "UpdateEnvironment",
            () ->
                client.updateEnvironment(
                    b -> {
                      b.applicationName(application).environmentName(environment);
                      if (!settings.isEmpty()) {
                        b.optionSettings(toApi(settings));
                      }
                      if (!remove.isEmpty()) {
                        b.optionsToRemove(remove);
                      }
                    }));
    return new Requested(response.responseMetadata().requestId(), response.environmentId(), Instant.now());
  }

  private static RequestMetrics toMetrics(ApplicationMetrics m) {
    if (m == null || m.requestCount() == null) {
      return null;
    }
    var codes = m.statusCodes();
    var latency = m.latency();
    return new RequestMetrics(
        m.duration(),
        m.requestCount(),
        codes == null ? null : codes.status2xx(),
        codes == null ? null : codes.status3xx(),
        codes == null ? null : codes.status4xx(),
        codes == null ? null : codes.status5xx(),
        latency == null ? null : latency.p99(),
        latency == null ? null : latency.p90(),
        latency == null ? null : latency.p50());
  }
}
