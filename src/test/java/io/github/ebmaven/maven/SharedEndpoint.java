package io.github.ebmaven.maven;

import io.github.ebmaven.testing.LocalAwsFixture;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link OpsEndpoint} for a test class: started before its tests, closed after them, its call
 * counters reset before each test. Register it with {@code @RegisterExtension} on a static field.
 */
final class SharedEndpoint implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

  private final boolean blueAndGreen;
  private OpsEndpoint endpoint;

  private SharedEndpoint(boolean blueAndGreen) {
    this.blueAndGreen = blueAndGreen;
  }

  /** An endpoint with nothing in it. */
  static SharedEndpoint empty() {
    return new SharedEndpoint(false);
  }

  /** An endpoint with application {@code shop} and its Ready environments {@code shop-blue} and {@code shop-green}. */
  static SharedEndpoint blueAndGreen() {
    return new SharedEndpoint(true);
  }

  OpsEndpoint get() {
    return endpoint;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    endpoint = new OpsEndpoint();
    if (blueAndGreen) {
      endpoint.blueAndGreen();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    endpoint.aws.calls().reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    LocalAwsFixture.close(endpoint);
  }
}
