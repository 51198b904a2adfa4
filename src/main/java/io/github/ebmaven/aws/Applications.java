package io.github.ebmaven.aws;

import static io.github.ebmaven.aws.EbCalls.call;

import io.github.ebmaven.report.EbException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.elasticbeanstalk.ElasticBeanstalkClient;
import software.amazon.awssdk.services.elasticbeanstalk.model.ApplicationVersionDescription;

/** Applications and their versions: what exists, creating and deleting them, and their lifecycle. */
public final class Applications {

  private final ElasticBeanstalkClient client;

  Applications(ElasticBeanstalkClient client) {
    this.client = client;
  }

  public boolean exists(String application) throws EbException {
    return !call(
            "DescribeApplications",
            () -> client.describeApplications(b -> b.applicationNames(application)).applications())
        .isEmpty();
  }

  public void create(String application, String description) throws EbException {
    call("CreateApplication", () -> client.createApplication(b -> b.applicationName(application).description(description)));
  }

  public void delete(String application) throws EbException {
    call("DeleteApplication", () -> client.deleteApplication(b -> b.applicationName(application)));
  }

  /** Keeps at most {@code maxVersions} versions and/or none older than {@code maxAgeDays}. */
  public void versionLifecycle(String application, Integer maxVersions, Integer maxAgeDays, String serviceRoleArn)
      throws EbException {
    call(
        "UpdateApplicationResourceLifecycle",
        () ->
            client.updateApplicationResourceLifecycle(
                b ->
                    b.applicationName(application)
                        .resourceLifecycleConfig(
                            c ->
                                c.serviceRole(serviceRoleArn)
                                    .versionLifecycleConfig(
                                        v -> {
                                          if (maxVersions != null) {
                                            v.maxCountRule(r -> r.enabled(true).maxCount(maxVersions).deleteSourceFromS3(true));
                                          }
                                          if (maxAgeDays != null) {
                                            v.maxAgeRule(r -> r.enabled(true).maxAgeInDays(maxAgeDays).deleteSourceFromS3(true));
                                          }
                                        }))));
  }

  public Optional<VersionInfo> version(String application, String label) throws EbException {
    List<ApplicationVersionDescription> versions =
        call(
            "DescribeApplicationVersions",
            () -> client.describeApplicationVersions(b -> b.applicationName(application).versionLabels(label)).applicationVersions());
    return versions.stream().findFirst().map(Applications::toVersion);
  }

  /** Every version of the application, newest first. */
  public List<VersionInfo> versions(String application) throws EbException {
    List<VersionInfo> versions = new ArrayList<>();
    EbCalls.everyPage(
        "DescribeApplicationVersions",
        next -> client.describeApplicationVersions(b -> b.applicationName(application).nextToken(next)),
        page -> page.applicationVersions().forEach(v -> versions.add(toVersion(v))),
        page -> page.nextToken());
    versions.sort(Comparator.comparing(VersionInfo::created, Comparator.nullsLast(Comparator.reverseOrder())));
    return versions;
  }

  /**
   * Creates the version unprocessed, as the EB CLI does: the plugin has checked the bundle's
   * configuration offline, so EB's processing would only repeat those checks, for seconds before
   * every deploy; EB still reads the bundle when it deploys it, and a bundle it cannot use fails
   * that deployment with its message.
   */
  public VersionInfo createVersion(String application, String label, String description, String bucket, String key)
      throws EbException {
    return toVersion(
        call(
            "CreateApplicationVersion",
            () ->
                client
                    .createApplicationVersion(
                        b ->
                            b.applicationName(application)
                                .versionLabel(label)
                                .description(description)
                                .sourceBundle(s -> s.s3Bucket(bucket).s3Key(key))
                                .process(false))
                    .applicationVersion()));
  }

  public void deleteVersion(String application, String label, boolean deleteSource) throws EbException {
    call(
        "DeleteApplicationVersion",
        () -> client.deleteApplicationVersion(b -> b.applicationName(application).versionLabel(label).deleteSourceBundle(deleteSource)));
  }

  private static VersionInfo toVersion(ApplicationVersionDescription v) {
    return new VersionInfo(
        v.versionLabel(),
        v.sourceBundle() == null ? null : v.sourceBundle().s3Bucket(),
        v.sourceBundle() == null ? null : v.sourceBundle().s3Key(),
        v.statusAsString(),
        v.description(),
        v.dateCreated());
  }
}
