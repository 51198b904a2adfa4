package io.github.ebmaven.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.report.EbException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EbCliConfigTest {

  /** What {@code eb init} and {@code eb use} write. */
  private static final String CONFIG =
      """
      branch-defaults:
        main:
          environment: shop-prod
          group_suffix: null
        feature/checkout:
          environment: shop-staging
      global:
        application_name: shop
        branch: null
        default_ec2_keyname: null
        default_platform: Python 3.11 running on 64bit Amazon Linux 2023
        default_region: eu-west-1
        include_git_submodules: true
        instance_profile: null
        platform_name: null
        platform_version: null
        profile: eb-cli
        repository: null
        sc: git
        workspace_type: Application
      """;

  @TempDir Path project;

  private void writeConfig(String yaml) throws Exception {
    Files.createDirectories(project.resolve(".elasticbeanstalk"));
    Files.writeString(project.resolve(".elasticbeanstalk/config.yml"), yaml);
  }

  private Git git(String branch) throws Exception {
    Git git = Git.init().setDirectory(project.toFile()).setInitialBranch(branch).call();
    Files.writeString(project.resolve("app.py"), "print('hi')\n");
    git.add().addFilepattern("app.py").call();
    PersonIdent ident = new PersonIdent("Test", "test@ebmaven.invalid");
    git.commit().setMessage("first").setAuthor(ident).setCommitter(ident).setSign(false).call();
    return git;
  }

  @Test
  void readsTheGlobalValuesAndTheEnvironmentOfTheCurrentBranch() throws Exception {
    writeConfig(CONFIG);
    try (Git git = git("main")) {
      assertThat(EbCliConfig.read(project))
          .isEqualTo(new EbCliConfig(
              "shop", "eu-west-1", "Python 3.11 running on 64bit Amazon Linux 2023", "eb-cli", "shop-prod"));

      git.checkout().setCreateBranch(true).setName("feature/checkout").call();
      assertThat(EbCliConfig.read(project).branchEnvironment()).isEqualTo("shop-staging");

      git.checkout().setCreateBranch(true).setName("experiment").call();
      EbCliConfig other = EbCliConfig.read(project);
      assertThat(other.branchEnvironment()).isNull();
      assertThat(other.applicationName()).isEqualTo("shop");
    }
  }

  @Test
  void aSubFolderProjectFindsTheRepositoryAbove() throws Exception {
    try (Git git = git("main")) {
      Path module = Files.createDirectories(project.resolve("services/web"));
      Files.createDirectories(module.resolve(".elasticbeanstalk"));
      Files.writeString(module.resolve(".elasticbeanstalk/config.yml"), CONFIG);
      assertThat(EbCliConfig.read(module).branchEnvironment()).isEqualTo("shop-prod");
    }
  }

  @Test
  void withoutGitOnlyTheGlobalValuesApply() throws Exception {
    writeConfig(CONFIG);
    EbCliConfig config = EbCliConfig.read(project);
    assertThat(config.applicationName()).isEqualTo("shop");
    assertThat(config.region()).isEqualTo("eu-west-1");
    assertThat(config.branchEnvironment()).isNull();
  }

  @Test
  void nullAndBlankValuesAreUnset() throws Exception {
    writeConfig(
        """
        global:
          application_name: '  '
          default_region: null
          default_platform:
          profile: dev
        """);
    assertThat(EbCliConfig.read(project)).isEqualTo(new EbCliConfig(null, null, null, "dev", null));
  }

  @Test
  void aMissingFileIsNone() throws Exception {
    assertThat(EbCliConfig.read(project)).isSameAs(EbCliConfig.NONE);
    Files.createDirectories(project.resolve(".elasticbeanstalk/config.yml"));
    assertThat(EbCliConfig.read(project)).isSameAs(EbCliConfig.NONE);
  }

  @Test
  void aFileWithoutAMappingIsNone() throws Exception {
    writeConfig("");
    assertThat(EbCliConfig.read(project)).isSameAs(EbCliConfig.NONE);
    writeConfig("- just\n- a list\n");
    assertThat(EbCliConfig.read(project)).isSameAs(EbCliConfig.NONE);
  }

  @Test
  void brokenYamlNamesTheFile() throws Exception {
    writeConfig("global:\n  application_name: shop\n default_region: [eu-west-1\n");
    assertThatThrownBy(() -> EbCliConfig.read(project))
        .isInstanceOf(EbException.class)
        .hasMessageContaining(project.resolve(".elasticbeanstalk/config.yml").toString())
        .hasMessageContaining("Fix or delete it");
  }
}
