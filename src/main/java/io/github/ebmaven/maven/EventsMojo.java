package io.github.ebmaven.maven;

import io.github.ebmaven.goals.EnvironmentGoals;
import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.report.EbException;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Prints the environment's recent events in the format of a deploy ({@code YYYY-MM-DD HH:MM:SS
 * SEVERITY message}, UTC); with {@code -Deb.follow} keeps printing new ones until interrupted
 * (Ctrl+C), polling at most every 2 seconds.
 */
@Mojo(name = "events", threadSafe = true)
public class EventsMojo extends AbstractEbMojo {

  /**
   * Oldest events to show: a duration back from now ({@code 1h}, {@code 30m}, {@code 90s}) or an ISO
   * instant ({@code 2026-11-29T10:15:00Z}). Property {@code eb.since}; default none (the newest
   * {@code maxEvents}, whatever their age).
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.since")
  protected String since;

  /**
   * How many of the newest events to show (1 to 1000). Property {@code eb.maxEvents}; default
   * {@code 50}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.maxEvents")
  protected String maxEvents;

  /**
   * Keep printing new events until interrupted. Property {@code eb.follow}; default {@code false}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.follow")
  protected String follow;

  @Inject
  public EventsMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "events";
  }

  @Override
  protected void run(GoalContext context) throws EbException {
    new EnvironmentGoals(context).events(() -> !Thread.currentThread().isInterrupted());
  }
}
