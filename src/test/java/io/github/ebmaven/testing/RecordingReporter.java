package io.github.ebmaven.testing;

import io.github.ebmaven.report.Mention;
import io.github.ebmaven.report.Reporter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A {@link Reporter} that keeps what the core reports, its setting markers spelled plainly
 * ({@link Mention#PLAIN}), for assertions; debug lines are dropped.
 */
public final class RecordingReporter implements Reporter {

  /** Info lines, in order. */
  public final List<String> infos = Collections.synchronizedList(new ArrayList<>());
  /** Warnings, in order. */
  public final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
  /** Every line in order, prefixed {@code INFO } or {@code WARN }. */
  public final List<String> lines = Collections.synchronizedList(new ArrayList<>());
  /** Every line in order as a build log reads: info lines as they are, warnings prefixed {@code WARN }. */
  public final List<String> log = Collections.synchronizedList(new ArrayList<>());

  @Override
  public void info(String message) {
    String text = Mention.render(message, Mention.PLAIN);
    infos.add(text);
    lines.add("INFO " + text);
    log.add(text);
  }

  @Override
  public void warn(String message) {
    String text = Mention.render(message, Mention.PLAIN);
    warnings.add(text);
    lines.add("WARN " + text);
    log.add("WARN " + text);
  }

  /** Lines of answers ({@link Reporter#result}, {@link Reporter#warningResult}), as they also appear in {@link #log}. */
  public final List<String> results = Collections.synchronizedList(new ArrayList<>());
  /** Documents written for scripts ({@code eb.output=json}); not in the other lists. */
  public final List<String> documents = Collections.synchronizedList(new ArrayList<>());

  @Override
  public void result(String line) {
    results.add(Mention.render(line, Mention.PLAIN));
    info(line);
  }

  @Override
  public void warningResult(String line) {
    results.add(Mention.render(line, Mention.PLAIN));
    warn(line);
  }

  @Override
  public void document(String text) {
    documents.add(Mention.render(text, Mention.PLAIN));
  }

  @Override
  public void debug(String message) {}

  /** Everything reported, for checks that a secret never appears. */
  public String all() {
    return String.join("\n", infos) + "\n" + String.join("\n", warnings);
  }
}
