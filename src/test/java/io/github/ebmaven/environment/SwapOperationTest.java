package io.github.ebmaven.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.localaws.InvokerEndpoint;
import io.github.ebmaven.report.EbException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link SwapOperation} on blue/green environments of {@code shop}, and a Red one. */
class SwapOperationTest {

  private static LocalEb local;

  @BeforeAll
  static void blueGreenAndRed() throws EbException {
    local = new LocalEb();
    InvokerEndpoint.readyEnvironment(local.aws, "shop", "shop-blue", "v1");
    InvokerEndpoint.readyEnvironment(local.aws, "shop", "shop-green", "v2");
    local.aws.faults().degradeHealthAfterNextDeployment("Degraded");
    InvokerEndpoint.readyEnvironment(local.aws, "shop", "shop-red", "v3");
  }

  @AfterAll
  static void stop() {
    local.close();
  }

  @BeforeEach
  void resetCounters() {
    local.aws.calls().reset();
    local.infos.clear();
  }

  private static SwapOperation.SwapRequest request(String environment, String target) {
    return new SwapOperation.SwapRequest("shop", environment, target, Set.of("Green"), Duration.ofSeconds(30));
  }

  private static String cname(String environment) throws EbException {
    return local.eb.environments().find("shop", environment).orElseThrow().cname();
  }

  @Test
  void exchangesTheCnamesWaitsAndPrintsTheNewMapping() throws EbException {
    String blue = cname("shop-blue");
    String green = cname("shop-green");

    List<EnvironmentState> after = new SwapOperation(local.services()).swap(request("shop-blue", "shop-green"));

    assertThat(cname("shop-blue")).isEqualTo(green);
    assertThat(cname("shop-green")).isEqualTo(blue);
    assertThat(after).extracting(EnvironmentState::cname).containsExactly(green, blue);
    assertThat(local.aws.calls().count("SwapEnvironmentCNAMEs")).isEqualTo(1);
    assertThat(local.infos).contains("CNAMEs swapped:");
    assertThat(local.infos).anyMatch(l -> l.equals("  shop-blue   ->  " + green + "  (Ready, health Green, runs v1)"));
    assertThat(local.infos).anyMatch(l -> l.equals("  shop-green  ->  " + blue + "  (Ready, health Green, runs v2)"));
    assertThat(local.infos).anyMatch(l -> l.endsWith("INFO  Completed swapping CNAMEs for environments 'shop-blue' and 'shop-green'."));

    new SwapOperation(local.services()).swap(request("shop-green", "shop-blue"));
    assertThat(cname("shop-blue")).isEqualTo(blue);
  }

  @Test
  void refusesAnUnhealthyEnvironmentAndChangesNothing() throws EbException {
    String blue = cname("shop-blue");
    assertThatThrownBy(() -> new SwapOperation(local.services()).swap(request("shop-blue", "shop-red")))
        .isInstanceOf(EbException.class)
        .hasMessage("Refusing to swap the CNAMEs of shop-blue and shop-red: shop-red has health Red (Degraded), not"
            + " Green (fix it first, or widen eb.acceptedHealth, for example Green,Yellow). Nothing was changed.");
    assertThat(local.aws.calls().count("SwapEnvironmentCNAMEs")).isZero();
    assertThat(cname("shop-blue")).isEqualTo(blue);

    new SwapOperation(local.services())
        .swap(new SwapOperation.SwapRequest("shop", "shop-blue", "shop-red", Set.of("Green", "Red"), Duration.ofSeconds(30)));
    assertThat(cname("shop-red")).isEqualTo(blue);
    new SwapOperation(local.services())
        .swap(new SwapOperation.SwapRequest("shop", "shop-red", "shop-blue", Set.of("Green", "Red"), Duration.ofSeconds(30)));
  }

  @Test
  void refusesAnEnvironmentThatIsNotReady() throws EbException {
    local.aws.faults().hangNextUpdate();
    InvokerEndpoint.startUpdate(local.aws, "shop-green");
    try {
      assertThatThrownBy(() -> new SwapOperation(local.services()).swap(request("shop-blue", "shop-green")))
          .hasMessageContaining("shop-green is Updating, not Ready (wait for its operation to end, or eb:abort)")
          .hasMessageEndingWith("Nothing was changed.");
      assertThat(local.aws.calls().count("SwapEnvironmentCNAMEs")).isZero();
    } finally {
      EnvironmentState ready = new EnvironmentOperation(local.services())
          .run(new EnvironmentOperation.ActionRequest("shop", "shop-green", EnvironmentOperation.Action.ABORT, java.util.Set.of("Green"), Duration.ofSeconds(30)));
      assertThat(ready.status()).isEqualTo("Ready");
    }
  }

  @Test
  void refusesTheSameEnvironmentTwiceAMissingTargetAndAnUnknownOne() {
    SwapOperation swap = new SwapOperation(local.services());
    assertThatThrownBy(() -> swap.swap(request("shop-blue", "shop-blue")))
        .hasMessage("eb.environmentName and eb.targetEnvironmentName both name shop-blue; a swap needs two"
            + " environments. Set eb.targetEnvironmentName to the other one.");
    assertThatThrownBy(() -> swap.swap(request("shop-blue", null)))
        .hasMessageStartingWith("eb:swap needs the environment to swap with: set eb.targetEnvironmentName (for"
            + " example eb.targetEnvironmentName=shop-green)");
    assertThatThrownBy(() -> swap.swap(request("shop-blue", "shop-purple")))
        .hasMessageStartingWith("Environment 'shop-purple' does not exist in application 'shop'. Its environments:"
            + " shop-blue, shop-green, shop-red.");
    assertThat(local.aws.calls().count("SwapEnvironmentCNAMEs")).isZero();
  }
}
