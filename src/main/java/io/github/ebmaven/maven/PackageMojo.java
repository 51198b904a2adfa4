package io.github.ebmaven.maven;

import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.goals.LifecycleGoals;
import io.github.ebmaven.report.EbException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Validates the Elastic Beanstalk configuration and builds the source bundle {@code
 * target/eb/APPLICATION-LABEL.zip} with its generated {@code .ebextensions} and its manifest
 * {@code target/eb/bundle.json}, byte-reproducibly, without contacting AWS.
 */
@Mojo(name = "package", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class PackageMojo extends AbstractBundleMojo {

  public PackageMojo() {
    // Offline goal: no settings.xml credentials needed.
    super(null);
  }

  @Override
  protected String goalName() {
    return "package";
  }

  @Override
  protected void run(GoalContext context) throws EbException {
    new LifecycleGoals(context).packageBundle();
  }
}
