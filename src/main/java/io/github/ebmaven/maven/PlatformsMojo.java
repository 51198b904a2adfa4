package io.github.ebmaven.maven;

import io.github.ebmaven.goals.EnvironmentGoals;
import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.report.EbException;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Lists the region's platform branches with their newest version and lifecycle state (supported,
 * deprecated, retired), each under the name {@code eb.platform} accepts. {@code -Deb.platform}
 * filters by a part of the name ({@code python}, {@code corretto}, {@code tomcat-10}); the EB
 * CLI's {@code default_platform} is not used as a filter. Runs without a project.
 */
@Mojo(name = "platforms", threadSafe = true, requiresProject = false)
public class PlatformsMojo extends AbstractEbMojo {

  @Inject
  public PlatformsMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "platforms";
  }

  @Override
  protected void run(GoalContext context) throws EbException {
    new EnvironmentGoals(context).platforms();
  }
}
