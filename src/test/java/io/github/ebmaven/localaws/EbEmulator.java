package io.github.ebmaven.localaws;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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
  final OptionCatalog options = new OptionCatalog();
  final Faults faults;
  final Calls calls;
  final S3Backend s3;
  final Clock clock;
  final Delays delays;
  final String accountId;
  private final String accessKey;
  private final String secretKey;
  private final Map<String, EbState> regions = new LinkedHashMap<>();
  private final Map<String, Action> actions = new HashMap<>();
  private final ScheduledExecutorService scheduler;
  private volatile URI publicEndpoint;

  EbEmulator(LocalAwsOptions options, S3Backend s3, Faults faults, Calls calls) {
    this.s3 = s3;
    this.faults = faults;
    this.calls = calls;
    this.clock = options.clock();
    this.delays = options.delays();
    this.accountId = options.accountId();
    this.accessKey = options.accessKey();
    this.secretKey = options.secretKey();
    AtomicInteger threads = new AtomicInteger();
    this.scheduler = Executors.newScheduledThreadPool(1, r -> {
      Thread t = new Thread(r, "local-aws-eb-lifecycle-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    new ApplicationActions(this).register(actions);
    new EnvironmentActions(this).register(actions);
    new InsightActions(this).register(actions);
    new PlatformActions(this).register(actions);
    new ConfigurationActions(this).register(actions);
    new TagActions(this).register(actions);
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

  /** Runs {@code transition} after {@code delay} while holding the lock. */
  void schedule(Duration delay, Runnable transition) {
    scheduler.schedule(() -> {
      synchronized (lock) {
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
    String form = new String(body, StandardCharsets.UTF_8);
    String query = head.rawQuery();
    Params params = Params.parseForm(query.isEmpty() ? form : form.isEmpty() ? query : query + "&" + form);
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
    sleep(faults.delayFor(label));
    return reply;
  }

  private String run(RequestHead head, byte[] body, Params params, String action, String requestId) {
    String region = authenticate(head, body);
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

  /** Checks the SigV4 signature; returns the region of its credential scope. */
  private String authenticate(RequestHead head, byte[] body) {
    String header = head.header("Authorization");
    if (header == null) {
      throw new EbError("MissingAuthenticationToken", 403, "Request is missing Authentication Token");
    }
    SigV4.Authorization auth = SigV4.Authorization.parse(header);
    if (auth == null) {
      throw new EbError("IncompleteSignature", 400, "Authorization header requires 'Credential', 'Signature' and"
          + " 'SignedHeaders' parameters, signed with " + SigV4.ALGORITHM + ".");
    }
    if (!"elasticbeanstalk".equals(auth.credential().service())) {
      throw new EbError("SignatureDoesNotMatch", 403, "Credential should be scoped to correct service: 'elasticbeanstalk'.");
    }
    if (!accessKey.equals(auth.credential().accessKey())) {
      throw new EbError("InvalidClientTokenId", 403, "The security token included in the request is invalid.");
    }
    if (head.header("X-Amz-Date") == null) {
      throw new EbError("IncompleteSignature", 400, "Authorization header requires existence of either a 'X-Amz-Date' or"
          + " a 'Date' header.");
    }
    String expected = SigV4.expectedSignature(head, body, auth, secretKey);
    if (!SigV4.constantTimeEquals(expected, auth.signature())) {
      throw new EbError("SignatureDoesNotMatch", 403, "The request signature we calculated does not match the signature"
          + " you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation"
          + " for details.");
    }
    return auth.credential().region();
  }

  private static void sleep(Duration delay) {
    if (!delay.isZero()) {
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
