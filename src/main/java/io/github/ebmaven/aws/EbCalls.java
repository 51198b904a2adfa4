package io.github.ebmaven.aws;

import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.report.EbException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.elasticbeanstalk.model.ConfigurationOptionSetting;
import software.amazon.awssdk.services.elasticbeanstalk.model.EventDescription;

/**
 * How every Elastic Beanstalk call is made: SDK failures become an {@link AwsCallException} quoting
 * EB, paged calls are followed to the last page, and EB's types become the plugin's.
 */
final class EbCalls {

  private EbCalls() {}

  /** One SDK call whose failure becomes a message quoting EB. */
  interface Call<T> {
    T run();
  }

  /**
   * Makes the call. Throttling and EB's own server errors, once the SDK's few attempts are spent,
   * are retried here with a growing, jittered pause for up to {@link #PATIENCE}: EB's limits are
   * per account and shared, so a burst from another pipeline must slow a deploy down, not fail it
   * half done. A service that cannot be reached at all fails at once, saying so.
   */
  static <T> T call(String action, Call<T> call) throws EbException {
    return call("Elastic Beanstalk", action, call);
  }

  /** A call to any AWS service, named in the message ({@code EC2}, {@code Systems Manager}). */
  static <T> T call(String service, String action, Call<T> call) throws EbException {
    long patienceLeft = PATIENCE.toMillis();
    long pause = FIRST_PAUSE.toMillis();
    while (true) {
      try {
        return call.run();
      } catch (SdkException e) {
        AwsCallException failure = failure(service, action, e);
        if (!(failure.isThrottling() || failure.isServerError()) || patienceLeft <= 0) {
          throw failure;
        }
        long sleep = pause / 2 + ThreadLocalRandom.current().nextLong(pause / 2 + 1);
        try {
          Thread.sleep(sleep);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw failure;
        }
        patienceLeft -= sleep;
        pause = Math.min(pause * 2, MAX_PAUSE.toMillis());
      }
    }
  }

  /** How long a throttled call keeps being retried before its failure is reported. */
  static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
  private static final Duration MAX_PAUSE = Duration.ofSeconds(4);

  private static AwsCallException failure(String service, String action, SdkException e) {
    if (e instanceof AwsServiceException aws) {
      String code = aws.awsErrorDetails() == null || aws.awsErrorDetails().errorCode() == null ? "" : aws.awsErrorDetails().errorCode();
      String message = aws.awsErrorDetails() == null ? aws.getMessage() : aws.awsErrorDetails().errorMessage();
      return new AwsCallException(service, action, code, message, aws, aws.statusCode());
    }
    return new AwsCallException(service, action, "", e.getMessage(), e, 0);
  }

  /** Calls {@code fetch} page after page (null token first) until EB returns no next token. */
  static <P> void everyPage(
      String action, Function<String, P> fetch, Consumer<P> each, Function<P, String> nextToken) throws EbException {
    call(
        action,
        () -> {
          String token = null;
          do {
            P page = fetch.apply(token);
            each.accept(page);
            token = nextToken.apply(page);
          } while (token != null && !token.isEmpty());
          return null;
        });
  }

  /**
   * EB lists events newest first, and several often share a timestamp: reversing keeps their order
   * when sorting oldest first.
   */
  static List<EbEvent> oldestFirst(List<EventDescription> newestFirst) {
    List<EbEvent> events = new ArrayList<>();
    for (EventDescription e : newestFirst) {
      events.add(
          new EbEvent(e.eventDate(), e.severityAsString(), e.message(), e.requestId(), e.environmentName(), e.versionLabel()));
    }
    Collections.reverse(events);
    events.sort(Comparator.comparing(EbEvent::time));
    return events;
  }

  static List<ConfigurationOptionSetting> toApi(List<OptionSetting> settings) {
    return settings.stream()
        .map(
            s ->
                ConfigurationOptionSetting.builder()
                    .namespace(s.namespace())
                    .optionName(s.optionName())
                    .value(s.value())
                    .resourceName(s.resourceName())
                    .build())
        .toList();
  }

  static OptionSetting fromApi(ConfigurationOptionSetting o) {
    return new OptionSetting(o.namespace(), o.optionName(), o.value() == null ? "" : o.value(), o.resourceName());
  }
}
