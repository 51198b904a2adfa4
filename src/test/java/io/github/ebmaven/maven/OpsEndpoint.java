package io.github.ebmaven.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;

import io.github.ebmaven.aws.AwsClients;
import io.github.ebmaven.aws.AwsSettings;
import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.localaws.InvokerEndpoint;
import io.github.ebmaven.localaws.LocalAws;
import io.github.ebmaven.localaws.LocalAwsOptions;
import io.github.ebmaven.report.EbException;
import org.apache.maven.plugin.Mojo;

/**
 * A local endpoint for the harness tests of the operational goals: application {@code shop} with
 * Ready environments {@code shop-blue} (v1) and {@code shop-green} (v2).
 */
final class OpsEndpoint implements AutoCloseable {

  final LocalAws aws;
  final AwsClients clients;
  final Beanstalk eb;

  OpsEndpoint() throws EbException {
    aws = LocalAws.start(LocalAwsOptions.defaults());
    clients = AwsClients.create(new AwsSettings("us-east-1", null, aws.endpoint(), null,
        new AwsSettings.StaticKeys("test", "test", null), "test"));
    eb = new Beanstalk(clients.elasticBeanstalk());
  }

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

  @Override
  public void close() {
    clients.close();
    aws.close();
  }
}
