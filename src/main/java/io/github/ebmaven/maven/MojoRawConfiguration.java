package io.github.ebmaven.maven;

import io.github.ebmaven.aws.AwsSettings;
import io.github.ebmaven.config.ConfigKey;
import io.github.ebmaven.config.Layer;
import io.github.ebmaven.config.ProjectFacts;
import io.github.ebmaven.config.RawConfiguration;
import io.github.ebmaven.config.TargetDeclaration;
import io.github.ebmaven.report.EbException;
import java.io.File;
import java.util.List;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The Maven side of the configuration seam: a mojo's parameters are the POM layer, its {@code
 * <environments>} the target layers, the session's user properties the command line layer.
 */
final class MojoRawConfiguration implements RawConfiguration {

  private final AbstractEbMojo mojo;
  private final MavenSession session;
  private final SettingsDecrypter settingsDecrypter;
  private final TargetEnvironments targets;

  MojoRawConfiguration(AbstractEbMojo mojo, MavenSession session, SettingsDecrypter settingsDecrypter) {
    this.mojo = mojo;
    this.session = session;
    this.settingsDecrypter = settingsDecrypter;
    this.targets = new TargetEnvironments(mojo, mojo.environmentsConfig());
  }

  @Override
  public String commandLine(ConfigKey key) {
    Properties userProperties = session == null ? null : session.getUserProperties();
    return userProperties == null ? null : userProperties.getProperty(key.property());
  }

  @Override
  public Layer pom() {
    return new MojoLayer(mojo);
  }

  @Override
  public List<TargetDeclaration> targets() throws EbException {
    return targets.declarations();
  }

  @Override
  public Layer target(String id) throws EbException {
    return targets.layer(id);
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
