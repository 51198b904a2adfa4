package io.github.ebmaven.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.environment.VersionsOperation.VersionRow;
import io.github.ebmaven.localaws.InvokerEndpoint;
import io.github.ebmaven.platform.PlatformsOperation.PlatformRow;
import io.github.ebmaven.platform.PlatformsOperation;
import io.github.ebmaven.report.EbException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link PlatformsOperation} and {@link VersionsOperation}: what they read and how the tables line up. */
class ListingOperationsTest {

  private static LocalEb local;

  @BeforeAll
  static void start() throws EbException {
    local = new LocalEb();
    InvokerEndpoint.processedVersion(local.aws, "shop", "v1");
    InvokerEndpoint.readyEnvironment(local.aws, "shop", "shop-blue", "v2");
    InvokerEndpoint.readyEnvironment(local.aws, "shop", "shop-green", "v3");
    InvokerEndpoint.processedVersion(local.aws, "shop", "v4");
  }

  @AfterAll
  static void stop() {
    local.close();
  }

  @BeforeEach
  void reset() {
    local.infos.clear();
  }

  @Test
  void platformsNewestRuntimeFirstWithStateAndTheNameEbPlatformTakes() throws EbException {
    List<PlatformRow> python = new PlatformsOperation(local.services()).list("python");

    assertThat(python).extracting(PlatformRow::platform).containsExactly("python-3.13", "python-3.12", "python-3.11", "python-3.9");
    assertThat(python).extracting(PlatformRow::state).containsExactly("supported", "supported", "supported", "deprecated");
    assertThat(python).extracting(PlatformRow::newestVersion).containsOnly("4.7.3");
    assertThat(local.infos.get(0)).isEqualTo("PLATFORM (eb.platform)  STATE       NEWEST VERSION  BRANCH");
    assertThat(local.infos.get(1)).isEqualTo("python-3.13             supported   4.7.3           Python 3.13 running on 64bit Amazon Linux 2023");
    assertThat(local.infos.get(4)).isEqualTo("python-3.9              deprecated  4.7.3           Python 3.9 running on 64bit Amazon Linux 2023");
    assertThat(local.infos).contains("eb.platform=python picks python-3.13 4.7.3 (Python 3.13 running on 64bit Amazon Linux 2023)");
    assertThat(local.aws.calls().count("ListPlatformBranches")).isPositive();
  }

  @Test
  void allPlatformsIncludeRetiredBranchesMarkedAsSuch() throws EbException {
    List<PlatformRow> all = new PlatformsOperation(local.services()).list(null);

    assertThat(all).extracting(PlatformRow::platform).contains("corretto-21", "tomcat-10-corretto-17", "docker", "node.js-22");
    assertThat(all).filteredOn(r -> r.platform().equals("node.js-18")).singleElement()
        .extracting(PlatformRow::state).isEqualTo("retired");
    assertThat(all).extracting(PlatformRow::platform).containsSubsequence("node.js-22", "node.js-20", "node.js-18");
    assertThat(all).extracting(PlatformRow::platform).containsSubsequence("tomcat-10-corretto-21", "tomcat-9-corretto-11");
    assertThat(local.infos).contains(all.size() + " platform branches (1 retired: no new environments on them)."
        + " Deprecated branches still run but will be retired; move to a supported one.");
    int column = local.infos.get(0).indexOf("STATE");
    assertThat(local.infos.subList(1, all.size() + 1)).allMatch(l -> l.charAt(column - 1) == ' ' && l.charAt(column) != ' ');
  }

  @Test
  void anUnknownPlatformFilterListsTheBranches() {
    assertThatThrownBy(() -> new PlatformsOperation(local.services()).list("cobol"))
        .isInstanceOf(EbException.class)
        .hasMessageStartingWith("No platform branch matches eb.platform 'cobol'. Branches in this region: ")
        .hasMessageContaining("python-3.11")
        .hasMessageEndingWith("Use a part of one of them (for example eb.platform=python), or leave eb.platform unset to list all.");
  }

  @Test
  void versionsNewestFirstMarkingWhereEachRuns() throws EbException {
    List<VersionRow> rows = new VersionsOperation(local.services()).list("shop");

    assertThat(rows).extracting(r -> r.version().label()).containsExactly("v4", "v3", "v2", "v1");
    assertThat(rows).extracting(VersionRow::runningIn)
        .containsExactly(List.of(), List.of("shop-green"), List.of("shop-blue"), List.of());
    assertThat(local.infos.get(0)).matches("LABEL  CREATED \\(UTC\\)        STATUS     RUNNING IN  DESCRIPTION  SOURCE BUNDLE");
    assertThat(local.infos.get(2))
        .matches("v3     \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  Processed  shop-green  Version v3   s3://\\S+/shop/v3\\.zip");
    assertThat(local.infos.get(1)).matches("v4 .* Processed  -           Version v4   s3://\\S+/shop/v4\\.zip");
    assertThat(local.infos).contains("4 versions of shop, 2 running in an environment.");
  }
}
