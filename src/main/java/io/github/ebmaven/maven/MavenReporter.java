package io.github.ebmaven.maven;

import io.github.ebmaven.report.Reporter;
import java.io.PrintStream;
import java.util.Locale;
import org.apache.maven.plugin.logging.Log;

/**
 * Renders core progress to Maven's build log; on an interactive console, transfers also get a
 * progress bar redrawn in place (never in batch mode, CI logs or redirected output). Answers the
 * user asked for still reach standard output when the log is quiet.
 */
final class MavenReporter implements Reporter {

  private static final int BAR_WIDTH = 30;

  private final Log log;
  private final boolean interactive;
  private int lastPercent = -1;

  MavenReporter(Log log, boolean interactive) {
    this.log = log;
    this.interactive = interactive;
  }

  @Override
  public void info(String message) {
    log.info(message);
  }

  @Override
  public void warn(String message) {
    log.warn(message);
  }

  @Override
  public void debug(String message) {
    log.debug(message);
  }

  /** In the log as info; under {@code mvn -q}, where info is off, on standard output as it is. */
  @Override
  public void result(String line) {
    answer(log.isInfoEnabled(), log::info, line);
  }

  @Override
  public void warningResult(String line) {
    answer(log.isWarnEnabled(), log::warn, line);
  }

  @Override
  public void document(String text) {
    System.out.println(text);
    System.out.flush();
  }

  private static void answer(boolean logShowsIt, java.util.function.Consumer<CharSequence> toLog, String line) {
    if (logShowsIt) {
      toLog.accept(line);
    } else {
      System.out.println(line);
      System.out.flush();
    }
  }

  @Override
  public synchronized void progress(String task, long done, long total) {
    if (!interactive || total <= 0) {
      return;
    }
    int percent = (int) Math.min(100, done * 100 / total);
    if (percent == lastPercent) {
      return;
    }
    lastPercent = percent;
    int filled = percent * BAR_WIDTH / 100;
    PrintStream out = System.out;
    out.print(
        String.format(
            Locale.ROOT,
            "\r%s [%s%s] %3d%% %.1f/%.1f MB",
            task,
            "=".repeat(filled),
            " ".repeat(BAR_WIDTH - filled),
            percent,
            done / 1048576.0,
            total / 1048576.0));
    if (percent == 100) {
      out.println();
      lastPercent = -1;
    }
    out.flush();
  }
}
