package io.github.ebmaven.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ebmaven.localaws.Calls;
import io.github.ebmaven.localaws.LocalAws;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * One deploy by the plugin or the peer, seen from both ends: the process (start, exit, its lines
 * as Maven's logger stamped them) and the endpoint (every call it received during the process,
 * and the completion event EB wrote, stamped under the lock that turned the environment Ready).
 * Every time comes from the same machine clock.
 */
record DeployRun(
    String tool,
    String kind,
    ChildProcess.Result process,
    List<Calls.Call> calls,
    Instant completion,
    String label) {

  static final String COMPLETED = "Environment update completed successfully.";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads the endpoint's record of a deploy to {@code environment} that {@code process} made. */
  static DeployRun of(String tool, String kind, ChildProcess.Result process, LocalAws aws, String environment)
      throws IOException {
    List<Calls.Call> during =
        aws.calls().all().stream()
            .filter(c -> !c.time().isBefore(process.started()) && !c.time().isAfter(process.ended()))
            .toList();
    Instant update = firstTime(during, "UpdateEnvironment");
    Instant completion = null;
    String label = null;
    if (update != null) {
      for (JsonNode event : JSON.readTree(aws.stateJson()).path("regions").path(aws.region()).path("events")) {
        Instant at = Instant.parse(event.path("EventDate").asText());
        if (COMPLETED.equals(event.path("Message").asText())
            && environment.equals(event.path("EnvironmentName").asText())
            && at.isAfter(update) && !at.isAfter(process.ended())
            && (completion == null || at.isBefore(completion))) {
          completion = at;
        }
      }
    }
    for (JsonNode env : JSON.readTree(aws.stateJson()).path("regions").path(aws.region()).path("environments")) {
      if (environment.equals(env.path("EnvironmentName").asText())) {
        label = env.path("VersionLabel").asText(null);
      }
    }
    return new DeployRun(tool, kind, process, during, completion, label);
  }

  private static Instant firstTime(List<Calls.Call> calls, String action) {
    return calls.stream().filter(c -> c.action().equals(action)).map(Calls.Call::time).findFirst().orElse(null);
  }

  private static Instant lastTime(List<Calls.Call> calls, Predicate<String> action) {
    return calls.stream().filter(c -> action.test(c.action())).map(Calls.Call::time).reduce((a, b) -> b).orElse(null);
  }

  double total() {
    return process.seconds();
  }

  Instant update() {
    return firstTime(calls, "UpdateEnvironment");
  }

  /** From the command's start to the UpdateEnvironment call; NaN when there was none (same commit). */
  double preparation() {
    return between(process.started(), update());
  }

  /** When the tool said it was done: the plugin's verdict line, the peer's completion line. */
  Instant verdict() {
    ChildProcess.Line line =
        process.first(t -> t.contains("[INFO] Deployed ") || t.contains(": nothing to deploy") || t.startsWith("peer: completed"));
    return line == null ? null : line.time();
  }

  double completionToVerdict() {
    return between(completion, verdict());
  }

  Calls.Call lastCall() {
    return calls.isEmpty() ? null : calls.get(calls.size() - 1);
  }

  /** From the last call the endpoint received to the process's exit. */
  double lastCallToExit() {
    Calls.Call last = lastCall();
    return last == null ? Double.NaN : Stats.seconds(last.time(), process.ended());
  }

  /** Seconds from the command's start to {@code at}, NaN when it did not happen. */
  double at(Instant at) {
    return between(process.started(), at);
  }

  /** Where the plugin's time went, as seconds from the command's start (NaN for what did not happen). */
  Milestones milestones() {
    ChildProcess.Line mojo = process.first(t -> t.contains("--- eb:") && t.contains(":deploy"));
    ChildProcess.Line bundle = process.first(t -> t.contains("[INFO] Bundle: ") || t.contains("[INFO] Bundle unchanged"));
    ChildProcess.Line success = process.first(t -> t.contains("BUILD SUCCESS"));
    return new Milestones(
        at(mojo == null ? null : mojo.time()),
        at(bundle == null ? null : bundle.time()),
        at(calls.isEmpty() ? null : calls.get(0).time()),
        at(firstTime(calls, "s3:PutObject") != null ? firstTime(calls, "s3:PutObject") : firstTime(calls, "s3:CreateMultipartUpload")),
        at(lastTime(calls, a -> a.startsWith("s3:"))),
        at(firstTime(calls, "CreateApplicationVersion")),
        at(update()),
        at(completion),
        at(verdict()),
        at(lastCall() == null ? null : lastCall().time()),
        at(success == null ? null : success.time()),
        total());
  }

  /** A deploy's milestones in seconds from the command's start. */
  record Milestones(double mojo, double bundle, double firstCall, double firstUpload, double lastS3,
      double createVersion, double update, double completion, double verdict, double lastCall, double buildSuccess,
      double exit) {}

  /** One line for the run log. */
  String describe(int round) {
    Calls.Call last = lastCall();
    return String.format(Locale.ROOT,
        "  #%d %-11s %-6s %7s  preparation %7s  completion->verdict %7s  last call (%s)->exit %7s  %d calls  runs %s",
        round, kind, tool, Stats.s(total()), Stats.s(preparation()), Stats.s(completionToVerdict()),
        last == null ? "none" : last.action(), Stats.s(lastCallToExit()), calls.size(), label);
  }

  private static double between(Instant from, Instant to) {
    return from == null || to == null ? Double.NaN : Stats.seconds(from, to);
  }
}
