package io.github.ebmaven.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.github.ebmaven.config.ConfigKey;
import io.github.ebmaven.config.Configuration;
import io.github.ebmaven.config.Origin;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.codehaus.plexus.configuration.DefaultPlexusConfiguration;
import org.codehaus.plexus.configuration.PlexusConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every parameter of every goal that has an {@code eb.*} property, read from the plugin descriptor
 * Maven uses, resolves with the one documented precedence: the command line over the selected
 * target environment over the POM over the EB CLI's config.yml over the default. A new parameter
 * that bypassed the configuration model would fail here.
 */
class ConfigurationPrecedenceTest {

  @TempDir Path projectDir;

  /** One parameter of one goal: goal, mojo class, parameter name, property. */
  record Parameter(String goal, String mojoClass, String name, String property) {
    @Override
    public String toString() {
      return "eb:" + goal + " " + name + " (" + property + ")";
    }
  }

  static Stream<Parameter> parameters() throws Exception {
    List<Parameter> parameters = new ArrayList<>();
    for (PluginDescriptors.Goal goal : PluginDescriptors.goals(PluginDescriptors.PLUGIN_XML)) {
      for (PluginDescriptors.GoalParameter parameter : goal.parameters()) {
        if (parameter.property() != null && parameter.property().startsWith("eb.")) {
          parameters.add(new Parameter(goal.name(), goal.implementation(), parameter.name(), parameter.property()));
        }
      }
    }
    assertThat(parameters).as("the descriptor lists the goals' parameters").hasSizeGreaterThan(150);
    return parameters.stream();
  }

  @ParameterizedTest
  @MethodSource("parameters")
  void theCommandLineBeatsThePomWhichBeatsTheDefault(Parameter parameter) throws Exception {
    Optional<ConfigKey> key = ConfigKey.byProperty(parameter.property());
    assertThat(key).as("%s is a setting of the configuration model", parameter.property()).isPresent();
    assertThat(key.get().element()).as("its POM element").isEqualTo(parameter.name());

    AbstractEbMojo mojo = mojo(parameter.mojoClass());
    set(mojo, parameter.name(), "from-the-pom");
    assertThat(configuration(mojo, "from-the-command-line", parameter.property()).resolved(key.get()))
        .isEqualTo(new Configuration.Resolved("from-the-command-line", Origin.COMMAND_LINE));
    assertThat(configuration(mojo, null, parameter.property()).resolved(key.get()))
        .isEqualTo(new Configuration.Resolved("from-the-pom", Origin.POM));

    set(mojo, parameter.name(), null);
    Configuration.Resolved unset = configuration(mojo, null, parameter.property()).resolved(key.get());
    if (key.get() != ConfigKey.PROFILE || System.getenv("AWS_PROFILE") == null) {
      assertThat(unset).isEqualTo(new Configuration.Resolved(key.get().defaultValue(), Origin.DEFAULT));
    }
  }

  @Test
  void propertiesWithADotInTheirLastPartAreReadAndChecked() throws Exception {
    assertThat(parameters())
        .filteredOn(p -> p.goal().equals("ssh"))
        .extracting(Parameter::name, Parameter::property)
        .contains(tuple("sshPrint", "eb.ssh.print"), tuple("sshKey", "eb.ssh.key"), tuple("sshBastion", "eb.ssh.bastion"));
    assertThat(ConfigKey.SSH_PRINT.mention()).isEqualTo(io.github.ebmaven.report.Mention.setting("eb.ssh.print"));
    assertThat(io.github.ebmaven.report.Mention.render(ConfigKey.SSH_PRINT.mention() + " " + ConfigKey.SSH_PRINT.example("true"), MavenMentions.RENDERER))
        .isEqualTo("<sshPrint> / -Deb.ssh.print -Deb.ssh.print=true");
  }

  @ParameterizedTest
  @MethodSource("parameters")
  void theCommandLineBeatsTheTargetWhichBeatsThePom(Parameter parameter) throws Exception {
    ConfigKey key = ConfigKey.byProperty(parameter.property()).orElseThrow();
    AbstractEbMojo mojo = mojo(parameter.mojoClass());
    set(mojo, parameter.name(), "from-the-pom");
    mojo.environments = target("t", mojo, parameter.name(), "from-the-target");
    if (key == ConfigKey.TARGET) {
      // eb.target selects the layer: a target cannot set it.
      assertThatThrownBy(() -> configuration(mojo, "t", parameter.property()).environment())
          .hasMessageContaining("<target> cannot be set inside a target environment");
      return;
    }
    Properties both = new Properties();
    both.setProperty("eb.target", "t");
    both.setProperty(parameter.property(), "from-the-command-line");
    assertThat(configuration(mojo, both).resolved(key))
        .isEqualTo(new Configuration.Resolved("from-the-command-line", Origin.COMMAND_LINE));
    assertThat(configuration(mojo, "t", "eb.target").resolved(key))
        .isEqualTo(new Configuration.Resolved("from-the-target", Origin.TARGET));
    assertThat(configuration(mojo, null, parameter.property()).resolved(key))
        .isEqualTo(new Configuration.Resolved("from-the-pom", Origin.POM));
  }

  /** {@code <environments><environment><id>id</id><name>value</name></environment></environments>}. */
  private static PlexusConfiguration target(String id, Object mojo, String name, String value) throws ReflectiveOperationException {
    DefaultPlexusConfiguration environments = new DefaultPlexusConfiguration("environments");
    DefaultPlexusConfiguration environment = new DefaultPlexusConfiguration("environment");
    environments.addChild(environment);
    environment.addChild("id", id);
    if (field(mojo, name).getType() == List.class) {
      DefaultPlexusConfiguration list = new DefaultPlexusConfiguration(name);
      list.addChild("item", value);
      environment.addChild(list);
    } else {
      environment.addChild(name, value);
    }
    return environments;
  }

  @ParameterizedTest
  @MethodSource("parameters")
  void theEbCliConfigFillsWhatThePomLeavesUnset(Parameter parameter) throws Exception {
    String yamlKey =
        switch (parameter.property()) {
          case "eb.applicationName" -> "application_name";
          case "eb.region" -> "default_region";
          case "eb.platform" -> "default_platform";
          case "eb.profile" -> "profile";
          default -> null;
        };
    if (yamlKey == null) {
      return;
    }
    Files.createDirectories(projectDir.resolve(".elasticbeanstalk"));
    Files.writeString(projectDir.resolve(".elasticbeanstalk/config.yml"), "global:\n  " + yamlKey + ": from-eb-cli\n");
    ConfigKey key = ConfigKey.byProperty(parameter.property()).orElseThrow();
    AbstractEbMojo mojo = mojo(parameter.mojoClass());
    Configuration.Resolved fromFile = configuration(mojo, null, parameter.property()).resolved(key);
    if (key != ConfigKey.PROFILE || System.getenv("AWS_PROFILE") == null) {
      assertThat(fromFile).isEqualTo(new Configuration.Resolved("from-eb-cli", Origin.EB_CLI));
    }
    set(mojo, parameter.name(), "from-the-pom");
    assertThat(configuration(mojo, null, parameter.property()).resolved(key).origin()).isEqualTo(Origin.POM);
  }

  private Configuration configuration(AbstractEbMojo mojo, String commandLine, String property) {
    Properties userProperties = new Properties();
    if (commandLine != null) {
      userProperties.setProperty(property, commandLine);
    }
    return configuration(mojo, userProperties);
  }

  private Configuration configuration(AbstractEbMojo mojo, Properties userProperties) {
    MavenSession session = mock(MavenSession.class);
    when(session.getUserProperties()).thenReturn(userProperties);
    mojo.session = session;
    MavenProject project = new MavenProject();
    project.setFile(projectDir.resolve("pom.xml").toFile());
    project.setArtifactId("shop");
    project.getBuild().setDirectory(projectDir.resolve("target").toString());
    mojo.project = project;
    return mojo.configuration();
  }

  private static AbstractEbMojo mojo(String className) throws Exception {
    Class<?> type = Class.forName(className);
    for (Constructor<?> constructor : type.getConstructors()) {
      if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == SettingsDecrypter.class) {
        return (AbstractEbMojo) constructor.newInstance((Object) null);
      }
    }
    return (AbstractEbMojo) type.getConstructor().newInstance();
  }

  private static void set(Object mojo, String name, String value) throws ReflectiveOperationException {
    Field field = field(mojo, name);
    field.set(mojo, value == null ? null : field.getType() == List.class ? List.of(value) : value);
  }

  private static Field field(Object mojo, String name) {
    Field field = MojoLayer.field(mojo.getClass(), name);
    if (field == null) {
      throw new AssertionError("no field " + name + " in " + mojo.getClass());
    }
    field.setAccessible(true);
    return field;
  }
}
