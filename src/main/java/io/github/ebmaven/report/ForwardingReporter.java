package io.github.ebmaven.report;

import java.util.function.UnaryOperator;

/**
 * A reporter that passes everything on to another: the base of the wrappers that change or filter
 * part of what is reported (masking, rendering, showing once, leaving text answers out).
 */
public class ForwardingReporter implements Reporter {

  private final Reporter next;

  public ForwardingReporter(Reporter next) {
    this.next = next;
  }

  /** {@code next} with every text passed through {@code rewrite} first. */
  public static Reporter rewriting(Reporter next, UnaryOperator<String> rewrite) {
    return new ForwardingReporter(next) {
      @Override
      public void info(String message) {
        super.info(rewrite.apply(message));
      }

      @Override
      public void warn(String message) {
        super.warn(rewrite.apply(message));
      }

      @Override
      public void debug(String message) {
        super.debug(rewrite.apply(message));
      }

      @Override
      public void result(String line) {
        super.result(rewrite.apply(line));
      }

      @Override
      public void warningResult(String line) {
        super.warningResult(rewrite.apply(line));
      }

      @Override
      public void document(String text) {
        super.document(rewrite.apply(text));
      }
    };
  }

  @Override
  public void info(String message) {
    next.info(message);
  }

  @Override
  public void warn(String message) {
    next.warn(message);
  }

  @Override
  public void debug(String message) {
    next.debug(message);
  }

  @Override
  public void result(String line) {
    next.result(line);
  }

  @Override
  public void warningResult(String line) {
    next.warningResult(line);
  }

  @Override
  public void document(String text) {
    next.document(text);
  }

  @Override
  public void progress(String task, long done, long total) {
    next.progress(task, done, total);
  }
}
