package io.github.ebmaven.testing;

import io.github.ebmaven.report.Reporter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A {@link Reporter} that keeps every info and warning line, for assertions; debug lines are dropped. */
public final class RecordingReporter implements Reporter {

  public final List<String> infos = Collections.synchronizedList(new ArrayList<>());
  public final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

  @Override
  public void info(String message) {
    infos.add(message);
  }

  @Override
  public void warn(String message) {
    warnings.add(message);
  }

  @Override
  public void debug(String message) {}

  /** Everything reported, for checks that a secret never appears. */
  public String all() {
    return String.join("\n", infos) + "\n" + String.join("\n", warnings);
  }
}
