package io.github.ebmaven.aws;

import io.github.ebmaven.report.EbException;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.elasticbeanstalk.ElasticBeanstalkClient;
import software.amazon.awssdk.services.elasticbeanstalk.model.PlatformFilter;

/** The platforms EB offers in the region: versions and branches. */
public final class Platforms {

  private final ElasticBeanstalkClient client;

  Platforms(ElasticBeanstalkClient client) {
    this.client = client;
  }

  /** Every Ready platform version of the region, newest versions included. */
  public List<PlatformVersion> versions() throws EbException {
    List<PlatformVersion> versions = new ArrayList<>();
    EbCalls.everyPage(
        "ListPlatformVersions",
        next ->
            client.listPlatformVersions(
                b -> b.nextToken(next).filters(PlatformFilter.builder().type("PlatformStatus").operator("=").values("Ready").build())),
        page ->
            page.platformSummaryList()
                .forEach(
                    p ->
                        versions.add(
                            new PlatformVersion(
                                p.platformArn(), p.platformBranchName(), p.platformVersion(),
                                p.platformBranchLifecycleState(), p.platformStatusAsString()))),
        page -> page.nextToken());
    return versions;
  }

  /** Every platform branch of the region, whatever its lifecycle state. */
  public List<PlatformBranch> branches() throws EbException {
    List<PlatformBranch> branches = new ArrayList<>();
    EbCalls.everyPage(
        "ListPlatformBranches",
        next -> client.listPlatformBranches(b -> b.nextToken(next)),
        page ->
            page.platformBranchSummaryList()
                .forEach(p -> branches.add(new PlatformBranch(p.platformName(), p.branchName(), p.lifecycleState()))),
        page -> page.nextToken());
    return branches;
  }
}
