package io.github.ebmaven.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;

import io.github.ebmaven.localaws.InvokerEndpoint;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.testing.LocalAwsFixture;
import org.apache.maven.plugin.Mojo;

/**
 * A local endpoint for the harness tests of the goals, that points a mojo at itself; {@link
 * #blueAndGreen()} adds application {@code shop} with Ready environments {@code shop-blue} (v1) and
 * {@code shop-green} (v2).
 */
final class OpsEndpoint extends LocalAwsFixture {

  OpsEndpoint() throws EbException {}

  OpsEndpoint blueAndGreen() {
    InvokerEndpoint.readyEnvironment(aws, "shop", "shop-blue", "v1");
    InvokerEndpoint.readyEnvironment(aws, "shop", "shop-green", "v2");
    return this;
  }

  /** Points the mojo at this endpoint. */
  <T extends Mojo> T local(T mojo) throws Exception {
    setVariableValueToObject(mojo, "endpoint", aws.endpoint().toString());
    return mojo;
  }
}
