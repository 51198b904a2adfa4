package io.github.ebmaven.extensions;

import io.github.ebmaven.report.Reporter;
import java.util.ArrayList;
import java.util.List;

/** Keeps what the core reports, for assertions. */
final class RecordingReporter implements Reporter {

  final List<String> infos = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();

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
  String all() {
    return String.join("\n", infos) + "\n" + String.join("\n", warnings);
  }
}
