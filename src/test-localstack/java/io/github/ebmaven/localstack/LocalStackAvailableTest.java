package io.github.ebmaven.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/** The skip decision, without Docker or a token: runs everywhere the profile runs. */
class LocalStackAvailableTest {

  private final AtomicInteger dockerLookups = new AtomicInteger();

  private boolean docker(boolean available) {
    dockerLookups.incrementAndGet();
    return available;
  }

  @Test
  void withoutTokenSkipsWithoutLookingForDocker() {
    ConditionEvaluationResult result = LocalStackAvailable.evaluate(null, () -> docker(true));

    assertThat(result.isDisabled()).isTrue();
    assertThat(result.getReason())
        .contains("LocalStack tests skipped: LOCALSTACK_AUTH_TOKEN is not set (Elastic Beanstalk needs LocalStack Pro)");
    assertThat(dockerLookups).hasValue(0);
  }

  @Test
  void blankTokenCountsAsUnset() {
    ConditionEvaluationResult result = LocalStackAvailable.evaluate("  ", () -> docker(true));

    assertThat(result.isDisabled()).isTrue();
    assertThat(result.getReason()).contains(LocalStackAvailable.NO_TOKEN);
    assertThat(dockerLookups).hasValue(0);
  }

  @Test
  void withTokenButNoDockerSkipsNamingDocker() {
    ConditionEvaluationResult result = LocalStackAvailable.evaluate("ls-token", () -> docker(false));

    assertThat(result.isDisabled()).isTrue();
    assertThat(result.getReason()).contains("LocalStack tests skipped: no Docker engine");
    assertThat(dockerLookups).hasValue(1);
  }

  @Test
  void withTokenAndDockerRuns() {
    ConditionEvaluationResult result = LocalStackAvailable.evaluate("ls-token", () -> docker(true));

    assertThat(result.isDisabled()).isFalse();
    assertThat(dockerLookups).hasValue(1);
  }
}
