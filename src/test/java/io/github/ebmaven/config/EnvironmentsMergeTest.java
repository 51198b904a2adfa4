package io.github.ebmaven.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.aws.AwsSettings;
import io.github.ebmaven.extensions.Command;
import io.github.ebmaven.extensions.ContainerCommand;
import io.github.ebmaven.extensions.ExtensionFile;
import io.github.ebmaven.extensions.ExtensionsConfig;
import io.github.ebmaven.extensions.Https;
import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.extensions.StaticFile;
import io.github.ebmaven.extensions.Vpc;
import io.github.ebmaven.extensions.Waf;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Mention;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Target environments ({@code <environments>}): how a target's overrides merge over the common
 * configuration, the precedence of the command line over the target over the POM, and how a target
 * is selected (command line, git branch, POM) with its reason.
 */
class EnvironmentsMergeTest {

  @TempDir Path projectDir;

  /** A layer as a front end would fill it. */
  static final class TestLayer implements Layer {
    final Map<ConfigKey, String> values = new HashMap<>();
    ExtensionsConfig extensions = ExtensionsConfig.EMPTY;
    List<OptionSetting> creation = List.of();
    Map<String, String> tags = Map.of();
    List<OptionSetting> inactive = List.of();
    List<SmokeTest> smokeTests = List.of();

    TestLayer set(ConfigKey key, String value) {
      values.put(key, value);
      return this;
    }

    @Override
    public String value(ConfigKey key) {
      return values.get(key);
    }

    @Override
    public ExtensionsConfig extensions() {
      return extensions;
    }

    @Override
    public List<OptionSetting> creationOptionSettings() {
      return creation;
    }

    @Override
    public Map<String, String> tags() {
      return tags;
    }

    @Override
    public List<OptionSetting> inactiveSettings() {
      return inactive;
    }

    @Override
    public List<SmokeTest> smokeTests() {
      return smokeTests;
    }
  }

  private final Map<ConfigKey, String> commandLine = new HashMap<>();
  private final Map<String, String> environment = new HashMap<>();
  private final TestLayer pom = new TestLayer();
  private final Map<String, TestLayer> targets = new LinkedHashMap<>();
  private final Map<String, List<String>> branches = new HashMap<>();

  private TestLayer target(String id, String... globs) {
    branches.put(id, List.of(globs));
    return targets.computeIfAbsent(id, k -> new TestLayer());
  }

  private Configuration configuration() {
    return Configuration.resolve(new RawConfiguration() {
      @Override
      public String commandLine(ConfigKey key) {
        return commandLine.get(key);
      }

      @Override
      public Layer pom() {
        return pom;
      }

      @Override
      public List<TargetDeclaration> targets() {
        List<TargetDeclaration> declared = new ArrayList<>();
        targets.keySet().forEach(id -> declared.add(new TargetDeclaration(id, branches.get(id))));
        return declared;
      }

      @Override
      public Layer target(String id) {
        return targets.get(id);
      }

      @Override
      public ProjectFacts project() {
        return new ProjectFacts(projectDir, projectDir.resolve("target"), "shop", "1.0.0", "pom", null, null);
      }

      @Override
      public AwsSettings.StaticKeys serverCredentials(String serverId) {
        throw new UnsupportedOperationException();
      }

      @Override
      public String environmentVariable(String name) {
        return environment.get(name);
      }
    });
  }

  /** The selection with its reason spelled plainly, as tests of core see messages. */
  private static TargetSelection plain(TargetSelection selection) {
    return new TargetSelection(selection.id(), Mention.render(selection.reason(), Mention.PLAIN));
  }

  private static String plain(String text) {
    return Mention.render(text, Mention.PLAIN);
  }

  private static OptionSetting option(String namespace, String name, String value) {
    return new OptionSetting(namespace, name, value);
  }

  // ---- precedence of single values ----

  @Test
  void theCommandLineBeatsTheTargetWhichBeatsThePomWhichBeatsTheDefault() throws EbException {
    pom.set(ConfigKey.ENVIRONMENT_NAME, "shop-dev").set(ConfigKey.TIMEOUT, "20m").set(ConfigKey.CNAME_PREFIX, "shop-dev");
    target("production").set(ConfigKey.ENVIRONMENT_NAME, "shop-prod").set(ConfigKey.CNAME_PREFIX, "shop");
    commandLine.put(ConfigKey.TARGET, "production");
    commandLine.put(ConfigKey.CNAME_PREFIX, "shop-canary");

    Configuration config = configuration();
    assertThat(config.resolved(ConfigKey.ENVIRONMENT_NAME)).isEqualTo(new Configuration.Resolved("shop-prod", Origin.TARGET));
    assertThat(config.resolved(ConfigKey.CNAME_PREFIX)).isEqualTo(new Configuration.Resolved("shop-canary", Origin.COMMAND_LINE));
    assertThat(config.resolved(ConfigKey.TIMEOUT)).isEqualTo(new Configuration.Resolved("20m", Origin.POM));
    assertThat(config.resolved(ConfigKey.STRATEGY)).isEqualTo(new Configuration.Resolved("in-place", Origin.DEFAULT));
    assertThat(config.environment()).isEqualTo("shop-prod");
  }

  @Test
  void withoutATargetTheCommonConfigurationApplies() throws EbException {
    pom.set(ConfigKey.ENVIRONMENT_NAME, "shop-dev");
    target("production").set(ConfigKey.ENVIRONMENT_NAME, "shop-prod");

    Configuration config = configuration();
    assertThat(config.target()).isEqualTo(TargetSelection.NONE);
    assertThat(config.environment()).isEqualTo("shop-dev");
    assertThat(plain(config.target().describe()))
        .isEqualTo("No target environment selected: the common configuration applies (eb.target=<id> selects one)");
  }

  @Test
  void aBlankTargetValueFallsThroughToThePom() throws EbException {
    pom.set(ConfigKey.ACCEPTED_HEALTH, "Green,Yellow");
    target("staging").set(ConfigKey.ACCEPTED_HEALTH, "  ");
    commandLine.put(ConfigKey.TARGET, "staging");

    assertThat(configuration().resolved(ConfigKey.ACCEPTED_HEALTH).origin()).isEqualTo(Origin.POM);
  }

  // ---- merging structured settings ----

  @Test
  void optionSettingsMergeByNamespaceOptionAndResource() throws EbException {
    pom.extensions = ExtensionsConfig.builder()
        .optionSetting(option("aws:autoscaling:asg", "MinSize", "1"))
        .optionSetting(option("aws:autoscaling:asg", "MaxSize", "2"))
        .optionSetting(new OptionSetting("aws:autoscaling:scheduledaction", "MinSize", "0", "night"))
        .build();
    target("production").extensions = ExtensionsConfig.builder()
        .optionSetting(option("aws:autoscaling:asg", "MaxSize", "8"))
        .optionSetting(new OptionSetting("aws:autoscaling:scheduledaction", "MinSize", "2", "morning"))
        .optionSetting(option("aws:ec2:instances", "InstanceTypes", "t3.large"))
        .build();
    commandLine.put(ConfigKey.TARGET, "production");

    assertThat(configuration().extensions().optionSettings()).containsExactly(
        option("aws:autoscaling:asg", "MinSize", "1"),
        option("aws:autoscaling:asg", "MaxSize", "8"),
        new OptionSetting("aws:autoscaling:scheduledaction", "MinSize", "0", "night"),
        new OptionSetting("aws:autoscaling:scheduledaction", "MinSize", "2", "morning"),
        option("aws:ec2:instances", "InstanceTypes", "t3.large"));
  }

  @Test
  void environmentVariablesMergeByNameAndCommandsByName() throws EbException {
    pom.extensions = ExtensionsConfig.builder()
        .environmentVariable("DJANGO_SETTINGS_MODULE", "shop.settings")
        .environmentVariable("DEBUG", "true")
        .command(new Command("01_chmod", "chmod g+s /var/log/app"))
        .command(new Command("02_chown", "chown root:wsgi /var/log/app"))
        .containerCommand(new ContainerCommand("migrate", "python manage.py migrate"))
        .build();
    target("production").extensions = ExtensionsConfig.builder()
        .environmentVariable("DEBUG", "false")
        .environmentVariable("SENTRY_ENVIRONMENT", "production")
        .command(new Command("01_chmod", "chmod 2775 /var/log/app"))
        .containerCommand(new ContainerCommand("warm_cache", "python manage.py warm"))
        .build();
    commandLine.put(ConfigKey.TARGET, "production");

    ExtensionsConfig merged = configuration().extensions();
    assertThat(merged.environmentVariables()).containsExactly(
        Map.entry("DJANGO_SETTINGS_MODULE", "shop.settings"), Map.entry("DEBUG", "false"),
        Map.entry("SENTRY_ENVIRONMENT", "production"));
    assertThat(merged.commands()).extracting(Command::name, Command::command).containsExactly(
        org.assertj.core.groups.Tuple.tuple("01_chmod", "chmod 2775 /var/log/app"),
        org.assertj.core.groups.Tuple.tuple("02_chown", "chown root:wsgi /var/log/app"));
    assertThat(merged.containerCommands()).extracting(ContainerCommand::name).containsExactly("migrate", "warm_cache");
  }

  @Test
  void filesMergeByPathStaticFilesByUrlAndSingleObjectsAreReplaced() throws EbException {
    pom.extensions = ExtensionsConfig.builder()
        .file(new ExtensionFile("/etc/app.conf", "common", null, null, null))
        .staticFile(new StaticFile("/static", "static"))
        .resources("sg:\n  Type: AWS::EC2::SecurityGroup\n")
        .https(new Https("arn:aws:acm:us-east-1:1:certificate/common", true))
        .build();
    target("staging").extensions = ExtensionsConfig.builder()
        .file(new ExtensionFile("/etc/app.conf", "staging", null, null, null))
        .staticFile(new StaticFile("/media", "media"))
        .https(new Https("arn:aws:acm:us-east-1:1:certificate/staging", false))
        .build();
    commandLine.put(ConfigKey.TARGET, "staging");

    ExtensionsConfig merged = configuration().extensions();
    assertThat(merged.files()).extracting(ExtensionFile::content).containsExactly("staging");
    assertThat(merged.staticFiles()).extracting(StaticFile::urlPath).containsExactly("/static", "/media");
    assertThat(merged.resources()).contains("sg:\n  Type: AWS::EC2::SecurityGroup\n");
    assertThat(merged.https()).contains(new Https("arn:aws:acm:us-east-1:1:certificate/staging", false));
  }

  @Test
  void aTargetsTypedElementsReplaceTheCommonOnesAndTheOthersAreKept() throws EbException {
    Vpc commonVpc = new Vpc("vpc-0a1b2c3d", List.of("subnet-0aaa1111"), List.of("subnet-0bbb2222"), null, null);
    Vpc productionVpc = new Vpc("vpc-0f9e8d7c", List.of("subnet-0ccc3333"), List.of("subnet-0ddd4444"), null, "internal");
    Waf waf = new Waf(null, List.of("AWSManagedRulesCommonRuleSet"));
    pom.extensions = ExtensionsConfig.builder().vpc(commonVpc).waf(waf).build();
    target("production").extensions = ExtensionsConfig.builder().vpc(productionVpc).build();
    commandLine.put(ConfigKey.TARGET, "production");

    ExtensionsConfig merged = configuration().extensions();
    assertThat(merged.vpc()).contains(productionVpc);
    assertThat(merged.waf()).contains(waf);
    assertThat(merged.cloudWatch()).isEmpty();
  }

  @Test
  void shortcutsWithPropertiesFollowThePrecedence() throws EbException {
    pom.set(ConfigKey.INSTANCE_TYPES, "t3.micro").set(ConfigKey.HEALTH_CHECK_PATH, "/health");
    target("production").set(ConfigKey.INSTANCE_TYPES, "m7g.large");
    commandLine.put(ConfigKey.TARGET, "production");

    ExtensionsConfig merged = configuration().extensions();
    assertThat(merged.instanceTypes()).contains("m7g.large");
    assertThat(merged.healthCheckPath()).contains("/health");
  }

  @Test
  void tagsCreationSettingsInactiveSettingsAndSmokeTestsMerge() throws EbException {
    pom.tags = Map.of("team", "shop", "cost-center", "42");
    pom.creation = List.of(option("aws:ec2:vpc", "VPCId", "vpc-common"), option("aws:ec2:vpc", "Subnets", "subnet-a"));
    pom.inactive = List.of(option("aws:autoscaling:asg", "MinSize", "1"), option("aws:autoscaling:asg", "MaxSize", "1"));
    pom.smokeTests = List.of(SmokeTest.of("/health", null, null, null, null, "t"), SmokeTest.of("/", 200, null, null, null, "t"));
    TestLayer production = target("production");
    production.tags = Map.of("cost-center", "7");
    production.creation = List.of(option("aws:ec2:vpc", "VPCId", "vpc-prod"));
    production.inactive = List.of(option("aws:autoscaling:asg", "MaxSize", "2"));
    production.smokeTests = List.of(SmokeTest.of("/health", null, "ok", "5s", 6, "t"));
    commandLine.put(ConfigKey.TARGET, "production");

    Configuration config = configuration();
    assertThat(config.tags()).containsEntry("team", "shop").containsEntry("cost-center", "7").hasSize(2);
    assertThat(config.creationOptionSettings())
        .containsExactly(option("aws:ec2:vpc", "VPCId", "vpc-prod"), option("aws:ec2:vpc", "Subnets", "subnet-a"));
    assertThat(config.inactiveSettings())
        .containsExactly(option("aws:autoscaling:asg", "MinSize", "1"), option("aws:autoscaling:asg", "MaxSize", "2"));
    assertThat(config.smokeTests()).containsExactly(
        new SmokeTest("/health", 200, "ok", Duration.ofSeconds(5), 6), new SmokeTest("/", 200, null, Duration.ofSeconds(10), 3));
  }

  // ---- selecting a target ----

  @Test
  void anUnknownTargetListsTheKnownOnes() {
    target("staging");
    target("production");
    commandLine.put(ConfigKey.TARGET, "prod");

    assertThatThrownBy(() -> configuration().environment())
        .isInstanceOf(EbException.class)
        .hasMessage("eb.target is 'prod', which is not a target environment of the POM; it declares staging, production."
            + " Use one of them, for example eb.target=staging.");
  }

  @Test
  void aTargetWithoutEnvironmentsInThePomIsRefused() {
    commandLine.put(ConfigKey.TARGET, "staging");

    assertThatThrownBy(() -> configuration().target())
        .hasMessage("eb.target is 'staging', but the POM declares no target environments. Declare one with id staging in the"
            + " plugin's environments, or drop eb.target.");
  }

  @Test
  void theGitBranchSelectsTheFirstTargetWhoseBranchesMatch() throws Exception {
    try (Git git = Git.init().setDirectory(projectDir.toFile()).setInitialBranch("release/1.4").call()) {
      git.commit().setMessage("first").setAllowEmpty(true).setSign(false).call();
    }
    target("production", "main").set(ConfigKey.ENVIRONMENT_NAME, "shop-prod");
    target("staging", "release/*", "develop").set(ConfigKey.ENVIRONMENT_NAME, "shop-staging");
    target("previews", "**").set(ConfigKey.ENVIRONMENT_NAME, "shop-preview");

    Configuration config = configuration();
    assertThat(config.target()).isEqualTo(new TargetSelection("staging", "git branch release/1.4 matches its branches 'release/*'"));
    assertThat(config.target().describe())
        .isEqualTo("Target environment staging (git branch release/1.4 matches its branches 'release/*')");
    assertThat(config.environment()).isEqualTo("shop-staging");

    commandLine.put(ConfigKey.TARGET, "production");
    assertThat(plain(configuration().target())).isEqualTo(new TargetSelection("production", "selected by eb.target=production"));
  }

  @Test
  void onADetachedHeadTheBranchComesFromTheCiSystem() throws Exception {
    try (Git git = Git.init().setDirectory(projectDir.toFile()).setInitialBranch("main").call()) {
      var commit = git.commit().setMessage("first").setAllowEmpty(true).setSign(false).call();
      git.checkout().setName(commit.getName()).call();
    }
    target("production", "main");
    environment.put("GITHUB_REF_NAME", "main");

    assertThat(configuration().target()).isEqualTo(
        new TargetSelection("production", "branch main (GITHUB_REF_NAME, HEAD is detached) matches its branches 'main'"));
  }

  @Test
  void thePomsTargetAppliesWhenNoBranchMatches() throws Exception {
    try (Git git = Git.init().setDirectory(projectDir.toFile()).setInitialBranch("feature/x").call()) {
      git.commit().setMessage("first").setAllowEmpty(true).setSign(false).call();
    }
    target("production", "main");
    target("staging");
    pom.set(ConfigKey.TARGET, "staging");

    assertThat(plain(configuration().target())).isEqualTo(new TargetSelection("staging", "eb.target in the POM"));
  }

  @Test
  void aBranchPatternThatIsNoGlobIsRefused() throws Exception {
    try (Git git = Git.init().setDirectory(projectDir.toFile()).setInitialBranch("main").call()) {
      git.commit().setMessage("first").setAllowEmpty(true).setSign(false).call();
    }
    target("production", "release/[1.x");

    assertThatThrownBy(() -> configuration().target())
        .hasMessageStartingWith("Target environment production: the branch pattern 'release/[1.x' is not a glob (")
        .hasMessageEndingWith("Write a branch name or a glob such as release/*.");
  }

  @Test
  void anotherTargetsConfigurationIgnoresTheCommandLine() throws EbException {
    pom.set(ConfigKey.APPLICATION_NAME, "shop");
    target("staging").set(ConfigKey.ENVIRONMENT_NAME, "shop-staging");
    target("production").set(ConfigKey.ENVIRONMENT_NAME, "shop-prod");
    commandLine.put(ConfigKey.TARGET, "production");
    commandLine.put(ConfigKey.ENVIRONMENT_NAME, "shop-prod-canary");

    Configuration config = configuration();
    Configuration staging = config.forTarget("staging");
    assertThat(config.environment()).isEqualTo("shop-prod-canary");
    assertThat(staging.environment()).isEqualTo("shop-staging");
    assertThat(plain(staging.target())).isEqualTo(new TargetSelection("staging", "named by eb.promoteFrom"));
    assertThatThrownBy(() -> config.forTarget("qa")).hasMessageStartingWith("eb.target is 'qa', which is not a target");
  }
}
