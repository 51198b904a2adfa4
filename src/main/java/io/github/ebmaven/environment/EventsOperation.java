package io.github.ebmaven.environment;

import io.github.ebmaven.aws.AwsCallException;
import io.github.ebmaven.aws.EbEvent;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Formats;
import io.github.ebmaven.report.Mention;
import java.time.Instant;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * {@code eb:events}: the environment's recent events in the line format of a deploy, and with
 * follow, new ones as they come, paced by {@link FollowPace}.
 */
public final class EventsOperation {

  /** EB's own page limit for DescribeEvents. */
  static final int MAX_RECORDS = 1000;

  /**
   * @param since oldest event to show, or null for no bound
   * @param maxEvents how many of the newest events to show first (1 to 1000)
   */
  public record EventsRequest(String application, String environment, Instant since, int maxEvents) {}

  /** What was printed, and how many DescribeEvents calls it took. */
  public record EventsResult(int printed, int calls, List<EbEvent> events) {}

  private final Services services;

  public EventsOperation(Services services) {
    this.services = services;
  }

  /** Prints the newest {@code maxEvents} events since {@code since}, oldest first. */
  public EventsResult recent(EventsRequest request) throws EbException {
    return run(request, () -> false);
  }

  /**
   * Prints the recent events, then polls for new ones while {@code keepGoing} says so; returns
   * quietly when the pause between polls is interrupted.
   */
  public EventsResult follow(EventsRequest request, BooleanSupplier keepGoing) throws EbException {
    return run(request, keepGoing);
  }

  private EventsResult run(EventsRequest request, BooleanSupplier keepGoing) throws EbException {
    validate(request);
    services.eb().environments().require(request.application(), request.environment());
    List<EbEvent> first =
        services.eb().events().newest(request.application(), request.environment(), request.since(), request.maxEvents());
    int calls = 1;
    if (first.isEmpty()) {
      services.reporter().info("No events for " + request.environment()
          + (request.since() == null ? "" : " since " + Formats.time(request.since())) + ".");
    }
    Cursor cursor =
        new Cursor(request.since() != null ? request.since() : first.isEmpty() ? services.clock().instant() : Instant.EPOCH);
    int printed = 0;
    List<EbEvent> shown = new ArrayList<>();
    for (EbEvent event : first) {
      cursor.add(event);
      print(event);
      shown.add(event);
      printed++;
    }
    FollowPace pace = new FollowPace();
    boolean news = true;
    boolean throttled = false;
    while (keepGoing.getAsBoolean()) {
      try {
        services.sleeper().sleep(pace.next(news, throttled));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      news = false;
      throttled = false;
      try {
        calls++;
        for (EbEvent event :
            services.eb().events().newest(request.application(), request.environment(), cursor.from, MAX_RECORDS)) {
          if (cursor.add(event)) {
            print(event);
            shown.add(event);
            printed++;
            news = true;
          }
        }
      } catch (AwsCallException e) {
        if (!e.isThrottling()) {
          throw e;
        }
        throttled = true;
        services.reporter().debug("Throttled by Elastic Beanstalk; polling less often");
      }
    }
    return new EventsResult(printed, calls, shown);
  }

  public static void validate(EventsRequest request) throws EbException {
    if (request.maxEvents() < 1 || request.maxEvents() > MAX_RECORDS) {
      throw new EbException(
          Mention.property("eb.maxEvents") + "=" + request.maxEvents() + " is out of range: Elastic Beanstalk returns 1 to " + MAX_RECORDS
              + " events per call. Use for example " + Mention.example("eb.maxEvents", "50") + ".");
    }
  }

  private void print(EbEvent event) {
    if ("WARN".equals(event.severity()) || event.isError()) {
      services.reporter().warningResult(event.line());
    } else {
      services.reporter().result(event.line());
    }
  }

  /**
   * Where the next poll starts, and the events already printed at that instant (StartTime is
   * inclusive): only those need remembering, so a long follow keeps constant memory.
   */
  private static final class Cursor {
    private Instant from;
    private final Set<String> atFrom = new HashSet<>();

    Cursor(Instant from) {
      this.from = from;
    }

    /** Whether the event is new. */
    boolean add(EbEvent event) {
      if (event.time().isBefore(from)) {
        return false;
      }
      if (event.time().isAfter(from)) {
        from = event.time();
        atFrom.clear();
      }
      return atFrom.add(event.requestId() + "|" + event.severity() + "|" + event.message());
    }
  }
}
