package io.github.ebmaven.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.report.EbException;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  private static final String ORIGIN = "eb.timeout";

  @ParameterizedTest
  @CsvSource({
    "30m, 1800",
    "90s, 90",
    "1h, 3600",
    "1800, 1800",
    "PT30M, 1800",
    "pt1h30m, 5400",
    "' 45M ', 2700",
    "2 h, 7200",
  })
  void parsesWhatUsersType(String text, long seconds) throws EbException {
    assertThat(Durations.parse(text, ORIGIN)).isEqualTo(Duration.ofSeconds(seconds));
  }

  @ParameterizedTest
  @CsvSource({"1500ms, 1500", "PT0.5S, 500"})
  void subSecondValues(String text, long millis) throws EbException {
    assertThat(Durations.parse(text, ORIGIN)).isEqualTo(Duration.ofMillis(millis));
  }

  @ParameterizedTest
  @ValueSource(strings = {"soon", "30 minutes", "1.5h", "-5m", "0", "0s", "PT0S", "PT-1M", "PTXM", "m", "99999999999999999999"})
  void rejectsTheRestNamingThePropertyAndTheValue(String text) {
    assertThatThrownBy(() -> Durations.parse(text, ORIGIN))
        .isInstanceOf(EbException.class)
        .hasMessageStartingWith(ORIGIN + " '" + text + "' is not a duration")
        .hasMessageContaining("30m, 90s, 1h or 1800");
  }

  @ParameterizedTest
  @NullAndEmptySource
  void rejectsNothing(String text) {
    assertThatThrownBy(() -> Durations.parse(text, "eb.maxWait"))
        .isInstanceOf(EbException.class)
        .hasMessageStartingWith("eb.maxWait '" + text + "'");
  }

  @ParameterizedTest
  @CsvSource({"PT1H, 1 h", "PT30M, 30 min", "PT90S, 90 s", "PT0.5S, 500 ms", "PT2H, 2 h"})
  void describesDurationsForMessages(String iso, String text) {
    assertThat(Durations.describe(Duration.parse(iso))).isEqualTo(text);
  }
}
