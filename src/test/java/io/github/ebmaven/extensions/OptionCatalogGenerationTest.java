package io.github.ebmaven.extensions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shipped catalog is exactly what the generator makes from the saved AWS tables. */
class OptionCatalogGenerationTest {

  @Test
  void shippedCatalogIsTheGeneratorsOutput() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(java, "tools/option-catalog/GenerateOptionCatalog.java", "--check")
            .directory(Path.of("").toAbsolutePath().toFile())
            .redirectErrorStream(true)
            .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("generator finished").isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("is up to date");
  }
}
