package io.github.ebmaven.maven;

import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.goals.LifecycleGoals;
import io.github.ebmaven.report.EbException;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Puts the previous version back. With {@code blue-green} or {@code blue-only}, when the idle
 * environment still runs the previous version and is healthy, restores its capacity, smoke-tests
 * it and swaps back; otherwise releases the previous version as {@code eb:deploy} would, building
 * nothing. Either way waits for Elastic Beanstalk's verdict.
 */
@Mojo(name = "rollback", threadSafe = true)
public class RollbackMojo extends AbstractReleaseMojo {

  @Inject
  public RollbackMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "rollback";
  }

  @Override
  protected void run(GoalContext context) throws EbException {
    new LifecycleGoals(context).rollback();
  }
}
