package io.github.ebmaven.maven;

import io.github.ebmaven.aws.AwsSettings;
import io.github.ebmaven.config.ConfigKey;
import io.github.ebmaven.config.ProjectFacts;
import io.github.ebmaven.config.RawConfiguration;
import io.github.ebmaven.extensions.ExtensionsConfig;
import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.report.EbException;
import java.io.File;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The Maven side of the configuration seam: a mojo's parameters are the POM layer, the session's
 * user properties the command line layer. Every parameter named like a {@link ConfigKey}'s element
 * is read the same way, so no goal can give one setting another precedence.
 */
final class MojoRawConfiguration implements RawConfiguration {

  private final AbstractEbMojo mojo;
  private final MavenSession session;
  private final SettingsDecrypter settingsDecrypter;

  MojoRawConfiguration(AbstractEbMojo mojo, MavenSession session, SettingsDecrypter settingsDecrypter) {
    this.mojo = mojo;
    this.session = session;
    this.settingsDecrypter = settingsDecrypter;
  }

  @Override
  public String commandLine(ConfigKey key) {
    Properties userProperties = session == null ? null : session.getUserProperties();
    return userProperties == null ? null : userProperties.getProperty(key.property());
  }

  @Override
  public String pom(ConfigKey key) {
    Field field = field(mojo.getClass(), key.element());
    if (field == null) {
      return null;
    }
    try {
      field.setAccessible(true);
      return text(field.get(mojo));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read parameter " + key.element() + " of " + mojo.getClass().getName(), e);
    }
  }

  /** Whether this goal has a parameter for the setting. */
  boolean hasParameter(ConfigKey key) {
    return field(mojo.getClass(), key.element()) != null;
  }

  private static Field field(Class<?> type, String name) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        return c.getDeclaredField(name);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    return null;
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof File file) {
      return file.getPath();
    }
    if (value instanceof Collection<?> list) {
      return list.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
    return String.valueOf(value);
  }

  @Override
  public ProjectFacts project() {
    MavenProject project = mojo.project;
    File artifact = project.getArtifact() == null ? null : project.getArtifact().getFile();
    return new ProjectFacts(
        project.getBasedir().toPath(),
        new File(project.getBuild().getDirectory()).toPath(),
        project.getArtifactId(),
        project.getVersion(),
        project.getPackaging(),
        artifact == null ? null : artifact.toPath(),
        mojo.outputTimestamp());
  }

  @Override
  public ExtensionsConfig extensions() throws EbException {
    return mojo.extensionsConfig();
  }

  @Override
  public List<OptionSetting> creationOptionSettings() throws EbException {
    return mojo.creationOptionSettings();
  }

  @Override
  public Map<String, String> tags() {
    return mojo.tags();
  }

  @Override
  public AwsSettings.StaticKeys serverCredentials(String serverId) throws EbException {
    Server server = session.getSettings().getServer(serverId);
    if (server == null) {
      throw new EbException(
          "No <server> with id '" + serverId + "' in Maven's settings.xml (-Deb.serverId). Add one whose"
              + " username is the AWS access key id and password the secret key.");
    }
    if (settingsDecrypter != null) {
      SettingsDecryptionResult decrypted = settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
      if (!decrypted.getProblems().isEmpty()) {
        throw new EbException(
            "Cannot decrypt the password of settings.xml server '" + serverId + "': "
                + decrypted.getProblems().get(0).getMessage() + ". Check ~/.m2/settings-security.xml.");
      }
      server = decrypted.getServer();
    }
    if (server.getUsername() == null || server.getPassword() == null) {
      throw new EbException(
          "settings.xml server '" + serverId + "' needs <username> (AWS access key id) and <password> (secret key).");
    }
    String sessionToken = null;
    if (server.getConfiguration() instanceof Xpp3Dom config && config.getChild("sessionToken") != null) {
      sessionToken = config.getChild("sessionToken").getValue();
    }
    return new AwsSettings.StaticKeys(server.getUsername(), server.getPassword(), sessionToken);
  }
}
