package io.github.ebmaven.aws;

import java.time.Instant;

/**
 * One reading of an environment, as DescribeEnvironments reports it.
 *
 * @param status Launching, Updating, Ready, Terminating, Terminated, Aborting, LinkingFrom/To
 * @param health Grey, Green, Yellow or Red (the basic colour)
 * @param healthStatus enhanced health: Ok, Info, Warning, Degraded, Severe, Pending, NoData,
 *     Unknown, Suspended; null without enhanced health
 */
public record EnvironmentState(
    String name,
    String id,
    String status,
    String health,
    String healthStatus,
    String versionLabel,
    String cname,
    String platform,
    Instant updated) {

  public boolean isReady() {
    return "Ready".equals(status);
  }

  public boolean isTerminated() {
    return "Terminated".equals(status);
  }

  /** The URL users open: the CNAME over HTTP, or null while EB has not assigned one. */
  public String url() {
    return cname == null || cname.isBlank() ? null : "http://" + cname;
  }
}
