package io.github.ebmaven.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.ebmaven.report.EbException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class AwsClientsTest {

  private static final AwsSettings.StaticKeys KEYS = new AwsSettings.StaticKeys("AKIDEXAMPLE", "a-secret-that-is-long", null);

  @Test
  void everyRequestNamesThePluginAndItsVersionInTheUserAgent() throws Exception {
    List<String> userAgents = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
      byte[] body = ("<ErrorResponse xmlns=\"http://elasticbeanstalk.amazonaws.com/docs/2010-12-01/\"><Error>"
          + "<Type>Sender</Type><Code>InvalidParameterValue</Code><Message>nope</Message></Error>"
          + "<RequestId>r-1</RequestId></ErrorResponse>").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(400, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try (AwsClients clients = AwsClients.create(new AwsSettings("eu-west-1", null,
        URI.create("http://127.0.0.1:" + server.getAddress().getPort()), null, KEYS, "9.8.7"))) {
      assertThat(clients.region()).isEqualTo("eu-west-1");
      assertThatThrownBy(() -> new Beanstalk(clients.elasticBeanstalk()).storage().bucket())
          .isInstanceOf(AwsCallException.class)
          .hasMessage("Elastic Beanstalk CreateStorageLocation failed: nope (InvalidParameterValue)");
    } finally {
      server.stop(0);
    }
    assertThat(userAgents).isNotEmpty().allMatch(ua -> ua.contains("eb-maven-plugin/9.8.7"));
  }

  @Test
  void noRegionAnywhereFailsSayingHowToSetOne() {
    assumeTrue(System.getenv("AWS_REGION") == null && System.getenv("AWS_DEFAULT_REGION") == null,
        "the machine sets a region in its environment");
    String configFile = System.getProperty("aws.configFile");
    System.setProperty("aws.configFile", "/nonexistent/eb-maven-plugin-test-config");
    try {
      assertThatThrownBy(() -> AwsClients.create(new AwsSettings(null, null, null, null, KEYS, "test")))
          .isInstanceOf(EbException.class)
          .hasMessageStartingWith("No AWS region configured. Set eb.region (for example eb.region=us-east-1)");
    } finally {
      if (configFile == null) {
        System.clearProperty("aws.configFile");
      } else {
        System.setProperty("aws.configFile", configFile);
      }
    }
  }
}
