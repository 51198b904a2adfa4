package io.github.ebmaven.aws;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * The requests a goal sent to each AWS service, counted where the SDK transmits them, so every
 * call is counted (pages, multipart parts and the SDK's own retries included) whichever part of
 * the plugin made it.
 */
public final class CallCounter {

  /** Services by the short names the counts are reported under. */
  public static final String ELASTIC_BEANSTALK = "elasticbeanstalk";
  public static final String S3 = "s3";

  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

  /** An interceptor for one client, counting its requests as {@code service}'s. */
  ExecutionInterceptor interceptorFor(String service) {
    return new ExecutionInterceptor() {
      @Override
      public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        counts.computeIfAbsent(service, s -> new AtomicInteger()).incrementAndGet();
      }
    };
  }

  /** Requests sent so far to all of {@code services}. */
  public int total(String... services) {
    int total = 0;
    for (String service : services) {
      AtomicInteger count = counts.get(service);
      total += count == null ? 0 : count.get();
    }
    return total;
  }

  /** Requests sent so far, by service, in name order. */
  public Map<String, Integer> byService() {
    Map<String, Integer> snapshot = new TreeMap<>();
    counts.forEach((service, count) -> snapshot.put(service, count.get()));
    return snapshot;
  }
}
