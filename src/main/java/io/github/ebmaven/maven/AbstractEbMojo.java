package io.github.ebmaven.maven;

import io.github.ebmaven.report.Reporter;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the application it works on, the skip switch, and one place that turns
 * the core's exceptions into Maven's. Concrete goals implement {@link #run(Reporter)} only.
 */
public abstract class AbstractEbMojo extends AbstractMojo {

  /**
   * Name of the Elastic Beanstalk application. Property {@code eb.applicationName}; default the
   * project's artifactId.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.applicationName", defaultValue = "${project.artifactId}", required = true)
  protected String applicationName;

  /**
   * Skips this goal. Property {@code eb.skip}; default {@code false}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.skip", defaultValue = "false")
  protected boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping eb:" + goalName() + " (eb.skip=true)");
      return;
    }
    run(new MavenReporter(getLog()));
  }

  /** The goal's name without the prefix, for messages. */
  protected abstract String goalName();

  /** The goal's work: read parameters, build a core request, make one call into the core. */
  protected abstract void run(Reporter reporter) throws MojoExecutionException, MojoFailureException;
}
