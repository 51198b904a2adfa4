package io.github.ebmaven.localstack;

import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Runs the LocalStack tests only where they can run: {@code LOCALSTACK_AUTH_TOKEN} set (LocalStack's
 * Elastic Beanstalk is a Pro feature) and a Docker engine reachable. Otherwise the class is
 * disabled with one reason, printed once on the test output (Surefire's console shows only a
 * skipped count; its XML report keeps the reason too).
 *
 * <p>The token is checked first: it costs nothing, while looking for a Docker engine goes through
 * every Testcontainers strategy and logs each one. Register this condition before
 * {@code @Testcontainers} so its reason, not Testcontainers' generic one, is what the log shows.
 */
public final class LocalStackAvailable implements ExecutionCondition {

  public static final String TOKEN_VARIABLE = "LOCALSTACK_AUTH_TOKEN";

  static final String NO_TOKEN =
      "LocalStack tests skipped: " + TOKEN_VARIABLE + " is not set (Elastic Beanstalk needs LocalStack Pro)";
  static final String NO_DOCKER = "LocalStack tests skipped: no Docker engine";
  static final String READY = "LocalStack tests enabled: " + TOKEN_VARIABLE + " is set and a Docker engine runs";

  /** The auth token from the environment, or null when unset or blank. */
  public static String token() {
    String token = System.getenv(TOKEN_VARIABLE);
    return token == null || token.isBlank() ? null : token.trim();
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (context.getTestMethod().isPresent()) {
      // The class-level evaluation decided: a disabled class never gets here.
      return ConditionEvaluationResult.enabled("decided for the class");
    }
    ConditionEvaluationResult result =
        evaluate(token(), () -> DockerClientFactory.instance().isDockerAvailable());
    if (result.isDisabled()) {
      // Surefire keeps a skip reason only in its XML report: say it once on the console too.
      System.out.println(result.getReason().orElseThrow());
    }
    return result;
  }

  /** The decision, given the token and a way to look for Docker (only asked when a token is set). */
  static ConditionEvaluationResult evaluate(String token, BooleanSupplier dockerAvailable) {
    if (token == null || token.isBlank()) {
      return ConditionEvaluationResult.disabled(NO_TOKEN);
    }
    if (!dockerAvailable.getAsBoolean()) {
      return ConditionEvaluationResult.disabled(NO_DOCKER);
    }
    return ConditionEvaluationResult.enabled(READY);
  }
}
