package io.github.ebmaven.maven;

import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.goals.LifecycleGoals;
import io.github.ebmaven.report.EbException;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import org.apache.maven.lifecycle.DefaultLifecycles;
import org.apache.maven.lifecycle.Lifecycle;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build in the {@code validate} phase, before any other plugin runs, when a goal this
 * build was asked for would bundle the project's jar or war and nothing before it builds one:
 * {@code mvn compile eb:deploy} on a jar project stops here with one message, instead of after the
 * compiler's and resources plugin's output. Bind it next to {@code package} in the POM's
 * {@code executions}; it prints nothing when the build is fine.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractEbMojo {

  /** The phase that builds the jar or war (the annotations' LifecyclePhase is not there at run time). */
  private static final String PACKAGE = "package";

  /** The goals that bundle the project. */
  private static final Set<String> BUNDLE_GOALS = Set.of("package", "create", "deploy");

  /**
   * Where the bundle's files come from, as {@code eb:package} reads it; only {@code artifact}, or
   * {@code auto} on jar and war packaging, needs the built jar or war. Property {@code
   * eb.bundleSource}; default {@code auto}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.bundleSource")
  protected String bundleSource;

  /**
   * An existing application version to deploy instead of a bundle, as {@code eb:create} and {@code
   * eb:deploy} read it: with one, nothing is bundled and nothing is checked. Property {@code
   * eb.deployVersion}; default none.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.deployVersion")
  protected String deployVersion;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  protected PluginDescriptor plugin;

  /** Injected into the field: a target environment's copy of this goal is made with the no-argument constructor. */
  @Inject
  private DefaultLifecycles lifecycles;

  public CheckMojo() {
    super(null); // offline: no settings.xml credentials
  }

  @Override
  protected String goalName() {
    return "check";
  }

  @Override
  protected void run(GoalContext context) throws EbException {
    List<String> tasks = session.getGoals();
    new LifecycleGoals(context).checkArtifactBuilt(bundleGoalBeforePackage(tasks), String.join(" ", tasks));
  }

  /**
   * The first of this plugin's bundle goals among the build's tasks with no phase from {@code
   * package} on before it (so no jar or war exists when it runs), or null.
   */
  private String bundleGoalBeforePackage(List<String> tasks) {
    for (String task : tasks) {
      Lifecycle lifecycle = task.contains(":") ? null : lifecycles.get(task);
      if (lifecycle != null && lifecycle.getPhases().contains(PACKAGE)
          && lifecycle.getPhases().indexOf(task) >= lifecycle.getPhases().indexOf(PACKAGE)) {
        return null;
      }
      String goal = ownGoal(task);
      if (goal != null && BUNDLE_GOALS.contains(goal)) {
        return goal;
      }
    }
    return null;
  }

  /** {@code deploy} for {@code eb:deploy}, {@code eb:deploy@id} or {@code <groupId>:<artifactId>[:<version>]:deploy}. */
  private String ownGoal(String task) {
    String[] parts = task.replaceFirst("@.*$", "").split(":");
    boolean byPrefix = parts.length == 2 && parts[0].equals(plugin.getGoalPrefix());
    boolean byCoordinates = parts.length >= 3 && parts[0].equals(plugin.getGroupId()) && parts[1].equals(plugin.getArtifactId());
    return byPrefix || byCoordinates ? parts[parts.length - 1] : null;
  }
}
