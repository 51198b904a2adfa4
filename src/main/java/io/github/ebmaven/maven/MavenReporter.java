package io.github.ebmaven.maven;

import io.github.ebmaven.report.Reporter;
import org.apache.maven.plugin.logging.Log;

/** Renders core progress to Maven's build log. */
final class MavenReporter implements Reporter {

  private final Log log;

  MavenReporter(Log log) {
    this.log = log;
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
}
