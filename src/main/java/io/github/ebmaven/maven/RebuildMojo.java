package io.github.ebmaven.maven;

import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.maintenance.EnvironmentOperation;
import io.github.ebmaven.report.EbException;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Deletes and recreates every AWS resource of the environment (RebuildEnvironment: instances, load
 * balancer, Auto Scaling group) and follows its events until it is Ready again. Interactive runs ask
 * to type the environment name; batch runs refuse without {@code -Deb.force=true}.
 */
@Mojo(name = "rebuild", threadSafe = true)
public class RebuildMojo extends AbstractEnvironmentActionMojo {

  /**
   * Rebuild without asking (required in batch mode, {@code -B}). Property {@code eb.force}; default
   * {@code false}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.force", defaultValue = "false")
  protected boolean force;

  @Inject
  public RebuildMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "rebuild";
  }

  @Override
  protected EnvironmentOperation.Action action() {
    return EnvironmentOperation.Action.REBUILD;
  }

  @Override
  protected void confirm(EnvironmentState environment) throws EbException {
    confirmByName(
        "rebuild",
        environment.name(),
        force,
        "Rebuilding " + environment.name() + " replaces its instances and load balancer; it is unavailable meanwhile.");
  }
}
