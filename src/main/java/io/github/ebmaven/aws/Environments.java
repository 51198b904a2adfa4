package io.github.ebmaven.aws;

import static io.github.ebmaven.aws.EbCalls.call;
import static io.github.ebmaven.aws.EbCalls.toApi;

import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.elasticbeanstalk.ElasticBeanstalkClient;
import software.amazon.awssdk.services.elasticbeanstalk.model.ConfigurationOptionSetting;
import software.amazon.awssdk.services.elasticbeanstalk.model.CreateEnvironmentRequest;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentDescription;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentTier;
import software.amazon.awssdk.services.elasticbeanstalk.model.Instance;
import software.amazon.awssdk.services.elasticbeanstalk.model.OptionSpecification;
import software.amazon.awssdk.services.elasticbeanstalk.model.Tag;
import software.amazon.awssdk.services.elasticbeanstalk.model.ValidationMessage;

/**
 * Environments: finding them, creating, changing and terminating them, their settings, resources
 * and logs. Every change returns the {@link Requested} whose events tell how it goes.
 */
public final class Environments {

  private final ElasticBeanstalkClient client;

  Environments(ElasticBeanstalkClient client) {
    this.client = client;
  }

  /** The live (not terminated) environment of that name in the application. */
  public Optional<EnvironmentState> find(String application, String environment) throws EbException {
    return call(
            "DescribeEnvironments",
            () ->
                client
                    .describeEnvironments(b -> b.applicationName(application).environmentNames(environment).includeDeleted(false))
                    .environments())
        .stream()
        .filter(e -> !"Terminated".equals(e.statusAsString()))
        .findFirst()
        .map(Environments::toState);
  }

  /** The live environment, or an error listing the application's environments and how to pick one. */
  public EnvironmentState require(String application, String environment) throws EbException {
    Optional<EnvironmentState> state = find(application, environment);
    if (state.isPresent()) {
      return state.get();
    }
    List<String> existing = names(application);
    throw new EbException(
        "Environment '" + environment + "' does not exist in application '" + application + "'. "
            + (existing.isEmpty()
                ? "The application has no environment: create one with " + Mention.goal("create") + "."
                : "Its environments: " + String.join(", ", existing) + ". Set " + Mention.setting("eb.environmentName")
                    + " to one of them, or create it with " + Mention.goal("create") + "."));
  }

  /** The application that has a live environment of this name in the region, if any. */
  public Optional<String> applicationOf(String environment) throws EbException {
    return call(
            "DescribeEnvironments",
            () -> client.describeEnvironments(b -> b.environmentNames(environment).includeDeleted(false)).environments())
        .stream()
        .filter(e -> !"Terminated".equals(e.statusAsString()))
        .map(EnvironmentDescription::applicationName)
        .findFirst();
  }

  /** The environment by id, whatever its state (terminated ones included). */
  public Optional<EnvironmentState> byId(String environmentId) throws EbException {
    return call(
            "DescribeEnvironments",
            () -> client.describeEnvironments(b -> b.environmentIds(environmentId).includeDeleted(true)).environments())
        .stream()
        .findFirst()
        .map(Environments::toState);
  }

  /** Names of the application's live environments, sorted. */
  public List<String> names(String application) throws EbException {
    return List.copyOf(versionsByEnvironment(application).keySet());
  }

  /** The label each live environment of the application runs (null for none), by environment name. */
  public Map<String, String> versionsByEnvironment(String application) throws EbException {
    Map<String, String> byName = new TreeMap<>();
    for (EnvironmentDescription e :
        call(
            "DescribeEnvironments",
            () -> client.describeEnvironments(b -> b.applicationName(application).includeDeleted(false)).environments())) {
      if (!"Terminated".equals(e.statusAsString())) {
        byName.put(e.environmentName(), e.versionLabel());
      }
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
      List<OptionSetting> settings,
      Map<String, String> tags) {}

  /** Starts creating the environment. */
  public Requested create(NewEnvironment spec) throws EbException {
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
    return Requested.of(response, response.environmentId());
  }

  /**
   * Deploys {@code label} (when not null), applies {@code settings} and removes {@code removals}
   * (their values are ignored).
   */
  public Requested update(
      String application, String environment, String label, List<OptionSetting> settings, List<OptionSetting> removals)
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
                      if (label != null) {
                        b.versionLabel(label);
                      }
                      if (!settings.isEmpty()) {
                        b.optionSettings(toApi(settings));
                      }
                      if (!remove.isEmpty()) {
                        b.optionsToRemove(remove);
                      }
                    }));
    return Requested.of(response, response.environmentId());
  }

  public Requested terminate(String environment) throws EbException {
    var response = call("TerminateEnvironment", () -> client.terminateEnvironment(b -> b.environmentName(environment)));
    return Requested.of(response, response.environmentId());
  }

  /** Exchanges the CNAMEs of two environments. */
  public Requested swapCnames(String source, String destination) throws EbException {
    var response =
        call(
            "SwapEnvironmentCNAMEs",
            () -> client.swapEnvironmentCNAMEs(b -> b.sourceEnvironmentName(source).destinationEnvironmentName(destination)));
    return Requested.of(response, null);
  }

  /** Restarts the application server on every instance of the environment. */
  public Requested restartAppServer(String environment) throws EbException {
    return Requested.of(call("RestartAppServer", () -> client.restartAppServer(b -> b.environmentName(environment))), null);
  }

  /** Deletes and recreates the environment's AWS resources (instances, load balancer, ...). */
  public Requested rebuild(String environment) throws EbException {
    return Requested.of(call("RebuildEnvironment", () -> client.rebuildEnvironment(b -> b.environmentName(environment))), null);
  }

  /** Cancels the environment's update in progress and restores its previous configuration. */
  public Requested abortUpdate(String environment) throws EbException {
    return Requested.of(
        call("AbortEnvironmentUpdate", () -> client.abortEnvironmentUpdate(b -> b.environmentName(environment))), null);
  }

  /** EB's verdict on option settings, as "SEVERITY namespace option: message" lines. */
  public List<String> validate(String application, String environment, List<OptionSetting> settings) throws EbException {
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

  /** The environment's effective option settings (defaults, .ebextensions and API settings merged). */
  public List<OptionSetting> configurationSettings(String application, String environment) throws EbException {
    List<OptionSetting> settings = new ArrayList<>();
    for (var description :
        call(
            "DescribeConfigurationSettings",
            () ->
                client
                    .describeConfigurationSettings(b -> b.applicationName(application).environmentName(environment))
                    .configurationSettings())) {
      for (ConfigurationOptionSetting o : description.optionSettings()) {
        settings.add(EbCalls.fromApi(o));
      }
    }
    return settings;
  }

  /** Ids of the environment's EC2 instances, sorted. */
  public List<String> instanceIds(String environment) throws EbException {
    return call(
            "DescribeEnvironmentResources",
            () -> client.describeEnvironmentResources(b -> b.environmentName(environment)).environmentResources().instances())
        .stream()
        .map(Instance::id)
        .sorted()
        .toList();
  }

  /** Asks every instance to upload its logs: {@code tail} (last lines) or {@code bundle} (full zip). */
  public Requested requestLogs(String environment, String infoType) throws EbException {
    return Requested.of(
        call("RequestEnvironmentInfo", () -> client.requestEnvironmentInfo(b -> b.environmentName(environment).infoType(infoType))),
        null);
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

  static EnvironmentState toState(EnvironmentDescription e) {
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
}
