package io.github.ebmaven.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.environment.EnvironmentOperation.Action;
import io.github.ebmaven.localaws.InvokerEndpoint;
import io.github.ebmaven.report.EbException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link EnvironmentOperation}: restart, rebuild and abort, each followed until Ready. */
class EnvironmentOperationTest {

  private static LocalEb local;

  @BeforeAll
  static void environment() throws EbException {
    local = new LocalEb();
    InvokerEndpoint.readyEnvironment(local.aws, "shop", "shop-prod", "v1");
  }

  @AfterAll
  static void stop() {
    local.close();
  }

  @BeforeEach
  void reset() {
    local.aws.calls().reset();
    local.infos.clear();
  }

  private static EnvironmentState run(Action action) throws EbException {
    return new EnvironmentOperation(local.services())
        .run(new EnvironmentOperation.ActionRequest("shop", "shop-prod", action, java.util.Set.of("Green"), Duration.ofSeconds(30)));
  }

  @Test
  void restartWaitsForTheCompletionEventAndReady() throws EbException {
    EnvironmentState after = run(Action.RESTART);

    assertThat(after.status()).isEqualTo("Ready");
    assertThat(local.aws.calls().count("RestartAppServer")).isEqualTo(1);
    assertThat(local.infos).anyMatch(l -> l.matches("Restarting the application server of shop-prod \\(request \\S+\\)"));
    assertThat(local.infos).anyMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  INFO  restartAppServer completed successfully\\."));
    assertThat(local.infos.get(local.infos.size() - 1))
        .matches("Environment shop-prod is Ready, health Green \\(Ok\\), runs v1: http://\\S+");
  }

  @Test
  void rebuildWaitsUntilTheEnvironmentHasLaunchedAgain() throws EbException {
    assertThat(run(Action.REBUILD).status()).isEqualTo("Ready");
    assertThat(local.aws.calls().count("RebuildEnvironment")).isEqualTo(1);
    assertThat(local.infos).anyMatch(l -> l.endsWith("INFO  rebuildEnvironment completed successfully."));
  }

  @Test
  void abortRestoresTheEnvironmentAndIsANoOpWhenNothingRuns() throws EbException {
    EnvironmentState idle = run(Action.ABORT);
    assertThat(idle.status()).isEqualTo("Ready");
    assertThat(local.aws.calls().count("AbortEnvironmentUpdate")).isZero();
    assertThat(local.infos).anyMatch(l -> l.startsWith("shop-prod is Ready: no update in progress, nothing to abort"));

    local.aws.faults().hangNextUpdate();
    InvokerEndpoint.startUpdate(local.aws, "shop-prod");
    assertThatThrownBy(() -> run(Action.RESTART))
        .hasMessage("Cannot restart the application server of shop-prod: it is Updating, not Ready. Wait until its"
            + " current operation ends, or cancel it with eb:abort, then run the goal again. Nothing was changed.");
    assertThat(local.aws.calls().count("RestartAppServer")).isZero();

    assertThat(run(Action.ABORT).status()).isEqualTo("Ready");
    assertThat(local.aws.calls().count("AbortEnvironmentUpdate")).isEqualTo(1);
    assertThat(local.infos).anyMatch(l -> l.endsWith("INFO  Environment update is being aborted."));
    assertThat(local.infos).anyMatch(l -> l.endsWith("INFO  Environment update was aborted and the previous configuration restored."));
  }
}
