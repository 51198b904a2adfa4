package io.github.ebmaven.localaws;

import java.time.Duration;
import java.util.Map;

/**
 * SwapEnvironmentCNAMEs as EB runs it: the call returns at once, the CNAMEs change over a few
 * event gaps and EB reports each step ("swapEnvironmentCNAMEs is starting.", "'<cname>' now points
 * to '<environment>'." per side, "Completed swapping CNAMEs for environments '<a>' and '<b>'.").
 * Both environments must be Ready web server environments of the same application.
 */
final class SwapActions {
  private final EbEmulator eb;

  SwapActions(EbEmulator eb) {
    this.eb = eb;
  }

  void register(Map<String, EbEmulator.Action> actions) {
    actions.put("SwapEnvironmentCNAMEs", this::swap);
  }

  private Object swap(EbEmulator.Call c) {
    EbState state = c.state();
    Params p = c.params();
    EbState.Environment source = state.environment(p.str("SourceEnvironmentId"), p.str("SourceEnvironmentName"));
    EbState.Environment destination = state.environment(p.str("DestinationEnvironmentId"),
        p.str("DestinationEnvironmentName"));
    for (EbState.Environment env : new EbState.Environment[] {source, destination}) {
      if (!"Ready".equals(env.status) || state.swapping.contains(env.id)) {
        throw EbError.invalidState(env.name, "Ready");
      }
    }
    if (!source.application.equals(destination.application)) {
      throw EbError.invalidParameter("Environments " + source.name + " and " + destination.name + " belong to"
          + " different applications (" + source.application + ", " + destination.application + "). You can swap"
          + " CNAMEs only between environments of the same application.");
    }
    if (source.cname == null || destination.cname == null) {
      throw EbError.invalidParameter("Both environments must be web server environments to swap CNAMEs.");
    }
    String rid = c.requestId();
    state.swapping.add(source.id);
    state.swapping.add(destination.id);
    event(state, source, "swapEnvironmentCNAMEs is starting.", rid);
    Duration gap = eb.delays.eventSpacing();
    eb.schedule(gap.multipliedBy(2), () -> {
      if (!source.running() || !destination.running()) {
        state.swapping.remove(source.id);
        state.swapping.remove(destination.id);
        return;
      }
      String sourceCname = source.cname;
      source.cname = destination.cname;
      destination.cname = sourceCname;
      source.updated = eb.now();
      destination.updated = eb.now();
      event(state, destination, "'" + destination.cname + "' now points to '" + destination.name + "'.", rid);
      event(state, source, "'" + source.cname + "' now points to '" + source.name + "'.", rid);
      eb.schedule(gap, () -> {
        state.swapping.remove(source.id);
        state.swapping.remove(destination.id);
        String done = "Completed swapping CNAMEs for environments '" + source.name + "' and '" + destination.name + "'.";
        event(state, source, done, rid);
        event(state, destination, done, rid);
      });
    });
    return null;
  }

  private void event(EbState state, EbState.Environment env, String message, String requestId) {
    state.event(eb.now(), "INFO", message, env.application, env.name, null, requestId);
  }
}
