package io.github.ebmaven.localaws;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every call the endpoint received: EB actions by name ({@code DescribeEvents}), S3 requests by
 * operation ({@code s3:PutObject}), with time and HTTP status, and the body bytes S3 received.
 * Thread-safe.
 */
public final class Calls {
  /** One call. */
  public record Call(String action, Instant time, int status) { }

  private final List<Call> calls = new ArrayList<>();
  private long s3BytesReceived;

  Calls() {}

  synchronized void record(String action, Instant time, int status) {
    calls.add(new Call(action, time, status));
  }

  synchronized void addS3Bytes(long bytes) {
    s3BytesReceived += bytes;
  }

  /** How many calls of an action were received (throttled and failed ones included). */
  public synchronized int count(String action) {
    return (int) calls.stream().filter(c -> c.action().equals(action)).count();
  }

  /** Calls per action, sorted by action name. */
  public synchronized Map<String, Integer> counts() {
    Map<String, Integer> out = new TreeMap<>();
    for (Call c : calls) {
      out.merge(c.action(), 1, Integer::sum);
    }
    return out;
  }

  /** When each call of an action arrived, in order. */
  public synchronized List<Instant> times(String action) {
    return calls.stream().filter(c -> c.action().equals(action)).map(Call::time).toList();
  }

  /** Every call in arrival order. */
  public synchronized List<Call> all() {
    return List.copyOf(calls);
  }

  /** Request body bytes received by S3 (uploads), before any reset fault cut them. */
  public synchronized long s3BytesReceived() {
    return s3BytesReceived;
  }

  /** Forgets every call and byte count. */
  public synchronized void reset() {
    calls.clear();
    s3BytesReceived = 0;
  }

  synchronized Map<String, Object> describe() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("counts", counts());
    out.put("s3BytesReceived", s3BytesReceived);
    List<Map<String, Object>> list = new ArrayList<>();
    for (Call c : calls) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("action", c.action());
      m.put("time", c.time().toString());
      m.put("status", c.status());
      list.add(m);
    }
    out.put("calls", list);
    return out;
  }
}
