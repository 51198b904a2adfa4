package io.github.ebmaven.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.aws.VersionInfo;
import io.github.ebmaven.localaws.InvokerEndpoint;
import io.github.ebmaven.report.EbException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * {@link CleanOperation} against the local endpoint: application {@code shop} has versions v1..v5
 * (v5 newest), and environment shop-blue runs v3.
 */
class CleanOperationTest {

  private LocalEb local;

  @BeforeEach
  void versions() throws EbException {
    local = new LocalEb();
    InvokerEndpoint.processedVersion(local.aws, "shop", "v1");
    InvokerEndpoint.processedVersion(local.aws, "shop", "v2");
    InvokerEndpoint.readyEnvironment(local.aws, "shop", "shop-blue", "v3");
    InvokerEndpoint.processedVersion(local.aws, "shop", "v4");
    InvokerEndpoint.processedVersion(local.aws, "shop", "v5");
    local.aws.calls().reset();
  }

  @AfterEach
  void stop() {
    local.close();
  }

  private List<String> labels() throws EbException {
    return local.eb.applications().versions("shop").stream().map(VersionInfo::label).toList();
  }

  private boolean inS3(String label) throws EbException {
    String bucket = bucket();
    try {
      local.clients.s3().headObject(b -> b.bucket(bucket).key("shop/" + label + ".zip"));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    }
  }

  private String bucket() throws EbException {
    return local.eb.storage().bucket();
  }

  @Test
  void aDryRunPrintsThePlanAndDeletesNothing() throws EbException {
    CleanOperation.CleanPlan plan =
        new CleanOperation(local.services()).clean(new CleanOperation.CleanRequest("shop", 2, null, true));

    assertThat(plan.decisions()).extracting(CleanOperation.Decision::label).containsExactly("v5", "v4", "v3", "v2", "v1");
    assertThat(plan.deletions()).extracting(CleanOperation.Decision::label).containsExactly("v2", "v1");
    assertThat(plan.decisions().get(2).reason()).isEqualTo("runs in shop-blue");
    assertThat(local.infos).anyMatch(l -> l.matches("v2 +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d +would delete +beyond the newest 2 +s3://.*/shop/v2\\.zip"));
    assertThat(local.infos).contains("Dry run: would delete 2 of 5 versions of shop with their S3 bundles, keeping 3."
        + " Run with eb.dryRun=false to delete them.");
    assertThat(local.aws.calls().count("DeleteApplicationVersion")).isZero();
    assertThat(labels()).containsExactly("v5", "v4", "v3", "v2", "v1");
    assertThat(inS3("v1")).isTrue();
  }

  @Test
  void deletesBeyondTheNewestWithTheirBundlesButNeverADeployedVersion() throws EbException {
    new CleanOperation(local.services()).clean(new CleanOperation.CleanRequest("shop", 1, null, false));

    assertThat(labels()).containsExactly("v5", "v3");
    assertThat(local.aws.calls().count("DeleteApplicationVersion")).isEqualTo(3);
    assertThat(inS3("v4")).isFalse();
    assertThat(inS3("v2")).isFalse();
    assertThat(inS3("v1")).isFalse();
    assertThat(inS3("v5")).isTrue();
    assertThat(inS3("v3")).isTrue();
    assertThat(local.infos).contains("Deleted version v4 and s3://" + bucket() + "/shop/v4.zip",
        "Deleted 3 versions of shop with their S3 bundles; 2 kept.");
  }

  @Test
  void withAnAgeOnlyOldVersionsGo() throws EbException {
    Clock inSixtyDays = Clock.offset(Clock.systemUTC(), Duration.ofDays(60));
    CleanOperation young = new CleanOperation(local.services(inSixtyDays));
    assertThat(young.plan(new CleanOperation.CleanRequest("shop", 1, 90, false)).deletions()).isEmpty();
    assertThat(young.plan(new CleanOperation.CleanRequest("shop", 1, 90, false)).decisions().get(1).reason())
        .isEqualTo("younger than 90 days");

    new CleanOperation(local.services(inSixtyDays)).clean(new CleanOperation.CleanRequest("shop", 3, 30, false));
    assertThat(labels()).containsExactly("v5", "v4", "v3");
  }

  @Test
  void badLimitsAreRefusedBeforeAnyCall() {
    CleanOperation operation = new CleanOperation(local.services());
    assertThatThrownBy(() -> operation.clean(new CleanOperation.CleanRequest("shop", 0, null, false)))
        .isInstanceOf(EbException.class)
        .hasMessageStartingWith("eb.keepVersions is 0; it must be at least 1");
    assertThatThrownBy(() -> operation.clean(new CleanOperation.CleanRequest("shop", 5, -1, false)))
        .hasMessageStartingWith("eb.olderThanDays is -1;");
    assertThat(local.aws.calls().all()).isEmpty();
  }

  @Test
  void anUnknownApplicationSaysHowToCreateIt() {
    assertThatThrownBy(() -> new CleanOperation(local.services()).clean(new CleanOperation.CleanRequest("shoop", 5, null, true)))
        .hasMessage("Application 'shoop' does not exist in this region. Set eb.applicationName"
            + " (and eb.region) to an existing one, or create it with eb:init.");
  }
}
