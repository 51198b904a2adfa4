package io.github.ebmaven.maven;

import io.github.ebmaven.report.Reporter;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Builds the Elastic Beanstalk source bundle. */
@Mojo(name = "package", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class PackageMojo extends AbstractEbMojo {

  @Override
  protected String goalName() {
    return "package";
  }

  @Override
  protected void run(Reporter reporter) {
    reporter.info("package: not wired yet");
  }
}
