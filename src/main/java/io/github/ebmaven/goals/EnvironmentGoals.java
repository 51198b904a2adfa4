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
import io.github.ebmaven.environment.MaintenanceOperation;
import io.github.ebmaven.environment.OpenOperation;
import io.github.ebmaven.environment.SshOperation;
import io.github.ebmaven.environment.StatusOperation;
import io.github.ebmaven.environment.SwapOperation;
import io.github.ebmaven.environment.VersionsOperation;
import io.github.ebmaven.extensions.Maintenance;
import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.platform.PlatformsOperation;
import io.github.ebmaven.release.EnvironmentPair;
import io.github.ebmaven.release.ReleaseOperation;
import io.github.ebmaven.release.ReleaseRequest;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Mention;
import io.github.ebmaven.report.SecretPolicy;
import java.nio.file.Files;
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

  public StatusOperation.Status status() throws EbException {
    String application = config.application();
    StatusOperation.Status status =
        context.withAws(services -> new StatusOperation(services).status(application, environment(services)));
    context.answers().status(application, status.state(), status.causes());
    return status;
  }

  public HealthOperation.HealthReport health() throws EbException {
    String application = config.application();
    HealthOperation.HealthReport report =
        context.withAws(services -> new HealthOperation(services).health(application, environment(services)));
    context.answers().health(report);
    return report;
  }

  /** @param keepGoing with {@code eb.follow}, polled between calls: false stops following */
  public EventsOperation.EventsResult events(BooleanSupplier keepGoing) throws EbException {
    boolean follow = config.flag(ConfigKey.FOLLOW);
    String application = config.application();
    Instant since = Since.parse(config.text(ConfigKey.SINCE), Clock.systemUTC());
    Integer maxEvents = config.integer(ConfigKey.MAX_EVENTS);
    EventsOperation.validate(new EventsOperation.EventsRequest(application, config.environment(), since, maxEvents));
    if (follow && context.answers().json()) {
      throw new EbException(ConfigKey.FOLLOW.example("true") + " prints events as they come, which one JSON document cannot"
          + " hold; drop " + ConfigKey.OUTPUT.mention() + " or " + ConfigKey.FOLLOW.mention() + ".");
    }
    return context.withAws(services -> {
      EventsOperation.EventsRequest request = new EventsOperation.EventsRequest(application, environment(services), since, maxEvents);
      EventsOperation operation = new EventsOperation(services);
      if (!follow) {
        EventsOperation.EventsResult recent = operation.recent(request);
        context.answers().events(request.environment(), recent.events());
        return recent;
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
    return context.withAws(services -> {
      String environment = environment(services);
      ConfigOperation.ConfigResult result =
          new ConfigOperation(services).config(new ConfigOperation.ConfigRequest(application, environment, pom, secrets));
      context.answers().config(environment, result);
      return result;
    });
  }

  public java.util.Map<String, String> printenv() throws EbException {
    SecretPolicy secrets = secretPolicy();
    boolean reveal = config.flag(ConfigKey.REVEAL);
    String application = config.application();
    return context.withAws(services -> {
      String environment = environment(services);
      java.util.Map<String, String> shown = new EnvironmentProperties(services).print(application, environment, secrets, reveal);
      context.answers().printenv(environment, shown);
      return shown;
    });
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

  /** {@code eb:maintenance}: the maintenance page on or off ({@code eb.maintenance}), waited on like a deploy. */
  public EnvironmentState maintenance() throws EbException {
    String mode = config.choice(ConfigKey.MAINTENANCE_MODE, List.of(Maintenance.ON, Maintenance.OFF));
    if (mode == null) {
      throw new EbException(Mention.goal("maintenance") + " needs " + ConfigKey.MAINTENANCE_MODE.mention() + ": "
          + ConfigKey.MAINTENANCE_MODE.example(Maintenance.ON) + " shows the maintenance page, "
          + ConfigKey.MAINTENANCE_MODE.example(Maintenance.OFF) + " serves the application again.");
    }
    MaintenanceOperation.MaintenanceRequest request =
        new MaintenanceOperation.MaintenanceRequest(
            config.application(), config.environment(), mode.equals(Maintenance.ON), config.acceptedHealth(), config.timeout());
    return context.withAws(services -> new MaintenanceOperation(services).switchTo(request));
  }

  /**
   * {@code eb:ssh}: a shell on one of the environment's instances, through Session Manager or SSH;
   * with {@code eb.ssh.print} only the command, printed.
   */
  public SshOperation.Session ssh(SessionLauncher launcher) throws EbException {
    boolean print = config.flag(ConfigKey.SSH_PRINT);
    if (!print && !context.console().interactive()) {
      throw new EbException(Mention.goal("ssh") + " opens an interactive session, and this build has no terminal to attach it to"
          + " (" + context.console().whyNotInteractive() + "). Run it in a terminal, or add " + ConfigKey.SSH_PRINT.example("true") + " to print the command.");
    }
    Path home = Path.of(System.getProperty("user.home"));
    String key = config.text(ConfigKey.SSH_KEY);
    Path keyFile = key == null ? null : key.startsWith("~/") ? home.resolve(key.substring(2)) : config.path(ConfigKey.SSH_KEY, null);
    SshOperation.SshRequest request =
        new SshOperation.SshRequest(
            config.application(), config.environment(), config.text(ConfigKey.INSTANCE), keyFile, config.text(ConfigKey.SSH_USER),
            config.text(ConfigKey.SSH_BASTION), home);
    SshOperation.Session session =
        context.withInstances((services, ec2, ssm, cli) -> new SshOperation(services, ec2, ssm, cli).plan(request, this::pickInstance));
    context.reporter().info("Instance " + session.instanceId() + ", through " + session.method());
    session.notes().forEach(context.reporter()::info);
    if (print) {
      context.reporter().info(session.commandLine());
      return session;
    }
    if (session.keyFile() != null && !Files.isRegularFile(session.keyFile())) {
      throw new EbException("The private key " + session.keyFile() + " does not exist; set " + ConfigKey.SSH_KEY.mention()
          + " to the key pair's .pem file.");
    }
    context.reporter().info("Running: " + session.commandLine());
    run(launcher, session);
    return session;
  }

  private String pickInstance(String environment, List<String> ids) {
    if (!context.console().interactive()) {
      return null;
    }
    context.reporter().info(environment + " has " + ids.size() + " instances:");
    for (int i = 0; i < ids.size(); i++) {
      context.reporter().info("  " + (i + 1) + ") " + ids.get(i));
    }
    String typed = context.console().readLine("Instance to connect to (1-" + ids.size() + " or its id): ");
    String answer = typed == null ? "" : typed.trim();
    if (ids.contains(answer)) {
      return answer;
    }
    return answer.matches("\\d+") && Integer.parseInt(answer) >= 1 && Integer.parseInt(answer) <= ids.size()
        ? ids.get(Integer.parseInt(answer) - 1)
        : null;
  }

  private static void run(SessionLauncher launcher, SshOperation.Session session) throws EbException {
    int status;
    try {
      status = launcher.run(session.command(), session.environment());
    } catch (java.io.IOException e) {
      throw new EbException("Cannot run " + session.command().get(0) + " (" + e.getMessage() + "): install it and put it on the PATH"
          + (session.method().equals("SSH") ? "" : " (the AWS CLI v2 with the Session Manager plugin)") + ", or add "
          + ConfigKey.SSH_PRINT.example("true") + " to print the command and run it elsewhere.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EbException("Interrupted while the session to " + session.instanceId() + " was open.");
    }
    // ssh passes the remote shell's status through and uses 255 for its own errors; the AWS CLI fails with non-zero.
    if (session.method().equals("SSH") ? status == 255 : status != 0) {
      throw new EbException(session.command().get(0) + " could not open the session to " + session.instanceId() + " (exit status "
          + status + "); its own message is above.");
    }
  }

  public List<PlatformsOperation.PlatformRow> platforms() throws EbException {
    String filter = config.platform();
    List<PlatformsOperation.PlatformRow> rows = context.withAws(services -> {
      services.reporter().info("Region: " + services.eb().region());
      return new PlatformsOperation(services).list(filter);
    });
    context.answers().platforms(rows);
    return rows;
  }

  public List<VersionsOperation.VersionRow> versions() throws EbException {
    String application = config.application();
    List<VersionsOperation.VersionRow> rows = context.withAws(services -> new VersionsOperation(services).list(application));
    context.answers().versions(application, rows);
    return rows;
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
