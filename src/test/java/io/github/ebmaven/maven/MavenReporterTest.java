package io.github.ebmaven.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Answers reach the user whatever the log level: in the log, or on standard output under {@code mvn -q}. */
class MavenReporterTest {

  private final PrintStream originalOut = System.out;
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

  /** A log that records what it is given, with info and warnings on or off as {@code -q} sets them. */
  private static final class Log extends SystemStreamLog {
    final List<String> lines = new ArrayList<>();
    final boolean quiet;

    Log(boolean quiet) {
      this.quiet = quiet;
    }

    @Override
    public boolean isInfoEnabled() {
      return !quiet;
    }

    @Override
    public boolean isWarnEnabled() {
      return !quiet;
    }

    @Override
    public void info(CharSequence content) {
      if (!quiet) {
        lines.add("INFO " + content);
      }
    }

    @Override
    public void warn(CharSequence content) {
      if (!quiet) {
        lines.add("WARN " + content);
      }
    }
  }

  @BeforeEach
  void captureStandardOutput() {
    System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreStandardOutput() {
    System.setOut(originalOut);
  }

  private String printed() {
    return stdout.toString(StandardCharsets.UTF_8);
  }

  @Test
  void answersGoToTheLogWhenItShowsThem() {
    Log log = new Log(false);
    MavenReporter reporter = new MavenReporter(log, false);

    reporter.info("Region: us-east-1");
    reporter.result("Status:  Ready");
    reporter.warningResult("2026-12-01 10:00:00  WARN  Environment health has transitioned");

    assertThat(log.lines).containsExactly(
        "INFO Region: us-east-1", "INFO Status:  Ready", "WARN 2026-12-01 10:00:00  WARN  Environment health has transitioned");
    assertThat(printed()).isEmpty();
  }

  @Test
  void underQuietAnswersGoToStandardOutputAndProgressDoesNot() {
    Log log = new Log(true);
    MavenReporter reporter = new MavenReporter(log, false);

    reporter.info("Region: us-east-1");
    reporter.result("Status:  Ready");
    reporter.warningResult("2026-12-01 10:00:00  WARN  Environment health has transitioned");

    assertThat(printed().lines()).containsExactly(
        "Status:  Ready", "2026-12-01 10:00:00  WARN  Environment health has transitioned");
  }

  @Test
  void documentsAlwaysGoToStandardOutputAlone() {
    Log log = new Log(false);
    new MavenReporter(log, false).document("{\n  \"status\" : \"Ready\"\n}");

    assertThat(printed()).isEqualTo("{\n  \"status\" : \"Ready\"\n}" + System.lineSeparator());
    assertThat(log.lines).isEmpty();
  }
}
