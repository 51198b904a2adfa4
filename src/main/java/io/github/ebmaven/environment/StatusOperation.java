package io.github.ebmaven.environment;

import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Formats;
import io.github.ebmaven.report.Table;
import java.util.ArrayList;
import java.util.List;

/** {@code eb:status}: one environment at a glance, as {@code eb status} shows it. */
public final class StatusOperation {

  private final Services services;

  public StatusOperation(Services services) {
    this.services = services;
  }

  /** What {@code eb:status} read: the environment and the causes of its health. */
  public record Status(EnvironmentState state, List<String> causes) {}

  /** Prints the status and returns what was read. */
  public Status status(String application, String environment) throws EbException {
    EnvironmentState state = services.eb().environments().require(application, environment);
    List<String> causes = services.eb().health().causes(state.name());
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Application", application});
    rows.add(new String[] {"Environment", state.name() + " (" + state.id() + ")"});
    rows.add(new String[] {"Status", state.status()});
    rows.add(new String[] {"Health", Formats.health(state)});
    for (String cause : causes) {
      rows.add(new String[] {"  cause", cause});
    }
    rows.add(new String[] {"Deployed version", state.versionLabel()});
    rows.add(new String[] {"Platform", state.platform()});
    rows.add(new String[] {"CNAME", state.cname()});
    rows.add(new String[] {"URL", state.url()});
    rows.add(new String[] {"Last update", Formats.time(state.updated())});
    Table.keyValues(rows).forEach(services.reporter()::result);
    return new Status(state, causes);
  }
}
