package io.github.ebmaven.localaws;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The Elastic Beanstalk Query API: checks the SigV4 signature, the action and its parameters
 * against the service model, applies the faults, runs the action under one lock and answers in
 * EB's XML. Scheduled state transitions take the same lock, so the state is always consistent.
 */
final class EbEmulator implements AutoCloseable {
  /** One action handler. */
  @FunctionalInterface
  interface Action {
    /** Returns the result (maps, lists and values for {@link Xml}), or null for actions without output. */
    Object run(Call call);
  }

  /** One call being served: its parameters, region state, request id and time. */
  record Call(Params params, EbState state, String requestId, Instant now) { }

  /** An HTTP answer. */
  record Reply(int status, String requestId, String body) { }

  final Object lock = new Object();
  final ServiceModel model = ServiceModel.load();
  final PlatformCatalog platforms = new PlatformCatalog();
  final OptionCatalog options;
  final Faults faults;
  final Calls calls;
  final S3Backend s3;
  final IamEmulator iam;
  final AccountSettings account;
  final Clock clock;
  final Delays delays;
  final String accountId;
  final Deployments deployments;
  private final String accessKey;
  private final String secretKey;
  private final HealthMonitor health = new HealthMonitor(this);
  private final Map<String, EbState> regions = new LinkedHashMap<>();
  private final Map<String, Action> actions = new HashMap<>();
  private final ScheduledExecutorService scheduler;
  private volatile URI publicEndpoint;
  private volatile Consumer<String> answered = action -> { };
  /** Bumped when the endpoint restarts empty, so work scheduled before then does nothing. */
  private int epoch;

  EbEmulator(LocalAwsOptions options, S3Backend s3, IamEmulator iam, Faults faults, Calls calls) {
    this.s3 = s3;
    this.iam = iam;
    this.faults = faults;
    this.calls = calls;
    this.account = new AccountSettings(options);
    this.options = options.optionCatalog() == null ? OptionCatalog.load() : OptionCatalog.load(options.optionCatalog());
    this.clock = options.clock();
    this.delays = options.delays();
    this.accountId = options.accountId();
    this.accessKey = options.accessKey();
    this.secretKey = options.secretKey();
    this.deployments = new Deployments(this);
    AtomicInteger threads = new AtomicInteger();
    this.scheduler = Executors.newScheduledThreadPool(1, r -> {
      Thread t = new Thread(r, "local-aws-eb-lifecycle-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    new ApplicationActions(this).register(actions);
    new EnvironmentActions(this).register(actions);
    new SwapActions(this).register(actions);
    new InsightActions(this).register(actions);
    new HealthActions(this).register(actions);
    new PlatformActions(this).register(actions);
    new ConfigurationActions(this).register(actions);
    new TemplateActions(this).register(actions);
    new TagActions(this).register(actions);
    long refresh = delays.healthRefresh().toMillis();
    scheduler.scheduleAtFixedRate(() -> {
      synchronized (lock) {
        try {
          health.refreshAll();
        } catch (RuntimeException e) {
          System.err.println("local-aws: health refresh failed: " + e);
        }
      }
    }, refresh, refresh, TimeUnit.MILLISECONDS);
  }

  /** Refreshes health now, as the periodic refresh does (for tests that set a long refresh period). */
  void refreshHealth() {
    synchronized (lock) {
      health.refreshAll();
    }
  }

  /** Told the label of every call once it is answered (faults that restart or stop the endpoint listen). */
  void onAnswered(Consumer<String> listener) {
    this.answered = listener;
  }

  /** Forgets every region's state, as an endpoint restarted empty; scheduled work of the old state does nothing. */
  void reset() {
    synchronized (lock) {
      regions.clear();
      epoch++;
    }
  }

  /** The settings an environment runs with: documented defaults, then its version's .ebextensions, then the API's. */
  Map<OptionKey, String> effectiveSettings(EbState.Environment env) {
    Map<OptionKey, String> configured = new TreeMap<>(env.ebextensionSettings);
    configured.putAll(env.apiSettings);
    Map<OptionKey, String> merged = new TreeMap<>(options.defaults(env.solutionStack, env.tierName, configured));
    merged.putAll(configured);
    // Without a service role EB uses its service-linked role, and reports it.
    merged.putIfAbsent(OptionKey.of("aws:elasticbeanstalk:environment", "ServiceRole"), "arn:"
        + IamAccount.partitionOf(env.platformArn.split(":")[3]) + ":iam::" + accountId
        + ":role/aws-service-role/elasticbeanstalk.amazonaws.com/AWSServiceRoleForElasticBeanstalk");
    return merged;
  }

  /** Whether enhanced health reporting is on ({@code aws:elasticbeanstalk:healthreporting:system SystemType=enhanced}). */
  boolean enhancedHealth(EbState.Environment env) {
    OptionKey key = OptionKey.of("aws:elasticbeanstalk:healthreporting:system", "SystemType");
    String value = env.apiSettings.getOrDefault(key, env.ebextensionSettings.get(key));
    return "enhanced".equalsIgnoreCase(value);
  }

  /** An EnvironmentDescription: with basic health only the colour, as EB reports it. */
  Map<String, Object> environmentView(EbState state, EbState.Environment env) {
    return Views.environment(state, env, enhancedHealth(env));
  }

  void publicEndpoint(URI endpoint) {
    this.publicEndpoint = endpoint;
  }

  URI publicEndpoint() {
    return publicEndpoint;
  }

  boolean implemented(String action) {
    return actions.containsKey(action);
  }

  /** The state of a region, created on first use. Callers hold {@link #lock}. */
  EbState region(String region) {
    return regions.computeIfAbsent(region, r -> new EbState(r, accountId));
  }

  Map<String, EbState> regions() {
    return regions;
  }

  Instant now() {
    return clock.instant();
  }

  /** Runs {@code transition} after {@code delay} while holding the lock (unless the endpoint restarted empty). */
  void schedule(Duration delay, Runnable transition) {
    int scheduledIn;
    synchronized (lock) {
      scheduledIn = epoch;
    }
    scheduler.schedule(() -> {
      synchronized (lock) {
        if (scheduledIn != epoch) {
          return;
        }
        try {
          transition.run();
        } catch (RuntimeException e) {
          System.err.println("local-aws: scheduled transition failed: " + e);
        }
      }
    }, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
  }

  /** Serves one EB request. */
  Reply handle(RequestHead head, byte[] body) {
    String requestId = UUID.randomUUID().toString();
    Instant received = now();
    Params params = Params.of(head, body);
    String action = params.str("Action");
    String label = action == null ? "(no Action)" : action;
    Reply reply;
    try {
      reply = new Reply(200, requestId, run(head, body, params, action, requestId));
    } catch (EbError e) {
      reply = new Reply(e.status, requestId, Xml.error(e, requestId));
    } catch (RuntimeException e) {
      System.err.println("local-aws: " + label + " failed: " + e);
      e.printStackTrace();
      EbError error = EbError.internalFailure();
      reply = new Reply(error.status, requestId, Xml.error(error, requestId));
    }
    calls.record(label, received, reply.status());
    faults.pause(label);
    answered.accept(label);
    return reply;
  }

  private String run(RequestHead head, byte[] body, Params params, String action, String requestId) {
    String region = SigV4.authenticate(head, body, "elasticbeanstalk", accessKey, secretKey);
    if (action == null || action.isEmpty()) {
      throw new EbError("MissingAction", 400, "Missing Action");
    }
    String version = params.str("Version");
    if (!ServiceModel.API_VERSION.equals(version) || !model.hasOperation(action)) {
      throw new EbError("InvalidAction", 400, "Could not find operation " + action + " for version " + version);
    }
    EbError fault = faults.beforeEbCall(action, now());
    if (fault != null) {
      throw fault;
    }
    model.validate(action, params);
    Action handler = actions.get(action);
    if (handler == null) {
      throw new EbError("InvalidAction", 400, "The action " + action + " is not implemented by local-aws.");
    }
    Object result;
    synchronized (lock) {
      result = handler.run(new Call(params, region(region), requestId, now()));
    }
    return Xml.response(action, result, model.hasOutput(action), requestId);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
