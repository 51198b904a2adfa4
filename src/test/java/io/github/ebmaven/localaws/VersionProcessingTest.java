package io.github.ebmaven.localaws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.elasticbeanstalk.ElasticBeanstalkClient;
import software.amazon.awssdk.services.elasticbeanstalk.model.ApplicationVersionStatus;
import software.amazon.awssdk.services.elasticbeanstalk.model.EventSeverity;
import software.amazon.awssdk.services.s3.S3Client;

/** The processing rules for source bundles, as unit tests and through CreateApplicationVersion. */
class VersionProcessingTest {
  @Test
  void acceptsAZipWithYamlAndJsonConfigsAndCollectsOptionSettings() {
    BundleProcessor.Result result = BundleProcessor.process("v1", TestClients.zip(Map.of(
        ".ebextensions/01.config", "option_settings:\n  - namespace: aws:autoscaling:asg\n    option_name: MaxSize\n"
            + "    value: 3\n  - option_name: PLAIN\n    value: yes-env\n",
        ".ebextensions/02.config", "{\"option_settings\": {\"aws:elasticbeanstalk:command\": {\"Timeout\": \"900\"}}}",
        ".ebextensions/nested/ignored.config", ": not: valid: yaml")));
    assertThat(result.ok()).isTrue();
    assertThat(result.optionSettings()).containsEntry(OptionKey.of("aws:autoscaling:asg", "MaxSize"), "3")
        .containsEntry(OptionKey.of(OptionCatalog.ENV_PROPERTIES, "PLAIN"), "yes-env")
        .containsEntry(OptionKey.of("aws:elasticbeanstalk:command", "Timeout"), "900");
  }

  @Test
  void failsOnInvalidYamlWithEbsMessage() {
    BundleProcessor.Result result = BundleProcessor.process("v7", TestClients.zip(Map.of(
        ".ebextensions/bad.config", "option_settings:\n  - namespace: x\n   option_name: [unclosed\n")));
    assertThat(result.failure()).startsWith("The configuration file .ebextensions/bad.config in application version v7"
        + " contains invalid YAML or JSON. YAML exception: Invalid Yaml: ").contains(", JSON exception: Invalid JSON: ")
        .endsWith(". Update the configuration file.");
  }

  @Test
  void failsOnSomethingThatIsNotAZip() {
    assertThat(BundleProcessor.process("v2", "just text".getBytes(StandardCharsets.UTF_8)).failure())
        .contains("not a valid ZIP file");
    assertThat(BundleProcessor.tooLarge("v3", BundleProcessor.MAX_BUNDLE_BYTES + 1).failure())
        .contains("maximum source bundle size of 500 MB");
  }

  @Test
  void createApplicationVersionProcessesFromS3() {
    try (LocalAws aws = LocalAws.start(LocalAwsOptions.defaults().withDelays(Delays.uniform(Duration.ofMillis(50))));
        ElasticBeanstalkClient eb = TestClients.eb(aws); S3Client s3 = TestClients.s3(aws)) {
      String bucket = eb.createStorageLocation().s3Bucket();
      eb.createApplication(r -> r.applicationName("p"));
      assertThatThrownBy(() -> eb.createApplicationVersion(r -> r.applicationName("p").versionLabel("gone")
          .sourceBundle(b -> b.s3Bucket(bucket).s3Key("missing.zip"))))
          .hasMessageContaining("Unable to download from S3 location (Bucket: " + bucket + "  Key: missing.zip)."
              + " Reason: Not Found");
      s3.putObject(r -> r.bucket(bucket).key("text.zip"), RequestBody.fromString("not a zip"));
      eb.createApplicationVersion(r -> r.applicationName("p").versionLabel("bad").process(true)
          .sourceBundle(b -> b.s3Bucket(bucket).s3Key("text.zip")));
      TestClients.await(Duration.ofSeconds(5), () -> eb.describeApplicationVersions(r -> r.applicationName("p"))
          .applicationVersions().get(0).status() == ApplicationVersionStatus.FAILED);
      assertThat(eb.describeEvents(r -> r.applicationName("p").versionLabel("bad")).events())
          .anyMatch(e -> e.severity() == EventSeverity.ERROR && e.message().contains("not a valid ZIP file"));
      assertThatThrownBy(() -> eb.createEnvironment(r -> r.applicationName("p").environmentName("p-env")
          .solutionStackName("64bit Amazon Linux 2023 v4.7.3 running Docker").versionLabel("bad")))
          .hasMessageContaining("failed processing");

      eb.createApplicationVersion(r -> r.applicationName("p").versionLabel("late")
          .sourceBundle(b -> b.s3Bucket(bucket).s3Key("text.zip")));
      assertThat(eb.describeApplicationVersions(r -> r.applicationName("p").versionLabels("late"))
          .applicationVersions().get(0).status()).isEqualTo(ApplicationVersionStatus.UNPROCESSED);
      TestClients.createInstanceProfile(aws);
      String rid = eb.createEnvironment(r -> r.applicationName("p").environmentName("p-env")
          .solutionStackName("64bit Amazon Linux 2023 v4.7.3 running Docker").versionLabel("late")
          .optionSettings(TestClients.launchSettings())).responseMetadata().requestId();
      TestClients.await(Duration.ofSeconds(5), () -> eb.describeEvents(r -> r.requestId(rid)).events().stream()
          .anyMatch(e -> e.message().startsWith("Create environment operation is complete, but with errors.")));
    }
  }
}
