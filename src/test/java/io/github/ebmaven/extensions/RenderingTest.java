package io.github.ebmaven.extensions;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ebmaven.report.Reporter;
import io.github.ebmaven.testing.RecordingReporter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RenderingTest {

  private static final String ACTIVATE = "source $(find /var/app/venv/ -name activate) && ";

  /** The seed guide's settings, written with the POM's typed shortcuts. */
  static ExtensionsConfig seedWithShortcuts() {
    return ExtensionsConfig.builder()
        .wsgiPath("testapp.wsgi:application")
        .staticFile(new StaticFile("/static", "static"))
        .instanceTypes("t3a.nano")
        .containerCommand(new ContainerCommand("collectstatic", ACTIVATE + "python manage.py collectstatic --noinput"))
        .containerCommand(
            new ContainerCommand("migrate", ACTIVATE + "python manage.py migrate --noinput", true, null, null, null, null))
        .command(new Command("change_log_permissions", "chmod g+s /opt/python/log"))
        .command(new Command("change_logs_owner", "chown root:wsgi /opt/python/log"))
        .autoScalingHealthCheck(new AutoScalingHealthCheck("ELB", 600))
        .build();
  }

  private static Map<String, Object> seedMerged() {
    return Yamls.merge(
        Yamls.merge(Yamls.resource("seed/django.config"), Yamls.resource("seed/commands.config")),
        Yamls.merge(Yamls.resource("seed/logs.config"), Yamls.resource("seed/healthcheck.config")));
  }

  private static SortedMap<String, byte[]> prepare(ExtensionsConfig config) throws ExtensionsException {
    return new EbExtensions(config, ValidationMode.ERROR, Reporter.SILENT).prepare(InMemoryBundle.djangoApp());
  }

  @Test
  void seedConfigurationWithShortcutsRendersTheSeedFiles() throws Exception {
    SortedMap<String, byte[]> generated = prepare(seedWithShortcuts());

    assertThat(generated).containsOnlyKeys(".ebextensions/eb-maven-plugin.config");
    assertThat(Yamls.parse(generated.get(".ebextensions/eb-maven-plugin.config"))).isEqualTo(seedMerged());
  }

  @Test
  void seedConfigurationWithExplicitSettingsAndResourcesRendersTheSeedFiles() throws Exception {
    ExtensionsConfig config =
        ExtensionsConfig.builder()
            .optionSetting(new OptionSetting("aws:elasticbeanstalk:container:python", "WSGIPath", "testapp.wsgi:application"))
            .optionSetting(new OptionSetting("aws:elasticbeanstalk:environment:proxy:staticfiles", "/static", "static"))
            .optionSetting(new OptionSetting("aws:ec2:instances", "InstanceTypes", "t3a.nano"))
            .containerCommand(seedWithShortcuts().containerCommands().get(0))
            .containerCommand(seedWithShortcuts().containerCommands().get(1))
            .command(new Command("change_log_permissions", "chmod g+s /opt/python/log"))
            .command(new Command("change_logs_owner", "chown root:wsgi /opt/python/log"))
            .resources(
                "\n    AWSEBAutoScalingGroup:\n      Type: \"AWS::AutoScaling::AutoScalingGroup\"\n      Properties:\n"
                    + "        HealthCheckType: \"ELB\"\n        HealthCheckGracePeriod: \"600\"\n  ")
            .build();

    assertThat(Yamls.parse(prepare(config).get(".ebextensions/eb-maven-plugin.config"))).isEqualTo(seedMerged());
  }

  @Test
  void seedRenderingIsByteForByteStable() throws Exception {
    byte[] rendered = prepare(seedWithShortcuts()).get(".ebextensions/eb-maven-plugin.config");
    byte[] expected = getClass().getResourceAsStream("/extensions/seed/expected-eb-maven-plugin.config").readAllBytes();

    assertThat(new String(rendered, StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
    assertThat(prepare(seedWithShortcuts()).get(".ebextensions/eb-maven-plugin.config")).isEqualTo(rendered);
  }

  static Stream<Arguments> shortcuts() {
    return Stream.of(
        Arguments.of(
            ExtensionsConfig.builder().instanceTypes("t3a.nano,t3.micro").build(),
            "option_settings: {aws:ec2:instances: {InstanceTypes: 't3a.nano,t3.micro'}}"),
        Arguments.of(
            ExtensionsConfig.builder().wsgiPath("testapp.wsgi:application").build(),
            "option_settings: {aws:elasticbeanstalk:container:python: {WSGIPath: 'testapp.wsgi:application'}}"),
        Arguments.of(
            ExtensionsConfig.builder().staticFile(new StaticFile("/static", "static")).staticFile(new StaticFile("/media", "media")).build(),
            "option_settings: {aws:elasticbeanstalk:environment:proxy:staticfiles: {/static: static, /media: media}}"),
        Arguments.of(
            ExtensionsConfig.builder().healthCheckPath("/health").build(),
            "option_settings: {aws:elasticbeanstalk:environment:process:default: {HealthCheckPath: /health}}"),
        Arguments.of(
            ExtensionsConfig.builder().autoScalingHealthCheck(new AutoScalingHealthCheck("ELB", 600)).build(),
            "Resources: {AWSEBAutoScalingGroup: {Type: 'AWS::AutoScaling::AutoScalingGroup',"
                + " Properties: {HealthCheckType: ELB, HealthCheckGracePeriod: '600'}}}"),
        Arguments.of(
            ExtensionsConfig.builder().securityGroups("testapp-sg").build(),
            "option_settings: {aws:autoscaling:launchconfiguration: {SecurityGroups: testapp-sg}}"),
        Arguments.of(
            ExtensionsConfig.builder().keyName("my-key").build(),
            "option_settings: {aws:autoscaling:launchconfiguration: {EC2KeyName: my-key}}"),
        Arguments.of(
            ExtensionsConfig.builder().https(new Https("arn:aws:acm:us-east-1:123456789012:certificate/abc", false)).build(),
            "option_settings: {'aws:elbv2:listener:443': {ListenerEnabled: 'true', Protocol: HTTPS,"
                + " SSLCertificateArns: 'arn:aws:acm:us-east-1:123456789012:certificate/abc'}}"),
        Arguments.of(
            ExtensionsConfig.builder().https(new Https("arn:aws:acm:us-east-1:123456789012:certificate/abc", true)).build(),
            "option_settings: {'aws:elbv2:listener:443': {ListenerEnabled: 'true', Protocol: HTTPS,"
                + " SSLCertificateArns: 'arn:aws:acm:us-east-1:123456789012:certificate/abc'}}\n"
                + "Resources: {AWSEBV2LoadBalancerListener: {Type: 'AWS::ElasticLoadBalancingV2::Listener', Properties: {"
                + "LoadBalancerArn: {Ref: AWSEBV2LoadBalancer}, Port: 80, Protocol: HTTP, DefaultActions: [{Type: redirect,"
                + " RedirectConfig: {Protocol: HTTPS, Port: '443', Host: '#{host}', Path: '/#{path}', Query: '#{query}',"
                + " StatusCode: HTTP_301}}]}}}"),
        Arguments.of(
            ExtensionsConfig.builder().environmentVariable("DJANGO_SETTINGS_MODULE", "testapp.settings.production").build(),
            "option_settings: {aws:elasticbeanstalk:application:environment: {DJANGO_SETTINGS_MODULE: testapp.settings.production}}"),
        Arguments.of(
            ExtensionsConfig.builder().file(new ExtensionFile("/etc/example.conf", "a = 1\nb = 2\n", "000644", "root", "root")).build(),
            "files: {/etc/example.conf: {mode: '000644', owner: root, group: root, content: \"a = 1\\nb = 2\\n\"}}"));
  }

  @ParameterizedTest
  @MethodSource("shortcuts")
  void eachShortcutRendersTheDocumentedOptionOrBlock(ExtensionsConfig config, String expectedYaml) throws Exception {
    Map<String, Object> rendered = Yamls.parse(prepare(config).get(".ebextensions/eb-maven-plugin.config"));

    assertThat(rendered).isEqualTo(Yamls.parse(expectedYaml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void nginxGzipRendersAPlatformSnippetAndNoConfig() throws Exception {
    SortedMap<String, byte[]> generated = prepare(ExtensionsConfig.builder().nginx(new Nginx(true)).build());

    assertThat(generated).containsOnlyKeys(".platform/nginx/conf.d/eb-maven-plugin-gzip.conf");
    assertThat(new String(generated.get(".platform/nginx/conf.d/eb-maven-plugin-gzip.conf"), StandardCharsets.UTF_8))
        .contains("\ngzip on;\n")
        .contains("gzip_types text/plain text/css");
  }

  @Test
  void nginxGzipFalseTurnsCompressionOff() throws Exception {
    SortedMap<String, byte[]> generated = prepare(ExtensionsConfig.builder().nginx(new Nginx(false)).build());

    assertThat(new String(generated.get(".platform/nginx/conf.d/eb-maven-plugin-gzip.conf"), StandardCharsets.UTF_8))
        .contains("\ngzip off;\n")
        .doesNotContain("gzip on;");
  }

  @Test
  void emptyConfigurationGeneratesNothing() throws Exception {
    assertThat(prepare(ExtensionsConfig.EMPTY)).isEmpty();
  }

  @Test
  void commandsOutOfAlphabeticalOrderGetPositionPrefixesAndTheUserIsTold() throws Exception {
    RecordingReporter reporter = new RecordingReporter();
    ExtensionsConfig config =
        ExtensionsConfig.builder()
            .containerCommand(new ContainerCommand("migrate", "python manage.py migrate"))
            .containerCommand(new ContainerCommand("collectstatic", "python manage.py collectstatic"))
            .build();

    SortedMap<String, byte[]> generated = new EbExtensions(config, ValidationMode.ERROR, reporter).prepare(InMemoryBundle.djangoApp());

    @SuppressWarnings("unchecked")
    Map<String, Object> commands =
        (Map<String, Object>) Yamls.parse(generated.get(".ebextensions/eb-maven-plugin.config")).get("container_commands");
    assertThat(commands.keySet()).containsExactly("01_migrate", "02_collectstatic");
    assertThat(reporter.infos)
        .containsExactly(
            "<containerCommands>: EB runs container_commands in alphabetical order of their names, not in POM order"
                + " (migrate, collectstatic); renamed them 01_migrate, 02_collectstatic so they run in POM order.");
  }

  @Test
  void commandsAlreadyInAlphabeticalOrderKeepTheirNames() {
    assertThat(CommandNaming.inRunOrder(List.of("change_log_permissions", "change_logs_owner")))
        .containsExactly("change_log_permissions", "change_logs_owner");
    assertThat(CommandNaming.inRunOrder(List.of("b", "a", "c", "d", "e", "f", "g", "h", "i", "j", "k")))
        .startsWith("01_b", "02_a")
        .endsWith("11_k");
  }

  @Test
  void commandOptionsRenderWithEbKeyNames() throws Exception {
    ExtensionsConfig config =
        ExtensionsConfig.builder()
            .command(new Command("a_setup", "./setup.sh", "/tmp", "test -f x", true, Map.of("MODE", "fast")))
            .build();

    Map<String, Object> rendered = Yamls.parse(prepare(config).get(".ebextensions/eb-maven-plugin.config"));

    assertThat(rendered)
        .isEqualTo(
            Yamls.parse(
                "commands: {a_setup: {command: ./setup.sh, cwd: /tmp, test: 'test -f x', ignoreErrors: true, env: {MODE: fast}}}"
                    .getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void settingWithAResourceNameUsesTheListForm() throws Exception {
    ExtensionsConfig config =
        ExtensionsConfig.builder()
            .optionSetting(new OptionSetting("aws:autoscaling:scheduledaction", "MinSize", "0", "nightly"))
            .build();

    Map<String, Object> rendered = Yamls.parse(prepare(config).get(".ebextensions/eb-maven-plugin.config"));

    assertThat(rendered.get("option_settings"))
        .isEqualTo(List.of(Map.of("namespace", "aws:autoscaling:scheduledaction", "option_name", "MinSize", "value", "0", "resource_name", "nightly")));
  }

  @Test
  void optionSettingsListsExplicitSettingsEnvironmentVariablesAndShortcuts() {
    ExtensionsConfig config =
        ExtensionsConfig.builder()
            .optionSetting(new OptionSetting("aws:elasticbeanstalk:environment", "EnvironmentType", "SingleInstance"))
            .environmentVariable("DJANGO_SETTINGS_MODULE", "testapp.settings.production")
            .keyName("my-key")
            .build();

    assertThat(new EbExtensions(config, ValidationMode.ERROR, Reporter.SILENT).optionSettings())
        .containsExactly(
            new OptionSetting("aws:elasticbeanstalk:environment", "EnvironmentType", "SingleInstance"),
            new OptionSetting("aws:elasticbeanstalk:application:environment", "DJANGO_SETTINGS_MODULE", "testapp.settings.production"),
            new OptionSetting("aws:autoscaling:launchconfiguration", "EC2KeyName", "my-key"));
  }

  @Test
  void handWrittenFilesAreKeptAndNotRegenerated() throws Exception {
    InMemoryBundle bundle = InMemoryBundle.djangoApp().with(".ebextensions/django.config", "option_settings:\n  aws:ec2:instances:\n    InstanceTypes: t3a.nano\n");

    SortedMap<String, byte[]> generated =
        new EbExtensions(ExtensionsConfig.builder().keyName("my-key").build(), ValidationMode.ERROR, Reporter.SILENT).prepare(bundle);

    assertThat(generated).containsOnlyKeys(".ebextensions/eb-maven-plugin.config");
  }
}
