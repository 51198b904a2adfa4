package io.github.ebmaven.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretMaskerTest {

  /** Keeps every line with its level. */
  private static final class Recording implements Reporter {
    final List<String> lines = new ArrayList<>();
    final List<String> progress = new ArrayList<>();

    @Override
    public void info(String message) {
      lines.add("INFO " + message);
    }

    @Override
    public void warn(String message) {
      lines.add("WARN " + message);
    }

    @Override
    public void debug(String message) {
      lines.add("DEBUG " + message);
    }

    @Override
    public void progress(String task, long done, long total) {
      progress.add(task + " " + done + "/" + total);
    }
  }

  @Test
  void masksRegisteredValuesAtEveryLevelThroughWrap() {
    SecretMasker masker = new SecretMasker();
    masker.register("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    masker.register("s3cr3t-db-pass");
    Recording out = new Recording();
    Reporter reporter = masker.wrap(out);

    reporter.info("Using key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY for us-east-1");
    reporter.warn("DB_PASSWORD=s3cr3t-db-pass is in plain text");
    reporter.debug("both: s3cr3t-db-pass wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY s3cr3t-db-pass");
    reporter.progress("Uploading s3cr3t-db-pass", 5, 10);

    assertThat(out.lines).containsExactly(
        "INFO Using key **** for us-east-1",
        "WARN DB_PASSWORD=**** is in plain text",
        "DEBUG both: **** **** ****");
    assertThat(out.progress).containsExactly("Uploading s3cr3t-db-pass 5/10");
  }

  @Test
  void aSecretContainingAnotherIsMaskedWhole() {
    SecretMasker masker = new SecretMasker();
    masker.register("token-42");
    masker.register("token-42-extended");
    assertThat(masker.mask("value token-42-extended and token-42"))
        .isEqualTo("value **** and ****");

    SecretMasker reversed = new SecretMasker();
    reversed.register("token-42-extended");
    reversed.register("token-42");
    assertThat(reversed.mask("value token-42-extended and token-42")).isEqualTo("value **** and ****");
  }

  @Test
  void valuesShorterThanSixCharactersAndNullAreIgnored() {
    SecretMasker masker = new SecretMasker();
    masker.register(null);
    masker.register("");
    masker.register("1");
    masker.register("abc");
    masker.register("  ab  ");
    masker.register("test");
    masker.register("abcde");
    assertThat(masker.mask("abc 1 ab test abcde")).isEqualTo("abc 1 ab test abcde");

    masker.register("abcdef");
    assertThat(masker.mask("abcde abcdef")).isEqualTo("abcde ****");
  }

  @Test
  void nullTextAndNoSecretsPassThrough() {
    SecretMasker masker = new SecretMasker();
    assertThat(masker.mask(null)).isNull();
    assertThat(masker.mask("nothing registered")).isEqualTo("nothing registered");
    Recording out = new Recording();
    masker.wrap(out).info(null);
    assertThat(out.lines).containsExactly("INFO null");
  }

  @Test
  void secretsRegisteredAfterWrappingAreMaskedToo() {
    SecretMasker masker = new SecretMasker();
    Recording out = new Recording();
    Reporter reporter = masker.wrap(out);
    masker.register("late-secret-value");
    reporter.info("got late-secret-value");
    assertThat(out.lines).containsExactly("INFO got ****");
  }
}
