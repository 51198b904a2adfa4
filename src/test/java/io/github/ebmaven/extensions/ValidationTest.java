package io.github.ebmaven.extensions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import io.github.ebmaven.testing.RecordingReporter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {

  private static List<String> problemsOf(String file, String content) {
    return problemsOf(ExtensionsConfig.EMPTY, InMemoryBundle.djangoApp().with(file, content));
  }

  private static List<String> problemsOf(ExtensionsConfig config, InMemoryBundle bundle) {
    ExtensionsException thrown =
        catchThrowableOfType(
            ExtensionsException.class, () -> new EbExtensions(config, ValidationMode.ERROR, Reporter.SILENT).prepare(bundle));
    assertThat(thrown).as("validation should fail").isNotNull();
    return thrown.problems();
  }

  private static RecordingReporter passes(ExtensionsConfig config, InMemoryBundle bundle) throws ExtensionsException {
    RecordingReporter reporter = new RecordingReporter();
    new EbExtensions(config, ValidationMode.ERROR, reporter).prepare(bundle);
    return reporter;
  }

  @Test
  void yamlSyntaxErrorIsReportedAtFileLineAndColumn() {
    assertThat(problemsOf(".ebextensions/bad.config", "option_settings:\n  aws:ec2:instances:\n    InstanceTypes: a: b\n"))
        .singleElement()
        .asString()
        .startsWith(".ebextensions/bad.config:3:21: invalid YAML: mapping values are not allowed here.");
  }

  @Test
  void duplicateKeyIsASyntaxError() {
    assertThat(problemsOf(".ebextensions/dup.config", "commands:\n  a:\n    command: x\n  a:\n    command: y\n"))
        .singleElement()
        .asString()
        .startsWith(".ebextensions/dup.config:")
        .contains("found duplicate key a");
  }

  @Test
  void jsonSyntaxErrorIsReportedAtFileLineAndColumn() {
    assertThat(problemsOf(".ebextensions/bad.config", "{\n  \"option_settings\": {\n    \"aws:ec2:instances\" \"x\"\n}"))
        .singleElement()
        .asString()
        .startsWith(".ebextensions/bad.config:3:")
        .contains("invalid JSON: Unexpected character");
  }

  @Test
  void jsonFileIsValidatedLikeYamlWithLineAndColumn() {
    assertThat(problemsOf(".ebextensions/a.config", "{\"option_settings\": {\"aws:ec2:instances\": {\"InstanceType\": \"t3.micro\"}}}"))
        .containsExactly(
            ".ebextensions/a.config:1:44: unknown option 'InstanceType' in namespace 'aws:ec2:instances'. Did you mean 'InstanceTypes'?");
  }

  @Test
  void jsonSyntaxErrorGetsAJsonHint() {
    assertThat(problemsOf(".ebextensions/bad.config", "{\n  \"option_settings\": {\n    \"aws:ec2:instances\" \"x\"\n}"))
        .singleElement()
        .asString()
        .contains("Fix the JSON there")
        .doesNotContain("indent with spaces");
  }

  @Test
  void unknownTopLevelKeyIsAWarningWithDidYouMean() throws Exception {
    RecordingReporter reporter =
        passes(ExtensionsConfig.EMPTY, InMemoryBundle.djangoApp().with(".ebextensions/commands.config", "container_command:\n  migrate:\n    command: ./migrate\n"));

    assertThat(reporter.warnings)
        .containsExactly(
            ".ebextensions/commands.config:1:1: unknown top-level key 'container_command', EB ignores it, and AWS documents that EB then skips the whole file with only a warning event. Did you mean 'container_commands'?");
  }

  @Test
  void unknownNamespaceInMapFormFailsWithDidYouMean() {
    assertThat(problemsOf(".ebextensions/django.config", "option_settings:\n  aws:elasticbeanstalk:container:pyhton:\n    WSGIPath: testapp.wsgi:application\n"))
        .containsExactly(
            ".ebextensions/django.config:3:5: unknown option namespace 'aws:elasticbeanstalk:container:pyhton'."
                + " Did you mean 'aws:elasticbeanstalk:container:python'?");
  }

  @Test
  void unknownOptionInListFormFailsWithDidYouMean() {
    assertThat(
            problemsOf(
                ".ebextensions/sg.config",
                "option_settings:\n  - namespace: aws:autoscaling:launchconfiguration\n    option_name: SecurityGroup\n    value: testapp-sg\n"))
        .containsExactly(
            ".ebextensions/sg.config:2:5: unknown option 'SecurityGroup' in namespace 'aws:autoscaling:launchconfiguration'."
                + " Did you mean 'SecurityGroups'?");
  }

  @Test
  void listFormEntryWithoutOptionNameFails() {
    RecordingReporter reporter = new RecordingReporter();
    InMemoryBundle bundle =
        InMemoryBundle.djangoApp()
            .with(".ebextensions/sg.config", "option_settings:\n  - namespace: aws:autoscaling:launchconfiguration\n    optionName: SecurityGroups\n");

    assertThatThrownBy(() -> new EbExtensions(ExtensionsConfig.EMPTY, ValidationMode.ERROR, reporter).prepare(bundle))
        .isInstanceOf(ExtensionsException.class)
        .extracting(e -> ((ExtensionsException) e).problems())
        .asList()
        .containsExactly(".ebextensions/sg.config:2:5: an option_settings entry needs 'option_name'; add the option's name.");
    assertThat(reporter.warnings)
        .containsExactly(".ebextensions/sg.config:2:5: unknown key 'optionName' in an option_settings entry, EB ignores it. Did you mean 'option_name'?");
  }

  @Test
  void openEndedNamespacesAreAccepted() throws Exception {
    String config =
        "option_settings:\n"
            + "  aws:elasticbeanstalk:application:environment:\n    ANY_NAME: x\n"
            + "  aws:elasticbeanstalk:environment:proxy:staticfiles:\n    /assets: static\n"
            + "  aws:elasticbeanstalk:environment:process:api:\n    Port: '8080'\n"
            + "  aws:elbv2:listener:8443:\n    Protocol: HTTPS\n"
            + "  aws:elbv2:listener:default:\n    ListenerEnabled: true\n"
            + "  aws:elbv2:listenerrule:api:\n    PathPatterns: /api/*\n    Priority: 1\n"
            + "  aws:elasticbeanstalk:container:tomcat:jvmoptions:\n    Xmx: 512m\n";

    RecordingReporter reporter = passes(ExtensionsConfig.EMPTY, InMemoryBundle.djangoApp().with("static/app.css", "").with(".ebextensions/a.config", config));

    assertThat(reporter.warnings).isEmpty();
  }

  @Test
  void listenerNamespaceNeedsAPortNumber() {
    assertThat(problemsOf(".ebextensions/a.config", "option_settings:\n  aws:elbv2:listener:https:\n    Protocol: HTTPS\n"))
        .singleElement()
        .asString()
        .isEqualTo(
            ".ebextensions/a.config:3:5: unknown option namespace 'aws:elbv2:listener:https': after aws:elbv2:listener:"
                + " EB expects a port number or default, for example aws:elbv2:listener:443.");
  }

  @Test
  void integerOptionOutOfRangeFails() {
    assertThat(problemsOf(".ebextensions/a.config", "option_settings:\n  aws:autoscaling:asg:\n    MaxSize: 0\n"))
        .containsExactly(".ebextensions/a.config:3:5: invalid value '0' for aws:autoscaling:asg MaxSize: use a whole number from 1 to 10000.");
  }

  @Test
  void booleanOptionWithOtherTextFails() {
    assertThat(problemsOf(".ebextensions/a.config", "option_settings:\n  aws:ec2:instances:\n    EnableSpot: sometimes\n"))
        .containsExactly(".ebextensions/a.config:3:5: invalid value 'sometimes' for aws:ec2:instances EnableSpot: use true or false.");
  }

  @Test
  void enumerationValueOutsideTheDocumentedOnesFails() {
    assertThat(problemsOf(".ebextensions/a.config", "option_settings:\n  aws:elasticbeanstalk:environment:\n    EnvironmentType: Single\n"))
        .containsExactly(
            ".ebextensions/a.config:3:5: invalid value 'Single' for aws:elasticbeanstalk:environment EnvironmentType:"
                + " use one of LoadBalanced, SingleInstance.");
  }

  @Test
  void enumerationValueInTheWrongCaseSaysWhichCase() {
    assertThat(problemsOf(".ebextensions/a.config", "option_settings:\n  aws:elasticbeanstalk:environment:\n    LoadBalancerType: Application\n"))
        .containsExactly(
            ".ebextensions/a.config:3:5: invalid value 'Application' for aws:elasticbeanstalk:environment LoadBalancerType:"
                + " values are case-sensitive, use 'application'.");
  }

  @Test
  void minSizeAboveMaxSizeFailsNamingBoth() {
    ExtensionsConfig config =
        ExtensionsConfig.builder().optionSetting(new OptionSetting("aws:autoscaling:asg", "MaxSize", "2")).build();

    assertThat(problemsOf(config, InMemoryBundle.djangoApp().with(".ebextensions/asg.config", "option_settings:\n  aws:autoscaling:asg:\n    MinSize: 4\n")))
        .containsExactly(
            ".ebextensions/asg.config:3:5: aws:autoscaling:asg MinSize 4 is greater than MaxSize 2 set at"
                + " <optionSettings>/<optionSetting>[1]. Lower MinSize or raise MaxSize.");
  }

  @Test
  void containerCommandWithoutCommandFails() {
    assertThat(problemsOf(".ebextensions/c.config", "container_commands:\n  migrate:\n    leader_only: true\n"))
        .containsExactly(".ebextensions/c.config:2:3: container_commands entry 'migrate' has no 'command'; add the shell command to run.");
  }

  @Test
  void leaderOnlyThatIsNotABooleanIsAWarning() throws Exception {
    RecordingReporter reporter =
        passes(ExtensionsConfig.EMPTY, InMemoryBundle.djangoApp().with(".ebextensions/c.config", "container_commands:\n  migrate:\n    command: ./m\n    leader_only: \"yes\"\n"));

    assertThat(reporter.warnings)
        .containsExactly(".ebextensions/c.config:4:5: leader_only of 'migrate' should be true or false, not 'yes'. Write leader_only: true (no quotes).");
  }

  @Test
  void leaderOnlyAsQuotedTextIsAccepted() throws Exception {
    assertThat(
            passes(ExtensionsConfig.EMPTY, InMemoryBundle.djangoApp().with(".ebextensions/c.config", "container_commands:\n  migrate:\n    command: ./m\n    leader_only: \"true\"\n"))
                .warnings)
        .isEmpty();
  }

  @Test
  void leaderOnlyUnderCommandsIsAWarning() throws Exception {
    RecordingReporter reporter =
        passes(ExtensionsConfig.EMPTY, InMemoryBundle.djangoApp().with(".ebextensions/c.config", "commands:\n  migrate:\n    command: ./m\n    leader_only: true\n"));

    assertThat(reporter.warnings)
        .containsExactly(
            ".ebextensions/c.config:4:5: leader_only is only read in container_commands, so EB runs 'migrate' on every instance;"
                + " move it to container_commands or remove leader_only.");
  }

  @Test
  void wsgiModuleMissingFromTheBundleIsAWarning() throws Exception {
    ExtensionsConfig config = ExtensionsConfig.builder().wsgiPath("testapp.wgsi:application").build();

    assertThat(passes(config, InMemoryBundle.djangoApp()).warnings)
        .containsExactly(
            "<wsgiPath>: WSGIPath 'testapp.wgsi:application' needs testapp/wgsi.py in the bundle, but the bundle has no such file,"
                + " so the application would not start. Point WSGIPath at your WSGI module (for Django usually <project>.wsgi:application),"
                + " or check that .ebignore does not drop it.");
  }

  @Test
  void wsgiPathInAHandWrittenFileIsCheckedToo() throws Exception {
    assertThat(
            passes(ExtensionsConfig.EMPTY, InMemoryBundle.djangoApp().with(".ebextensions/d.config", "option_settings:\n  aws:elasticbeanstalk:container:python:\n    WSGIPath: application.py\n"))
                .warnings)
        .singleElement()
        .asString()
        .startsWith(".ebextensions/d.config:3:5: WSGIPath 'application.py' needs application.py in the bundle");
  }

  @Test
  void staticFolderNeitherInBundleNorBuiltIsAWarning() throws Exception {
    ExtensionsConfig config = ExtensionsConfig.builder().staticFile(new StaticFile("/assets", "assets")).build();

    RecordingReporter reporter = passes(config, InMemoryBundle.djangoApp());

    assertThat(reporter.warnings)
        .containsExactly(
            "<staticFiles>/<staticFile>[1]: static files path '/assets' serves folder 'assets', which is neither in the bundle"
                + " nor created by a container command, so the proxy would answer 404. Add the folder to the bundle or a container command that creates it.");
  }

  @Test
  void staticFolderBuiltByCollectstaticIsFine() throws Exception {
    RecordingReporter reporter = passes(RenderingTest.seedWithShortcuts(), InMemoryBundle.djangoApp());

    assertThat(reporter.warnings).isEmpty();
  }

  @Test
  void theSeedsHandWrittenFilesPassValidation() throws Exception {
    InMemoryBundle bundle = InMemoryBundle.djangoApp();
    for (String name : List.of("django.config", "commands.config", "logs.config", "healthcheck.config")) {
      bundle.with(".ebextensions/" + name, new String(getClass().getResourceAsStream("/extensions/seed/" + name).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }

    assertThat(passes(ExtensionsConfig.EMPTY, bundle).warnings).isEmpty();
  }

  @Test
  void shortcutAndOptionSettingWithDifferentValuesFailNamingBoth() {
    ExtensionsConfig config =
        ExtensionsConfig.builder()
            .optionSetting(new OptionSetting("aws:ec2:instances", "InstanceTypes", "t3.micro"))
            .instanceTypes("t3a.nano")
            .build();

    assertThat(problemsOf(config, InMemoryBundle.djangoApp()))
        .containsExactly(
            "<instanceTypes> sets aws:ec2:instances InstanceTypes to 't3a.nano' but <optionSettings>/<optionSetting>[1] sets it to"
                + " 't3.micro'. Keep one of them: remove the option from <optionSettings>/<optionSetting>[1].");
  }

  @Test
  void shortcutAndOptionSettingWithTheSameValueAreOneSetting() {
    ExtensionsConfig config =
        ExtensionsConfig.builder()
            .optionSetting(new OptionSetting("aws:ec2:instances", "InstanceTypes", "t3a.nano"))
            .instanceTypes("t3a.nano")
            .build();

    assertThat(new EbExtensions(config, ValidationMode.ERROR, Reporter.SILENT).optionSettings()).hasSize(1);
  }

  @Test
  void generatedSettingContradictingAHandWrittenOneFailsNamingFileAndElement() {
    InMemoryBundle bundle =
        InMemoryBundle.djangoApp().with(".ebextensions/django.config", "option_settings:\n  aws:ec2:instances:\n    InstanceTypes: 't3a.nano'\n");

    assertThat(problemsOf(ExtensionsConfig.builder().instanceTypes("t3.small").build(), bundle))
        .containsExactly(
            "<instanceTypes> sets aws:ec2:instances InstanceTypes to 't3.small' but .ebextensions/django.config:3:5 sets it to"
                + " 't3a.nano'. Keep one: remove the option from .ebextensions/django.config or remove <instanceTypes> from the POM.");
  }

  @Test
  void generatedCommandContradictingAHandWrittenOneFails() {
    InMemoryBundle bundle = InMemoryBundle.djangoApp().with(".ebextensions/c.config", "container_commands:\n  migrate:\n    command: ./old-migrate\n");
    ExtensionsConfig config = ExtensionsConfig.builder().containerCommand(new ContainerCommand("migrate", "./migrate")).build();

    assertThat(problemsOf(config, bundle))
        .containsExactly(
            "<containerCommands> defines 'migrate' but .ebextensions/c.config:2:3 defines a different container_commands entry"
                + " with the same name, and EB keeps only one. Rename one of them.");
  }

  @Test
  void generatedResourceContradictingAHandWrittenOneFails() {
    InMemoryBundle bundle =
        InMemoryBundle.djangoApp()
            .with(".ebextensions/hc.config", "Resources:\n  AWSEBAutoScalingGroup:\n    Properties:\n      HealthCheckType: EC2\n");
    ExtensionsConfig config = ExtensionsConfig.builder().autoScalingHealthCheck(new AutoScalingHealthCheck("ELB", null)).build();

    assertThat(problemsOf(config, bundle))
        .containsExactly(
            "The POM sets Resources.AWSEBAutoScalingGroup.Properties.HealthCheckType to 'ELB' but .ebextensions/hc.config:4:7 sets it"
                + " to 'EC2'. Keep one: remove it from .ebextensions/hc.config or from the POM (<resources> or the shortcut that renders it).");
  }

  @Test
  void resourcesElementContradictingTheShortcutFails() {
    ExtensionsConfig config =
        ExtensionsConfig.builder()
            .resources("AWSEBAutoScalingGroup:\n  Properties:\n    HealthCheckType: EC2\n")
            .autoScalingHealthCheck(new AutoScalingHealthCheck("ELB", 600))
            .build();

    assertThat(problemsOf(config, InMemoryBundle.djangoApp()))
        .containsExactly(
            "<autoScalingHealthCheck> sets Resources AWSEBAutoScalingGroup.Properties.HealthCheckType to 'ELB' but <resources>"
                + " sets it to 'EC2'. Keep one of them: remove AWSEBAutoScalingGroup.Properties.HealthCheckType from <resources>.");
  }

  @Test
  void resourcesWithShortFormTagsFailWithTheLongFormAsFix() {
    ExtensionsConfig config = ExtensionsConfig.builder().resources("Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    BucketName: !Ref Name\n").build();

    assertThat(problemsOf(config, InMemoryBundle.djangoApp()))
        .singleElement()
        .asString()
        .startsWith("<resources>:")
        .contains("long form (Ref: Name");
  }

  @Test
  void pomCommandWithoutNameOrCommandFails() {
    ExtensionsConfig config = ExtensionsConfig.builder().containerCommand(new ContainerCommand(null, " ")).build();

    assertThat(problemsOf(config, InMemoryBundle.djangoApp()))
        .containsExactly(
            "<containerCommands>/<containerCommand>[1]: <name> is missing; give the command a short name such as 'migrate'.",
            "<containerCommands>/<containerCommand>[1]: <command> is missing; add the shell command to run.");
  }

  @Test
  void pomOptionSettingIsCheckedAgainstTheCatalog() {
    ExtensionsConfig config =
        ExtensionsConfig.builder().optionSetting(new OptionSetting("aws:elasticbeanstalk:container:pyhton", "WSGIPath", "testapp.wsgi:application")).build();

    assertThat(problemsOf(config, InMemoryBundle.djangoApp()))
        .containsExactly(
            "<optionSettings>/<optionSetting>[1]: unknown option namespace 'aws:elasticbeanstalk:container:pyhton'."
                + " Did you mean 'aws:elasticbeanstalk:container:python'?");
  }

  @Test
  void everyProblemIsListedOnePerLine() {
    ExtensionsException thrown =
        catchThrowableOfType(
            ExtensionsException.class,
            () ->
                new EbExtensions(ExtensionsConfig.EMPTY, ValidationMode.ERROR, Reporter.SILENT)
                    .prepare(InMemoryBundle.djangoApp().with(".ebextensions/a.config", "commands:\n  a: {}\nfiles:\n  /etc/x: {}\n")));

    assertThat(thrown).isInstanceOf(EbException.class);
    assertThat(thrown.problems()).hasSize(2);
    assertThat(thrown.getMessage().lines()).hasSize(3).element(0).asString().startsWith("2 problems");
  }

  @Test
  void warnModeReportsErrorsAsWarningsAndStillRenders() throws Exception {
    RecordingReporter reporter = new RecordingReporter();
    InMemoryBundle bundle = InMemoryBundle.djangoApp().with(".ebextensions/a.config", "container_command: {}\n");

    var generated = new EbExtensions(ExtensionsConfig.builder().keyName("k").build(), ValidationMode.WARN, reporter).prepare(bundle);

    assertThat(generated).containsKey(".ebextensions/eb-maven-plugin.config");
    assertThat(reporter.warnings).singleElement().asString().contains("unknown top-level key 'container_command'");
  }

  @Test
  void offModeSkipsHandWrittenFilesButContradictionsStillFail() throws Exception {
    InMemoryBundle bundle =
        InMemoryBundle.djangoApp()
            .with(".ebextensions/broken.config", "option_settings: [\n")
            .with(".ebextensions/a.config", "container_command: {}\noption_settings:\n  aws:ec2:instances:\n    InstanceTypes: t3.micro\n");
    RecordingReporter reporter = new RecordingReporter();

    new EbExtensions(ExtensionsConfig.builder().keyName("k").build(), ValidationMode.OFF, reporter).prepare(bundle);
    assertThat(reporter.warnings).isEmpty();

    assertThatThrownBy(
            () -> new EbExtensions(ExtensionsConfig.builder().instanceTypes("t3.large").build(), ValidationMode.OFF, Reporter.SILENT).prepare(bundle))
        .isInstanceOf(ExtensionsException.class)
        .hasMessageContaining("<instanceTypes> sets aws:ec2:instances InstanceTypes to 't3.large'");
  }

  @Test
  void secretLookingVariableIsWarnedAboutAndItsValueNeverShown() {
    RecordingReporter reporter = new RecordingReporter();
    ExtensionsConfig config =
        ExtensionsConfig.builder()
            .environmentVariable("DB_PASSWORD", "hunter2-value")
            .optionSetting(new OptionSetting("aws:elasticbeanstalk:application:environment", "DB_PASSWORD", "other-value"))
            .build();

    ExtensionsException thrown =
        catchThrowableOfType(
            ExtensionsException.class, () -> new EbExtensions(config, ValidationMode.ERROR, reporter).prepare(InMemoryBundle.djangoApp()));

    assertThat(reporter.warnings)
        .containsExactly(
            "<environmentVariables>/<DB_PASSWORD>: the value is written in plain text into the source bundle stored in S3 and shown"
                + " in the EB console. Keep secrets out of the POM: use aws:elasticbeanstalk:application:environmentsecrets or set"
                + " the variable on the environment instead.");
    assertThat(thrown.getMessage()).contains("DB_PASSWORD to ****").doesNotContain("hunter2").doesNotContain("other-value");
    assertThat(reporter.all()).doesNotContain("hunter2").doesNotContain("other-value");
  }

  @Test
  void generatedFileNameInTheBundleIsRefused() {
    assertThat(problemsOf(".ebextensions/eb-maven-plugin.config", "commands: {}\n"))
        .containsExactly(
            ".ebextensions/eb-maven-plugin.config: this name is reserved for the file eb-maven-plugin generates; rename your file"
                + " or remove it if it is an old generated copy.");
  }

  @Test
  void filesInSubfoldersOfEbextensionsAreNotConfigs() throws Exception {
    assertThat(passes(ExtensionsConfig.EMPTY, InMemoryBundle.djangoApp().with(".ebextensions/scripts/x.config", "not: [valid")).warnings).isEmpty();
  }

  @Test
  void validationModeParsesIgnoringCaseAndNamesThePropertyWhenWrong() {
    assertThat(ValidationMode.parse(" Warn ")).isEqualTo(ValidationMode.WARN);
    assertThatThrownBy(() -> ValidationMode.parse("strict"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid eb.validation value 'strict': use error (the default), warn or off, for example -Deb.validation=warn");
  }

  @Test
  void didYouMeanOnlySuggestsCloseNames() {
    assertThat(Suggestions.closest("pyhton", List.of("python", "nodejs"))).contains("python");
    assertThat(Suggestions.closest("banana", List.of("python", "nodejs"))).isEmpty();
  }
}
