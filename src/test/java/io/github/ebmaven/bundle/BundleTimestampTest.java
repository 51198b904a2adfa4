package io.github.ebmaven.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BundleTimestampTest {

  private static final Instant COMMIT = Instant.parse("2025-01-02T03:04:05Z");

  @Test
  void outputTimestampInIso8601WinsOverEverythingElse() throws Exception {
    assertThat(BundleTimestamp.choose("2026-11-29T10:15:30+01:00", "1700000000", COMMIT))
        .isEqualTo(Instant.parse("2026-11-29T09:15:30Z"));
  }

  @Test
  void outputTimestampInEpochSeconds() throws Exception {
    assertThat(BundleTimestamp.choose(" 1700000000 ", null, COMMIT))
        .isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
  }

  @Test
  void sourceDateEpochIsTheFallback() throws Exception {
    assertThat(BundleTimestamp.choose(null, "1600000000", COMMIT))
        .isEqualTo(Instant.ofEpochSecond(1_600_000_000L));
    assertThat(BundleTimestamp.choose("", "1600000000", COMMIT))
        .isEqualTo(Instant.ofEpochSecond(1_600_000_000L));
  }

  @Test
  void aOneCharacterOutputTimestampMeansUnset() throws Exception {
    // maven-archiver's convention for "not reproducible"
    assertThat(BundleTimestamp.choose("a", null, COMMIT)).isEqualTo(COMMIT);
  }

  @Test
  void commitTimeWhenNothingIsConfigured() throws Exception {
    assertThat(BundleTimestamp.choose(null, null, COMMIT)).isEqualTo(COMMIT);
  }

  @Test
  void fixedDateWithoutAnySource() throws Exception {
    assertThat(BundleTimestamp.choose(null, null, null))
        .isEqualTo(Instant.parse("1980-02-01T00:00:00Z"));
  }

  @Test
  void aCommitTimeAZipCannotHoldFallsBackToTheFixedDate() throws Exception {
    assertThat(BundleTimestamp.choose(null, null, Instant.parse("1970-01-01T00:00:00Z")))
        .isEqualTo(BundleTimestamp.FIXED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "2026-11-29", "2026-11-29T10:15:30", "12:00", "-5"})
  void unparsableOutputTimestampIsAnErrorNamingTheProperty(String value) {
    assertThatThrownBy(() -> BundleTimestamp.choose(value, null, COMMIT))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("project.build.outputTimestamp")
        .hasMessageContaining(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10", "1979-12-31T23:59:59Z", "2100-01-01T00:00:00Z", "2108-01-01T00:00:00Z", "99999999999"})
  void outOfRangeOutputTimestampIsAnErrorNamingTheProperty(String value) {
    assertThatThrownBy(() -> BundleTimestamp.choose(value, null, COMMIT))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("project.build.outputTimestamp")
        .hasMessageContaining("outside the range");
  }

  @Test
  void badSourceDateEpochIsAnErrorNamingTheVariable() {
    assertThatThrownBy(() -> BundleTimestamp.choose(null, "soon", COMMIT))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("SOURCE_DATE_EPOCH");
    assertThatThrownBy(() -> BundleTimestamp.choose(null, "100", COMMIT))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("SOURCE_DATE_EPOCH");
  }

  @Test
  void theRangeEndsAreAccepted() throws Exception {
    assertThat(BundleTimestamp.choose(BundleTimestamp.ZIP_MIN.toString(), null, null))
        .isEqualTo(BundleTimestamp.ZIP_MIN);
    assertThat(BundleTimestamp.choose(BundleTimestamp.ZIP_MAX.toString(), null, null))
        .isEqualTo(BundleTimestamp.ZIP_MAX);
  }
}
