package io.github.ebmaven.localaws;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Faults injected on demand, from Java or from the control path ({@code POST /_localaws/faults}).
 * Action filters name EB actions ({@code DescribeEvents}), S3 operations ({@code s3:PutObject}) or
 * IAM/STS actions ({@code iam:GetRole}); an empty filter means every EB action (and, for slow
 * responses, every request). Thread-safe.
 */
public final class Faults {
  /** What the endpoint does after a call: restart empty, or stop answering for a while. */
  record Lifecycle(boolean restartEmpty, Duration downFor) { }

  private int failDeployments;
  private int failConfigurationUpdates;
  private int failRestarts;
  private int failRebuilds;
  private int crashNextDeployments;
  private final Set<String> crashingLabels = new LinkedHashSet<>();
  private String degradeHealthTo;
  private boolean hangNextUpdate;
  private int throttleCalls;
  private Set<String> throttleActions = Set.of();
  private double throttleRate;
  private Set<String> rateActions = Set.of();
  private final Deque<Instant> recentCalls = new ArrayDeque<>();
  private int errorCalls;
  private int errorStatus = 500;
  private Set<String> errorActions = Set.of();
  private Duration slowDelay = Duration.ZERO;
  private Set<String> slowActions = Set.of();
  private long s3ResetAfterBytes = -1;
  private final AppFaults app = new AppFaults();

  private Set<String> deniedIamActions;
  private boolean denyCreateBucket;
  private boolean denyListBucket;
  private boolean noDefaultVpc;
  private final Map<String, String> bucketRegions = new TreeMap<>();
  private int lifecycleAfterCalls;
  private Set<String> lifecycleActions = Set.of();
  private Lifecycle lifecycle;

  Faults() {}

  /** Faults of the applications the environments serve over HTTP (per version label). */
  public AppFaults app() {
    return app;
  }


  /** The next environment launch or version deployment fails: ERROR events, Severe health, the previous version kept. */
  public synchronized Faults failNextDeployment() {
    failDeployments++;
    return this;
  }

  /** The next configuration update (UpdateEnvironment with option settings only) fails and is rolled back. */
  public synchronized Faults failNextConfigurationUpdate() {
    failConfigurationUpdates++;
    return this;
  }

  /** The next RestartAppServer fails on the instance. */
  public synchronized Faults failNextRestart() {
    failRestarts++;
    return this;
  }

  /** The next RebuildEnvironment fails on the instance. */
  public synchronized Faults failNextRebuild() {
    failRebuilds++;
    return this;
  }

  /**
   * The version the next deployment installs crashes after it starts: the deployment completes
   * successfully, then health turns Severe at the next refresh.
   */
  public synchronized Faults crashAfterStart() {
    crashNextDeployments++;
    return this;
  }

  /** Every deployment of these version labels crashes after it starts. */
  public synchronized Faults crashAfterStart(String... versionLabels) {
    crashingLabels.addAll(Arrays.asList(versionLabels));
    return this;
  }

  /**
   * After the next successful deployment, health degrades.
   *
   * @param healthStatus Warning (Yellow), Degraded or Severe (Red)
   */
  public synchronized Faults degradeHealthAfterNextDeployment(String healthStatus) {
    if (!List.of("Warning", "Degraded", "Severe").contains(healthStatus)) {
      throw new IllegalArgumentException("healthStatus must be Warning, Degraded or Severe, not " + healthStatus);
    }
    degradeHealthTo = healthStatus;
    return this;
  }

  /** The next environment update stays in Updating until AbortEnvironmentUpdate (or forever). */
  public synchronized Faults hangNextUpdate() {
    hangNextUpdate = true;
    return this;
  }

  /** The next {@code calls} calls (of the given actions, or any EB action) get HTTP 400 Throttling "Rate exceeded". */
  public synchronized Faults throttleNextCalls(int calls, String... actions) {
    throttleCalls = calls;
    throttleActions = Set.of(actions);
    return this;
  }

  /** Calls above {@code callsPerSecond} (over a sliding second) get HTTP 400 Throttling; 0 turns it off. */
  public synchronized Faults throttleAbove(double callsPerSecond, String... actions) {
    throttleRate = callsPerSecond;
    rateActions = Set.of(actions);
    recentCalls.clear();
    return this;
  }

  /** The next {@code calls} calls get a server error: 500 InternalFailure or 503 ServiceUnavailable. */
  public synchronized Faults failNextCalls(int calls, int status, String... actions) {
    if (status != 500 && status != 503) {
      throw new IllegalArgumentException("status must be 500 or 503, not " + status);
    }
    errorCalls = calls;
    errorStatus = status;
    errorActions = Set.of(actions);
    return this;
  }

  /** Every response (of the given actions, or every request) is delayed; {@link Duration#ZERO} turns it off. */
  public synchronized Faults slowResponses(Duration delay, String... actions) {
    slowDelay = delay;
    slowActions = Set.of(actions);
    return this;
  }

  /** The next S3 upload is cut with a TCP reset after {@code afterBytes} bytes of its body. */
  public synchronized Faults resetNextS3Upload(long afterBytes) {
    s3ResetAfterBytes = afterBytes;
    return this;
  }

  /** The caller lacks IAM permissions: the named IAM actions ({@code GetInstanceProfile}, ...), or all, get AccessDenied. */
  public synchronized Faults denyIam(String... actions) {
    deniedIamActions = new LinkedHashSet<>();
    for (String action : actions) {
      deniedIamActions.add(action.startsWith("iam:") ? action.substring(4) : action);
    }
    return this;
  }

  /** The caller lacks {@code s3:CreateBucket}: CreateStorageLocation (and EB's own use of the bucket) get InsufficientPrivileges. */
  public synchronized Faults denyCreateBucket() {
    denyCreateBucket = true;
    return this;
  }

  /** The caller lacks {@code s3:ListBucket}: HeadObject and GetObject of a missing key answer 403, not 404. */
  public synchronized Faults denyS3ListBucket() {
    denyListBucket = true;
    return this;
  }

  /** The account has no default VPC: environments without {@code aws:ec2:vpc VPCId} fail to create a security group. */
  public synchronized Faults noDefaultVpc() {
    noDefaultVpc = true;
    return this;
  }

  /** Puts a bucket in a region (buckets named {@code elasticbeanstalk-<region>-<account>} are in their region already). */
  public synchronized Faults bucketInRegion(String bucket, String region) {
    bucketRegions.put(bucket, region);
    return this;
  }

  /** After {@code calls} more calls (of the given actions, or any EB action) the endpoint restarts empty. */
  public synchronized Faults restartEmptyAfter(int calls, String... actions) {
    return lifecycle(calls, new Lifecycle(true, Duration.ZERO), actions);
  }

  /**
   * After {@code calls} more calls (of the given actions, or any EB action) the endpoint stops
   * answering (connections refused) and comes back after {@code downFor}; {@link Duration#ZERO}: it stays down.
   */
  public synchronized Faults goDownAfter(int calls, Duration downFor, String... actions) {
    return lifecycle(calls, new Lifecycle(false, downFor), actions);
  }

  private Faults lifecycle(int calls, Lifecycle what, String... actions) {
    if (calls < 1) {
      throw new IllegalArgumentException("calls must be at least 1, not " + calls);
    }
    lifecycleAfterCalls = calls;
    lifecycleActions = Set.of(actions);
    lifecycle = what;
    return this;
  }

  /** Removes every fault. */
  public synchronized void clear() {
    failDeployments = 0;
    failConfigurationUpdates = 0;
    failRestarts = 0;
    failRebuilds = 0;
    crashNextDeployments = 0;
    crashingLabels.clear();
    degradeHealthTo = null;
    hangNextUpdate = false;
    throttleCalls = 0;
    throttleRate = 0;
    recentCalls.clear();
    errorCalls = 0;
    slowDelay = Duration.ZERO;
    s3ResetAfterBytes = -1;
    app.clear();
    deniedIamActions = null;
    denyCreateBucket = false;
    denyListBucket = false;
    noDefaultVpc = false;
    bucketRegions.clear();
    lifecycle = null;
    lifecycleAfterCalls = 0;
  }

  synchronized boolean takeFailDeployment() {
    return failDeployments > 0 && failDeployments-- > 0;
  }

  synchronized boolean takeFailConfigurationUpdate() {
    return failConfigurationUpdates > 0 && failConfigurationUpdates-- > 0;
  }

  synchronized boolean takeFailRestart() {
    return failRestarts > 0 && failRestarts-- > 0;
  }

  synchronized boolean takeFailRebuild() {
    return failRebuilds > 0 && failRebuilds-- > 0;
  }

  /** Whether the version a deployment installs crashes after it starts (consumes a next-deployment crash). */
  synchronized boolean takeCrash(String versionLabel) {
    if (versionLabel != null && crashingLabels.contains(versionLabel)) {
      return true;
    }
    return crashNextDeployments > 0 && crashNextDeployments-- > 0;
  }

  synchronized String takeDegradeHealth() {
    String to = degradeHealthTo;
    degradeHealthTo = null;
    return to;
  }

  synchronized boolean takeHangUpdate() {
    boolean hang = hangNextUpdate;
    hangNextUpdate = false;
    return hang;
  }

  synchronized boolean deniesIam(String action) {
    return deniedIamActions != null && (deniedIamActions.isEmpty() || deniedIamActions.contains(action));
  }

  synchronized boolean deniesCreateBucket() {
    return denyCreateBucket;
  }

  synchronized boolean deniesListBucket() {
    return denyListBucket;
  }

  synchronized boolean hasNoDefaultVpc() {
    return noDefaultVpc;
  }

  /** The region a bucket was put in with {@link #bucketInRegion}, or null. */
  synchronized String regionOfBucket(String bucket) {
    return bucketRegions.get(bucket);
  }

  /** The error an EB call gets before it runs, or null. */
  synchronized EbError beforeEbCall(String action, Instant now) {
    if (errorCalls > 0 && matches(errorActions, action)) {
      errorCalls--;
      return errorStatus == 503 ? EbError.serviceUnavailable() : EbError.internalFailure();
    }
    if (throttleCalls > 0 && matches(throttleActions, action)) {
      throttleCalls--;
      return EbError.throttling();
    }
    if (throttleRate > 0 && matches(rateActions, action)) {
      Instant windowStart = now.minusSeconds(1);
      while (!recentCalls.isEmpty() && !recentCalls.peekFirst().isAfter(windowStart)) {
        recentCalls.removeFirst();
      }
      if (recentCalls.size() + 1 > throttleRate) {
        return EbError.throttling();
      }
      recentCalls.addLast(now);
    }
    return null;
  }

  /** What the endpoint does now that a call of {@code action} was answered, or null. */
  synchronized Lifecycle afterCall(String action) {
    if (lifecycle == null || !matches(lifecycleActions, action) || --lifecycleAfterCalls > 0) {
      return null;
    }
    Lifecycle what = lifecycle;
    lifecycle = null;
    return what;
  }

  /** Sleeps as long as a slow-responses fault says for this action. */
  void pause(String action) {
    Duration delay = delayFor(action);
    if (!delay.isZero()) {
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  synchronized Duration delayFor(String action) {
    return slowActions.isEmpty() || slowActions.contains(action) ? slowDelay : Duration.ZERO;
  }

  /** Bytes after which the current S3 upload is reset, or -1; consumed by the call. */
  synchronized long takeS3Reset() {
    long after = s3ResetAfterBytes;
    s3ResetAfterBytes = -1;
    return after;
  }

  private static boolean matches(Set<String> filter, String action) {
    return filter.isEmpty() ? action.indexOf(':') < 0 : filter.contains(action);
  }

  /** The armed faults, for the control path and the state JSON. */
  public synchronized Map<String, Object> describe() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("failNextDeployments", failDeployments);
    out.put("failNextConfigurationUpdates", failConfigurationUpdates);
    out.put("failNextRestarts", failRestarts);
    out.put("failNextRebuilds", failRebuilds);
    out.put("crashNextDeployments", crashNextDeployments);
    out.put("crashingVersionLabels", List.copyOf(crashingLabels));
    out.put("degradeHealthAfterNextDeployment", degradeHealthTo);
    out.put("hangNextUpdate", hangNextUpdate);
    out.put("throttleNextCalls", throttleCalls);
    out.put("throttleActions", throttleActions);
    out.put("throttleAbovePerSecond", throttleRate);
    out.put("throttleRateActions", rateActions);
    out.put("failNextCalls", errorCalls);
    out.put("failStatus", errorStatus);
    out.put("failActions", errorActions);
    out.put("slowResponsesMillis", slowDelay.toMillis());
    out.put("slowActions", slowActions);
    out.put("resetNextS3UploadAfterBytes", s3ResetAfterBytes);
    out.put("app", app.describe());
    out.put("denyIam", deniedIamActions == null ? null : List.copyOf(deniedIamActions));
    out.put("denyCreateBucket", denyCreateBucket);
    out.put("denyS3ListBucket", denyListBucket);
    out.put("noDefaultVpc", noDefaultVpc);
    out.put("bucketRegions", new LinkedHashMap<>(bucketRegions));
    out.put("restartEmptyAfterCalls", lifecycle != null && lifecycle.restartEmpty() ? lifecycleAfterCalls : 0);
    out.put("goDownAfterCalls", lifecycle != null && !lifecycle.restartEmpty() ? lifecycleAfterCalls : 0);
    return out;
  }
}
