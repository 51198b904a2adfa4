package io.github.ebmaven.goals;

import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.config.ConfigKey;
import io.github.ebmaven.config.Configuration;
import io.github.ebmaven.config.Since;
import io.github.ebmaven.environment.Browser;
import io.github.ebmaven.environment.CleanOperation;
import io.github.ebmaven.environment.ConfigOperation;
import io.github.ebmaven.environment.EnvChanges;
import io.github.ebmaven.environment.EnvironmentOperation;
import io.github.ebmaven.environment.EnvironmentProperties;
import io.github.ebmaven.environment.EventsOperation;
import io.github.ebmaven.environment.HealthOperation;
import io.github.ebmaven.environment.LogFetcher;
import io.github.ebmaven.environment.LogsOperation;
import io.github.ebmaven.environment.OpenOperation;
import io.github.ebmaven.environment.StatusOperation;
import io.github.ebmaven.environment.SwapOperation;
import io.github.ebmaven.environment.VersionsOperation;
import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.platform.PlatformsOperation;
import io.github.ebmaven.release.EnvironmentPair;
import io.github.ebmaven.release.ReleaseOperation;
import io.github.ebmaven.release.ReleaseRequest;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.SecretPolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The goals that inspect or act on an existing application or environment. Each reads and checks
 * its settings before any AWS call, then makes one call into its operation.
 */
public final class EnvironmentGoals {

  private final GoalContext context;
  private final Configuration config;

  public EnvironmentGoals(GoalContext context) {
    this.context = context;
    this.config = context.config();
  }

  public EnvironmentState status() throws EbException {
    String application = config.application();
    return context.withAws(services -> new StatusOperation(services).status(application, environment(services)));
  }

  public HealthOperation.HealthReport health() throws EbException {
    String application = config.application();
    return context.withAws(services -> new HealthOperation(services).health(application, environment(services)));
  }

  /** @param keepGoing with {@code eb.follow}, polled between calls: false stops following */
  public EventsOperation.EventsResult events(BooleanSupplier keepGoing) throws EbException {
    boolean follow = config.flag(ConfigKey.FOLLOW);
    String application = config.application();
    Instant since = Since.parse(config.text(ConfigKey.SINCE), Clock.systemUTC());
    Integer maxEvents = config.integer(ConfigKey.MAX_EVENTS);
    EventsOperation.validate(new EventsOperation.EventsRequest(application, config.environment(), since, maxEvents));
    return context.withAws(services -> {
      EventsOperation.EventsRequest request = new EventsOperation.EventsRequest(application, environment(services), since, maxEvents);
      EventsOperation operation = new EventsOperation(services);
      if (!follow) {
        return operation.recent(request);
      }
      services.reporter().info("Following the events of " + request.environment() + "; press Ctrl+C to stop");
      return operation.follow(request, keepGoing);
    });
  }

  public List<LogsOperation.InstanceLogs> logs() throws EbException {
    String application = config.application();
    LogsOperation.Kind kind = LogsOperation.Kind.parse(config.text(ConfigKey.LOGS));
    Path directory = config.path(ConfigKey.LOGS_DIRECTORY, context.outputDirectory().resolve("logs"));
    Duration timeout = config.timeout();
    return context.withAws(services -> new LogsOperation(services, LogFetcher.http())
        .logs(new LogsOperation.LogsRequest(application, environment(services), kind, directory, timeout)));
  }

  public java.net.URI open() throws EbException {
    String application = config.application();
    Browser browser = Browser.desktop(context.console().interactive());
    return context.withAws(services -> new OpenOperation(services).open(application, environment(services), browser));
  }

  public ConfigOperation.ConfigResult config() throws EbException {
    SecretPolicy secrets = secretPolicy();
    List<OptionSetting> pom = config.flag(ConfigKey.DIFF) ? context.pomOptionSettings() : null;
    String application = config.application();
    return context.withAws(services -> new ConfigOperation(services)
        .config(new ConfigOperation.ConfigRequest(application, environment(services), pom, secrets)));
  }

  public java.util.Map<String, String> printenv() throws EbException {
    SecretPolicy secrets = secretPolicy();
    boolean reveal = config.flag(ConfigKey.REVEAL);
    String application = config.application();
    return context.withAws(
        services -> new EnvironmentProperties(services).print(application, environment(services), secrets, reveal));
  }

  public EnvironmentState setenv() throws EbException {
    EnvChanges changes = EnvChanges.parse(config.text(ConfigKey.ENV));
    changes.set().values().forEach(context::registerSecret);
    String application = config.application();
    var health = config.acceptedHealth();
    var timeout = config.timeout();
    return context.withAws(services -> new EnvironmentProperties(services)
        .set(new EnvironmentProperties.SetRequest(application, environment(services), changes, health, timeout)));
  }

  public List<PlatformsOperation.PlatformRow> platforms() throws EbException {
    String filter = config.platform();
    return context.withAws(services -> {
      services.reporter().info("Region: " + services.eb().region());
      return new PlatformsOperation(services).list(filter);
    });
  }

  public List<VersionsOperation.VersionRow> versions() throws EbException {
    String application = config.application();
    return context.withAws(services -> new VersionsOperation(services).list(application));
  }

  public CleanOperation.CleanPlan clean() throws EbException {
    CleanOperation.CleanRequest request =
        new CleanOperation.CleanRequest(
            config.application(), config.integer(ConfigKey.KEEP_VERSIONS),
            config.integer(ConfigKey.OLDER_THAN_DAYS), config.flag(ConfigKey.DRY_RUN));
    CleanOperation.validate(request);
    return context.withAws(services -> new CleanOperation(services).clean(request));
  }

  /**
   * {@code eb:swap}: the CNAMEs of two environments exchanged; for a {@code blue-green} or {@code
   * blue-only} target without {@code eb.targetEnvironmentName}, the release of the pair's idle
   * environment finished (capacity, smoke tests, swap, the old live one scaled down).
   */
  public List<EnvironmentState> swap() throws EbException {
    Releases releases = new Releases(context);
    if (releases.strategy().paired() && config.text(ConfigKey.TARGET_ENVIRONMENT_NAME) == null) {
      ReleaseRequest release = releases.request(() -> null, null, null);
      return context.withAws(services -> new ReleaseOperation(services).swap(release));
    }
    SwapOperation.SwapRequest request =
        new SwapOperation.SwapRequest(
            config.application(), config.environment(), config.text(ConfigKey.TARGET_ENVIRONMENT_NAME),
            config.acceptedHealth(), config.timeout());
    return context.withAws(services -> new SwapOperation(services).swap(request));
  }

  public EnvironmentState abort() throws EbException {
    return act(EnvironmentOperation.Action.ABORT, null);
  }

  public EnvironmentState restart() throws EbException {
    return act(EnvironmentOperation.Action.RESTART, null);
  }

  /** Rebuilds after a typed confirmation (or {@code eb.force}). */
  public EnvironmentState rebuild() throws EbException {
    return act(
        EnvironmentOperation.Action.REBUILD,
        name -> "Rebuilding " + name + " replaces its instances and load balancer; it is unavailable meanwhile.");
  }

  private EnvironmentState act(EnvironmentOperation.Action action, java.util.function.UnaryOperator<String> consequence)
      throws EbException {
    String application = config.application();
    Duration timeout = config.timeout();
    var health = config.acceptedHealth();
    return context.withAws(services -> {
      EnvironmentOperation.ActionRequest request =
          new EnvironmentOperation.ActionRequest(application, environment(services), action, health, timeout);
      EnvironmentOperation operation = new EnvironmentOperation(services);
      EnvironmentState target = operation.target(request.application(), request.environment());
      if (consequence != null) {
        context.confirmByName("rebuild", target.name(), consequence.apply(target.name()));
      }
      return operation.run(request);
    });
  }

  /**
   * The environment the goal acts on: {@code eb.environmentName}, or for a {@code blue-green} or
   * {@code blue-only} target the live one of its pair, said in the log.
   */
  private String environment(Services services) throws EbException {
    Releases releases = new Releases(context);
    EnvironmentPair pair = releases.pair();
    if (pair == null) {
      return config.environment();
    }
    EnvironmentPair.Sides sides = pair.requireLive(services.eb().environments(), config.application());
    services.reporter().info(releases.strategy().spelling() + " pair: " + sides.describe() + "; acting on " + sides.live().name());
    return sides.live().name();
  }

  private SecretPolicy secretPolicy() throws EbException {
    return SecretPolicy.of(config.text(ConfigKey.SECRET_PATTERN), ConfigKey.SECRET_PATTERN.mention());
  }
}
