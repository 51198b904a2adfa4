package io.github.ebmaven.extensions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ebmaven.report.Reporter;
import io.github.ebmaven.testing.RecordingReporter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of issue 14: what EB accepts passes, what it refuses fails, the rest warns. */
class ValidationRulesTest {

  private static RecordingReporter passes(String file) throws ExtensionsException {
    return passes(ExtensionsConfig.EMPTY, file);
  }

  private static RecordingReporter passes(ExtensionsConfig config, String file) throws ExtensionsException {
    RecordingReporter reporter = new RecordingReporter();
    new EbExtensions(config, ValidationMode.ERROR, reporter).prepare(InMemoryBundle.djangoApp().with(".ebextensions/a.config", file));
    return reporter;
  }

  private static List<String> errorsOf(String file) {
    return errorsOf(ExtensionsConfig.EMPTY, file);
  }

  private static List<String> errorsOf(ExtensionsConfig config, String file) {
    ExtensionsException thrown =
        catchThrowableOfType(
            ExtensionsException.class,
            () -> new EbExtensions(config, ValidationMode.ERROR, Reporter.SILENT).prepare(InMemoryBundle.djangoApp().with(".ebextensions/a.config", file)));
    assertThat(thrown).as("validation should fail").isNotNull();
    return thrown.problems();
  }

  @Test
  void customOptionsForGetOptionSettingAcceptAnyName() throws Exception {
    assertThat(passes("option_settings:\n  aws:elasticbeanstalk:customoption:\n    BucketName: my-bucket\n    AlarmEmail: a@example.com\n").warnings).isEmpty();
  }

  @Test
  void listFormEntryWithoutNamespaceSetsAnEnvironmentProperty() throws Exception {
    RecordingReporter reporter = passes("option_settings:\n  - option_name: MY_VARIABLE\n    value: somevalue\n");

    assertThat(reporter.warnings).isEmpty();
  }

  @Test
  void listFormWithoutNamespaceInJsonIsAcceptedToo() throws Exception {
    assertThat(passes("{\n  \"option_settings\": [\n    {\"option_name\": \"MY_VARIABLE\", \"value\": \"somevalue\"}\n  ]\n}\n").warnings).isEmpty();
  }

  @Test
  void listFormWithoutNamespaceIsCheckedAsAnEnvironmentProperty() {
    assertThat(errorsOf("option_settings:\n  - option_name: MY VARIABLE\n    value: x\n"))
        .singleElement()
        .asString()
        .startsWith(".ebextensions/a.config:2:5: EB refuses the environment property name 'MY VARIABLE'");
  }

  @Test
  void windowsWaitAfterCompletionIsAccepted() throws Exception {
    String config =
        "commands:\n  01_install:\n    command: install.cmd\n    waitAfterCompletion: 0\n"
            + "container_commands:\n  02_reboot:\n    command: reboot.cmd\n    waitAfterCompletion: forever\n";

    assertThat(passes(config).warnings).isEmpty();
  }

  @Test
  void tomcatApache22ProxyIsAccepted() throws Exception {
    assertThat(passes("option_settings:\n  aws:elasticbeanstalk:environment:proxy:\n    ProxyServer: apache/2.2\n").warnings).isEmpty();
  }

  @Test
  void fractionalTriggerThresholdsAreAccepted() throws Exception {
    String config =
        "option_settings:\n  aws:autoscaling:trigger:\n    MeasureName: Latency\n    Unit: Seconds\n    UpperThreshold: 0.5\n    LowerThreshold: 0.1\n";

    assertThat(passes(config).warnings).isEmpty();
  }

  @Test
  void thresholdThatIsNotANumberFails() {
    assertThat(errorsOf("option_settings:\n  aws:autoscaling:trigger:\n    UpperThreshold: half\n"))
        .containsExactly(".ebextensions/a.config:3:5: invalid value 'half' for aws:autoscaling:trigger UpperThreshold: use a number from 0 to 20000000.");
  }

  @Test
  void healthCheckSuccessThresholdIsAcceptedInBothDocumentedNamespaces() throws Exception {
    String config =
        "option_settings:\n  aws:elasticbeanstalk:command:\n    HealthCheckSuccessThreshold: Warning\n"
            + "  aws:elasticbeanstalk:healthreporting:system:\n    HealthCheckSuccessThreshold: Warning\n";

    assertThat(passes(config).warnings).isEmpty();
  }

  @Test
  void spotVpcLogsAndLoadBalancerOptionsAreKnown() throws Exception {
    String config =
        "option_settings:\n"
            + "  aws:ec2:instances:\n    EnableSpot: true\n    SpotFleetOnDemandBase: 1\n    SpotFleetOnDemandAboveBasePercentage: 50\n    SpotMaxPrice: null\n"
            + "  aws:ec2:vpc:\n    VPCId: vpc-1\n    Subnets: subnet-1,subnet-2\n    ELBSubnets: subnet-3\n    DBSubnets: subnet-4\n    AssociatePublicIpAddress: false\n    ELBScheme: internal\n"
            + "  aws:elasticbeanstalk:cloudwatch:logs:\n    StreamLogs: true\n    RetentionInDays: 30\n"
            + "  aws:elasticbeanstalk:cloudwatch:logs:health:\n    HealthStreamingEnabled: true\n"
            + "  aws:elasticbeanstalk:environment:\n    ServiceRole: aws-elasticbeanstalk-service-role\n    LoadBalancerIsShared: false\n"
            + "  aws:elbv2:loadbalancer:\n    IpAddressType: dualstack\n"
            + "  aws:elb:policies:\n    ConnectionDrainingEnabled: true\n"
            + "  aws:elb:loadbalancer:\n    CrossZone: true\n"
            + "  aws:autoscaling:updatepolicy:rollingupdate:\n    RollingUpdateType: Health\n"
            + "  aws:elasticbeanstalk:managedactions:\n    ManagedActionsEnabled: true\n    PreferredStartTime: 'Sun:02:00'\n"
            + "  aws:elasticbeanstalk:managedactions:platformupdate:\n    UpdateLevel: minor\n";

    assertThat(passes(config).warnings).isEmpty();
  }

  @Test
  void resourceNamePrefixInTheShortFormIsAccepted() throws Exception {
    assertThat(passes("option_settings:\n  ScaleUp.aws:autoscaling:scheduledaction:\n    MinSize: 2\n    Recurrence: '0 9 * * *'\n").warnings).isEmpty();
  }

  @Test
  void cloudFormationFunctionInATypedOptionIsNotChecked() throws Exception {
    assertThat(passes("option_settings:\n  aws:autoscaling:asg:\n    MaxSize: '`{\"Fn::GetOptionSetting\": {\"OptionName\": \"Max\", \"DefaultValue\": \"4\"}}`'\n").warnings)
        .isEmpty();
  }

  @Test
  void fileWithBothContentAndSourceFails() {
    assertThat(errorsOf("files:\n  /etc/app.conf:\n    content: hello\n    source: https://example.com/app.conf\n"))
        .containsExactly(
            ".ebextensions/a.config:2:3: files entry '/etc/app.conf' has both 'content' and 'source', and EB takes one or the other;"
                + " keep content for inline text or source for a URL to download.");
  }

  @Test
  void misspeltPackageManagerFailsWithDidYouMean() {
    assertThat(errorsOf("packages:\n  yumm:\n    git: []\n"))
        .containsExactly(
            ".ebextensions/a.config:2:3: unknown package manager 'yumm', EB documents apt, msi, python, rpm, rubygems, yum."
                + " Did you mean 'yum'?");
  }

  @Test
  void packagesListedWithoutVersionsFail() {
    assertThat(errorsOf("packages:\n  yum:\n    - git\n"))
        .singleElement()
        .asString()
        .startsWith(".ebextensions/a.config:2:3: packages under 'yum' must map each package to its versions");
  }

  @Test
  void misspeltServiceKeyIsAWarningWithDidYouMean() throws Exception {
    RecordingReporter reporter = passes("services:\n  sysvinit:\n    nginx:\n      ensureRuning: true\n      enabled: true\n");

    assertThat(reporter.warnings)
        .containsExactly(".ebextensions/a.config:4:7: unknown key 'ensureRuning' in service 'nginx', EB ignores it. Did you mean 'ensureRunning'?");
  }

  @Test
  void usersGroupsAndSourcesUseTheDocumentedKeys() throws Exception {
    String config =
        "users:\n  app:\n    groups: [web]\n    uid: '600'\n    homeDir: /home/app\n    shell: /bin/bash\n"
            + "groups:\n  web:\n    gid: '601'\n  other: {}\n"
            + "sources:\n  /opt/tool: https://example.com/tool.tar.gz\n";

    assertThat(passes(config).warnings)
        .containsExactly(
            ".ebextensions/a.config:6:5: unknown key 'shell' in user 'app', EB ignores it. Use one of groups, homeDir, uid.");
  }

  @Test
  void documentRootWithoutLeadingSlashFails() {
    assertThat(errorsOf("option_settings:\n  aws:elasticbeanstalk:container:php:phpini:\n    document_root: public\n"))
        .containsExactly(
            ".ebextensions/a.config:3:5: invalid value 'public' for aws:elasticbeanstalk:container:php:phpini document_root:"
                + " start it with '/', for example '/public' (an empty value means the bundle's root).");
  }

  @Test
  void documentRootWithLeadingSlashOrEmptyPasses() throws Exception {
    assertThat(passes("option_settings:\n  aws:elasticbeanstalk:container:php:phpini:\n    document_root: /public\n").warnings).isEmpty();
    assertThat(passes("option_settings:\n  aws:elasticbeanstalk:container:php:phpini:\n    document_root: ''\n").warnings).isEmpty();
  }

  @Test
  void environmentPropertyNameWithASpaceFails() {
    assertThat(errorsOf("option_settings:\n  aws:elasticbeanstalk:application:environment:\n    API URL: https://example.com\n"))
        .containsExactly(
            ".ebextensions/a.config:3:5: EB refuses the environment property name 'API URL' (aws:elasticbeanstalk:application:environment):"
                + " it contains a space. Names may hold letters, digits and _ . : / + \\ - @, up to 128 characters;"
                + " for every platform use [A-Z_][A-Z0-9_]*, for example API_URL.");
  }

  @Test
  void environmentPropertyNamesWithDocumentedSymbolsPass() throws Exception {
    assertThat(passes("option_settings:\n  aws:elasticbeanstalk:application:environment:\n    spring.profiles.active: prod\n    a:b/c+d-e@f\\g: x\n").warnings)
        .isEmpty();
  }

  @Test
  void pomEnvironmentVariableWithARefusedNameFails() {
    ExtensionsConfig config = ExtensionsConfig.builder().environmentVariable("DB#HOST", "db").build();

    assertThat(errorsOf(config, "commands: {}\n"))
        .singleElement()
        .asString()
        .startsWith("<environmentVariables>/<DB#HOST>: EB refuses the environment property name 'DB#HOST'")
        .contains("it contains '#'");
  }

  @Test
  void environmentPropertyValueOverTheDocumentedLengthIsAWarning() throws Exception {
    RecordingReporter reporter = passes("option_settings:\n  aws:elasticbeanstalk:application:environment:\n    LONG: " + "x".repeat(300) + "\n");

    assertThat(reporter.warnings)
        .singleElement()
        .asString()
        .startsWith(".ebextensions/a.config:3:5: the value of environment property 'LONG' is 300 characters long; EB documents at most 256.");
  }

  @Test
  void unquotedOffThatYamlReadsAsABooleanSaysWhatWasWritten() throws Exception {
    RecordingReporter reporter = passes("option_settings:\n  aws:elasticbeanstalk:container:php:phpini:\n    display_errors: Off\n");

    assertThat(reporter.warnings)
        .containsExactly(
            ".ebextensions/a.config:3:5: YAML 1.1 reads the unquoted Off as the boolean false, so EB receives 'false' for"
                + " aws:elasticbeanstalk:container:php:phpini display_errors, which is not one of the values EB documents"
                + " (use one of Off, On.) Quote it: display_errors: 'Off'.");
  }

  @Test
  void unquotedValueThatIsWrongEitherWayReportsBoth() {
    assertThat(errorsOf("option_settings:\n  aws:elb:loadbalancer:\n    LoadBalancerHTTPSPort: no\n"))
        .containsExactly(
            ".ebextensions/a.config:3:5: invalid value 'no' for aws:elb:loadbalancer LoadBalancerHTTPSPort (YAML 1.1 reads the"
                + " unquoted no as the boolean false, so EB receives 'false'): use one of 443, 8443, OFF.");
  }

  @Test
  void unknownNamespaceIsReportedOncePerFile() {
    assertThat(errorsOf("option_settings:\n  aws:elasticbeanstalk:customoptions:\n    A: x\n    B: y\n"))
        .containsExactly(
            ".ebextensions/a.config:3:5: unknown option namespace 'aws:elasticbeanstalk:customoptions'. Did you mean 'aws:elasticbeanstalk:customoption'?");
  }

  @Test
  void namespaceFarFromEveryDocumentedOneIsAWarning() throws Exception {
    assertThat(passes("option_settings:\n  aws:elasticbeanstalk:control:\n    LaunchTimeout: 30\n").warnings)
        .singleElement()
        .asString()
        .startsWith(".ebextensions/a.config:3:5: unknown option namespace 'aws:elasticbeanstalk:control': it is not in EB's");
  }

  @Test
  void optionFarFromEveryDocumentedOneIsAWarningListingTheKnownOnesSorted() throws Exception {
    assertThat(passes("option_settings:\n  aws:ec2:vpc:\n    Ipv6Enabled: true\n").warnings)
        .containsExactly(
            ".ebextensions/a.config:3:5: unknown option 'Ipv6Enabled' in namespace 'aws:ec2:vpc': EB documents no option of that name"
                + " there, and refuses one it does not know. Known options: AssociatePublicIpAddress, DBSubnets, ELBScheme, ELBSubnets,"
                + " Subnets, VPCId.");
  }

  @Test
  void staticFilesPathWithoutLeadingSlashIsAWarning() throws Exception {
    assertThat(passes("option_settings:\n  aws:elasticbeanstalk:environment:proxy:staticfiles:\n    static: static\n").warnings)
        .contains(
            ".ebextensions/a.config:3:5: static files path 'static' in aws:elasticbeanstalk:environment:proxy:staticfiles does not start"
                + " with '/'; EB documents URL paths such as /static. Write '/static'.");
  }

  @Test
  void messagesAreTheSameOnEveryRun() {
    String file = "packages:\n  yumm: {}\ncommands:\n  a:\n    command: x\n    cwdd: /tmp\nfiles:\n  /x: {}\n";

    assertThat(errorsOf(file)).isEqualTo(errorsOf(file));
  }
}
