package io.github.ebmaven.aws;

import static io.github.ebmaven.aws.EbCalls.call;

import io.github.ebmaven.report.EbException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.elasticbeanstalk.ElasticBeanstalkClient;
import software.amazon.awssdk.services.elasticbeanstalk.model.ApplicationMetrics;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentHealthAttribute;
import software.amazon.awssdk.services.elasticbeanstalk.model.InstancesHealthAttribute;
import software.amazon.awssdk.services.elasticbeanstalk.model.SingleInstanceHealth;

/** Enhanced health of an environment and of its instances. */
public final class Health {

  private final ElasticBeanstalkClient client;

  Health(ElasticBeanstalkClient client) {
    this.client = client;
  }

  /** Enhanced health causes, or an empty list when the environment has no enhanced health. */
  public List<String> causes(String environment) {
    try {
      return client
          .describeEnvironmentHealth(b -> b.environmentName(environment).attributeNames(EnvironmentHealthAttribute.CAUSES))
          .causes();
    } catch (SdkException e) {
      return List.of();
    }
  }

  /** Enhanced health of the whole environment, every attribute. */
  public EnvironmentHealth environment(String environment) throws EbException {
    var r =
        call(
            "DescribeEnvironmentHealth",
            () -> client.describeEnvironmentHealth(b -> b.environmentName(environment).attributeNames(EnvironmentHealthAttribute.ALL)));
    Map<String, Integer> counts = new LinkedHashMap<>();
    var s = r.instancesHealth();
    if (s != null) {
      counts.put("Ok", s.ok());
      counts.put("Info", s.info());
      counts.put("Warning", s.warning());
      counts.put("Degraded", s.degraded());
      counts.put("Severe", s.severe());
      counts.put("Pending", s.pending());
      counts.put("NoData", s.noData());
      counts.put("Unknown", s.unknown());
      counts.values().removeIf(Objects::isNull);
    }
    return new EnvironmentHealth(
        r.environmentName(), r.statusAsString(), r.color(), r.healthStatus(), r.causes(), metrics(r.applicationMetrics()),
        counts, r.refreshedAt());
  }

  /** Enhanced health of each instance, every attribute, by instance id. */
  public List<InstanceHealth> instances(String environment) throws EbException {
    return instancesReading(environment).instances();
  }

  /** One reading of every instance's health, with when EB last refreshed it. */
  public record InstancesReading(Instant refreshedAt, List<InstanceHealth> instances) {}

  public InstancesReading instancesReading(String environment) throws EbException {
    List<InstanceHealth> instances = new ArrayList<>();
    Instant[] refreshedAt = new Instant[1];
    EbCalls.everyPage(
        "DescribeInstancesHealth",
        next ->
            client.describeInstancesHealth(
                b -> b.environmentName(environment).attributeNames(InstancesHealthAttribute.ALL).nextToken(next)),
        page -> {
          if (refreshedAt[0] == null) {
            refreshedAt[0] = page.refreshedAt();
          }
          for (SingleInstanceHealth i : page.instanceHealthList()) {
            var system = i.system();
            instances.add(
                new InstanceHealth(
                    i.instanceId(), i.healthStatus(), i.color(), i.causes(), metrics(i.applicationMetrics()),
                    system == null ? List.of() : system.loadAverage(),
                    system == null || system.cpuUtilization() == null ? null : system.cpuUtilization().idle(),
                    i.deployment() == null ? null : i.deployment().versionLabel(),
                    i.deployment() == null ? null : i.deployment().status(),
                    i.availabilityZone(), i.instanceType(), i.launchedAt()));
          }
        },
        page -> page.nextToken());
    instances.sort(Comparator.comparing(InstanceHealth::instanceId, Comparator.nullsLast(Comparator.naturalOrder())));
    return new InstancesReading(refreshedAt[0], List.copyOf(instances));
  }

  private static RequestMetrics metrics(ApplicationMetrics m) {
    if (m == null || m.requestCount() == null) {
      return null;
    }
    var codes = m.statusCodes();
    var latency = m.latency();
    return new RequestMetrics(
        m.duration(),
        m.requestCount(),
        codes == null ? null : codes.status2xx(),
        codes == null ? null : codes.status3xx(),
        codes == null ? null : codes.status4xx(),
        codes == null ? null : codes.status5xx(),
        latency == null ? null : latency.p99(),
        latency == null ? null : latency.p90(),
        latency == null ? null : latency.p50());
  }
}
