package io.github.ebmaven.aws;

import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.report.EbException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
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

  static <T> T call(String action, Call<T> call) throws EbException {
    return call("Elastic Beanstalk", action, call);
  }

  /** A call to any AWS service, named in the message ({@code EC2}, {@code Systems Manager}). */
  static <T> T call(String service, String action, Call<T> call) throws EbException {
    try {
      return call.run();
    } catch (AwsServiceException e) {
      String code = e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null ? "" : e.awsErrorDetails().errorCode();
      String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
      throw new AwsCallException(service, action, code, message, e);
    } catch (SdkException e) {
      throw new AwsCallException(service, action, "", e.getMessage(), e);
    }
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
