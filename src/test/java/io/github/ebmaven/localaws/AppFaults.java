package io.github.ebmaven.localaws;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Faults of the application an environment serves on the local endpoint, per version label: the
 * version answers an error status, holds each request (a time-out), or fails its first requests
 * and then recovers. One fault per label; arming another replaces it. Thread-safe.
 *
 * <pre>{@code
 * aws.faults().app().failVersion("v2", 500, "boom");          // every request: 500 "boom"
 * aws.faults().app().timeOutVersion("v2", Duration.ofSeconds(5));
 * aws.faults().app().failFirstRequests("v2", 3, 503);        // 503, 503, 503, then 200
 * }</pre>
 */
public final class AppFaults {
  /** How a faulty version answers. */
  public enum Kind {
    /** Every request gets {@link AppFault#status()} with {@link AppFault#body()}. */
    STATUS,
    /** Every request is held for {@link AppFault#hold()}, then answered 504 Gateway Timeout. */
    TIMEOUT,
    /** The next {@link AppFault#remaining()} requests get {@link AppFault#status()}, later ones 200. */
    FIRST_REQUESTS
  }

  /**
   * The fault a version label carries now.
   *
   * @param remaining for {@link Kind#FIRST_REQUESTS}, how many more requests fail; 0 otherwise
   */
  public record AppFault(String versionLabel, Kind kind, int status, String body, Duration hold, int remaining) {
    /** Whether the fault lasts until cleared (not a count of requests that runs out). */
    public boolean persistent() {
      return kind != Kind.FIRST_REQUESTS;
    }

    Map<String, Object> describe() {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("kind", kind.name());
      out.put("status", status);
      out.put("body", body);
      out.put("holdMillis", hold.toMillis());
      out.put("remaining", remaining);
      return out;
    }
  }

  static final Duration MAX_HOLD = Duration.ofMinutes(10);

  private final Map<String, AppFault> byLabel = new TreeMap<>();

  AppFaults() {}

  /** Every request to {@code versionLabel} answers {@code status} with a body naming the fault. */
  public AppFaults failVersion(String versionLabel, int status) {
    return failVersion(versionLabel, status, null);
  }

  /** Every request to {@code versionLabel} answers {@code status} (400 to 599) with {@code body}. */
  public synchronized AppFaults failVersion(String versionLabel, int status, String body) {
    byLabel.put(label(versionLabel), new AppFault(versionLabel, Kind.STATUS, errorStatus(status),
        body != null ? body : defaultBody(versionLabel, status), Duration.ZERO, 0));
    return this;
  }

  /** Every request to {@code versionLabel} is held for {@code hold} (at most 10 minutes), then answered 504. */
  public synchronized AppFaults timeOutVersion(String versionLabel, Duration hold) {
    if (hold == null || hold.isNegative() || hold.isZero() || hold.compareTo(MAX_HOLD) > 0) {
      throw new IllegalArgumentException("the hold of a time-out must be above 0 and at most 10 minutes, not " + hold);
    }
    byLabel.put(label(versionLabel), new AppFault(versionLabel, Kind.TIMEOUT, 504,
        "Gateway Timeout: version " + versionLabel + " did not answer within " + hold.toMillis() + " ms"
            + " (local-aws fault)", hold, 0));
    return this;
  }

  /** The next {@code requests} requests to {@code versionLabel} answer {@code status}; later ones succeed. */
  public synchronized AppFaults failFirstRequests(String versionLabel, int requests, int status) {
    if (requests < 1) {
      throw new IllegalArgumentException("the number of failing requests must be 1 or more, not " + requests);
    }
    byLabel.put(label(versionLabel), new AppFault(versionLabel, Kind.FIRST_REQUESTS, errorStatus(status),
        defaultBody(versionLabel, status), Duration.ZERO, requests));
    return this;
  }

  /** Removes the fault of one version label. */
  public synchronized AppFaults clear(String versionLabel) {
    byLabel.remove(label(versionLabel));
    return this;
  }

  /** Removes every application fault. */
  public synchronized void clear() {
    byLabel.clear();
  }

  /**
   * The fault {@code versionLabel} carries now, or null when it answers normally; does not count
   * as a request. For health: a version with a fault fails the requests (the load balancer's
   * health checks included) that reach it.
   */
  public synchronized AppFault appFaultFor(String versionLabel) {
    return versionLabel == null ? null : byLabel.get(versionLabel);
  }

  /** The fault one request to {@code versionLabel} meets, or null; counts down a {@link Kind#FIRST_REQUESTS} fault. */
  synchronized AppFault takeForRequest(String versionLabel) {
    AppFault fault = appFaultFor(versionLabel);
    if (fault == null || fault.kind() != Kind.FIRST_REQUESTS) {
      return fault;
    }
    if (fault.remaining() <= 1) {
      byLabel.remove(versionLabel);
    } else {
      byLabel.put(versionLabel, new AppFault(fault.versionLabel(), fault.kind(), fault.status(), fault.body(),
          fault.hold(), fault.remaining() - 1));
    }
    return fault;
  }

  synchronized Map<String, Object> describe() {
    Map<String, Object> out = new LinkedHashMap<>();
    byLabel.forEach((label, fault) -> out.put(label, fault.describe()));
    return out;
  }

  private static String label(String versionLabel) {
    Objects.requireNonNull(versionLabel, "versionLabel");
    if (versionLabel.isBlank()) {
      throw new IllegalArgumentException("an application fault needs a version label");
    }
    return versionLabel;
  }

  private static int errorStatus(int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("an application fault answers a status from 400 to 599, not " + status);
    }
    return status;
  }

  private static String defaultBody(String versionLabel, int status) {
    return "HTTP " + status + ": version " + versionLabel + " fails (local-aws fault)";
  }
}
