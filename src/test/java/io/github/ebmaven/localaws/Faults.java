package io.github.ebmaven.localaws;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Faults injected on demand, from Java or from the control path ({@code POST /_localaws/faults}).
 * Action filters name EB actions ({@code DescribeEvents}) or S3 operations ({@code s3:PutObject});
 * an empty filter means every EB action (and, for slow responses, every S3 request too).
 * Thread-safe.
 */
public final class Faults {
  private int failDeployments;
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

  Faults() {}

  /** Faults of the applications the environments serve over HTTP (per version label). */
  public AppFaults app() {
    return app;
  }

  /** The next environment deployment fails: ERROR events, Red/Severe health, the previous version keeps serving. */
  public synchronized Faults failNextDeployment() {
    failDeployments++;
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

  /** Removes every fault. */
  public synchronized void clear() {
    failDeployments = 0;
    degradeHealthTo = null;
    hangNextUpdate = false;
    throttleCalls = 0;
    throttleRate = 0;
    recentCalls.clear();
    errorCalls = 0;
    slowDelay = Duration.ZERO;
    s3ResetAfterBytes = -1;
    app.clear();
  }

  synchronized boolean takeFailDeployment() {
    if (failDeployments > 0) {
      failDeployments--;
      return true;
    }
    return false;
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
    return filter.isEmpty() ? !action.startsWith("s3:") : filter.contains(action);
  }

  /** The armed faults, for the control path and the state JSON. */
  public synchronized Map<String, Object> describe() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("failNextDeployments", failDeployments);
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
    return out;
  }
}
