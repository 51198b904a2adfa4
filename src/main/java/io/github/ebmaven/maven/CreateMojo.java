package io.github.ebmaven.maven;

import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.goals.LifecycleGoals;
import io.github.ebmaven.report.EbException;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Creates the environment with the project's version (built and uploaded first, unless {@code
 * eb.deployVersion} names an existing one), waits until it is Ready and healthy, runs the smoke
 * tests, and prints its URL. With {@code blue-green} or {@code blue-only}, creates the first
 * environment of the pair on the live CNAME.
 */
@Mojo(name = "create", threadSafe = true)
public class CreateMojo extends AbstractReleaseMojo {

  @Inject
  public CreateMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "create";
  }

  @Override
  protected void run(GoalContext context) throws EbException {
    new LifecycleGoals(context).create();
  }
}
