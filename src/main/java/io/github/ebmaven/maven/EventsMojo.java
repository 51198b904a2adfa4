package io.github.ebmaven.maven;

import io.github.ebmaven.aws.AwsClients;
import io.github.ebmaven.ops.EventsOperation;
import io.github.ebmaven.deploy.EnvironmentServices;
import io.github.ebmaven.ops.Since;
import java.time.Clock;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Prints the environment's recent events in the format of a deploy ({@code YYYY-MM-DD HH:MM:SS
 * SEVERITY message}, UTC); with {@code -Deb.follow} keeps printing new ones until interrupted
 * (Ctrl+C), polling at most every 2 seconds.
 */
@Mojo(name = "events", threadSafe = true)
public class EventsMojo extends AbstractEbMojo {

  /**
   * Oldest events to show: a duration back from now ({@code 1h}, {@code 30m}, {@code 90s}) or an ISO
   * instant ({@code 2026-11-29T10:15:00Z}). Property {@code eb.since}; default none (the newest
   * {@code maxEvents}, whatever their age).
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.since")
  protected String since;

  /**
   * How many of the newest events to show (1 to 1000). Property {@code eb.maxEvents}; default
   * {@code 50}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.maxEvents", defaultValue = "50")
  protected int maxEvents;

  /**
   * Keep printing new events until interrupted. Property {@code eb.follow}; default {@code false}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.follow", defaultValue = "false")
  protected boolean follow;

  @Inject
  public EventsMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "events";
  }

  @Override
  protected void run(Reporter reporter) throws EbException {
    String application = application();
    String environment = environment();
    EventsOperation.EventsRequest request =
        new EventsOperation.EventsRequest(application, environment, Since.parse(since, Clock.systemUTC()), maxEvents);
    try (AwsClients aws = awsClients()) {
      EventsOperation operation = new EventsOperation(EnvironmentServices.of(beanstalk(aws), reporter));
      if (follow) {
        reporter.info("Following the events of " + environment + "; press Ctrl+C to stop");
        operation.follow(request, () -> !Thread.currentThread().isInterrupted());
      } else {
        operation.recent(request);
      }
    }
  }
}
