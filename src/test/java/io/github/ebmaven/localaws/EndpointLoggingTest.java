package io.github.ebmaven.localaws;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The tests' logging (src/test/resources/logback-test.xml): SLF4J has a provider, so it prints no
 * "no providers" warning, and the local endpoint's S3Proxy and Jetty print neither their start-up
 * banner nor a line per request, while warnings and errors still reach the output.
 */
class EndpointLoggingTest {

  private final ListAppender<ILoggingEvent> events = new ListAppender<>();
  private Logger root;

  @BeforeEach
  void listen() {
    assertThat(LoggerFactory.getILoggerFactory()).as("SLF4J's provider").isInstanceOf(LoggerContext.class);
    root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    events.start();
    root.addAppender(events);
  }

  @AfterEach
  void stopListening() {
    root.detachAppender(events);
  }

  @Test
  void startingServingAndStoppingTheEndpointLogsNothing() {
    try (LocalAws aws = LocalAws.start(LocalAwsOptions.defaults());
        S3Client s3 = TestClients.s3(aws)) {
      s3.createBucket(r -> r.bucket("logging-test"));
      s3.listBuckets();
    }
    assertThat(events.list).extracting(ILoggingEvent::getFormattedMessage).isEmpty();
  }

  @Test
  void warningsAndErrorsStillReachTheOutput() {
    for (String name : new String[] {"org.gaul.shaded.org.eclipse.jetty.server.Server", "org.gaul.s3proxy", "io.github.ebmaven"}) {
      org.slf4j.Logger logger = LoggerFactory.getLogger(name);
      assertThat(logger.isInfoEnabled()).as("%s at INFO", name).isFalse();
      assertThat(logger.isWarnEnabled()).as("%s at WARN", name).isTrue();
    }
    assertThat(root.getAppender("STDERR")).as("the console appender of warnings and errors").isNotNull();
  }
}
