package io.github.ebmaven.maven;

import io.github.ebmaven.goals.EnvironmentGoals;
import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.report.EbException;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Switches the environment's maintenance page on or off ({@code -Deb.maintenance=on|off}) with a
 * configuration update, no deployment, and waits until the environment is Ready with accepted
 * health. The running version must have been built with {@code maintenance}, which ships the
 * page, the nginx snippets and the hooks; platforms whose proxy is not nginx are refused.
 */
@Mojo(name = "maintenance", threadSafe = true)
public class MaintenanceMojo extends AbstractEbMojo {

  /**
   * {@code on} shows the maintenance page (HTTP 503 with Retry-After, except the load balancer's
   * health checks, the health check path and the {@code allowedIps} of {@code maintenance}),
   * {@code off} serves the application again. Property {@code eb.maintenance}; required, no
   * default.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.maintenance")
  protected String maintenanceMode;

  @Inject
  public MaintenanceMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "maintenance";
  }

  @Override
  protected void run(GoalContext context) throws EbException {
    new EnvironmentGoals(context).maintenance();
  }
}
