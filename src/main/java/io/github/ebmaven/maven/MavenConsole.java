package io.github.ebmaven.maven;

import io.github.ebmaven.goals.Console;
import org.apache.maven.execution.MavenSession;

/** The terminal of an interactive Maven session; none in batch mode or without a console. */
final class MavenConsole implements Console {

  private final java.io.Console console;

  private MavenConsole(java.io.Console console) {
    this.console = console;
  }

  static Console of(MavenSession session) {
    java.io.Console console = System.console();
    boolean interactive = session != null && session.getRequest() != null && session.getRequest().isInteractiveMode();
    return interactive && console != null ? new MavenConsole(console) : Console.NONE;
  }

  @Override
  public boolean interactive() {
    return true;
  }

  @Override
  public String readLine(String prompt) {
    return console.readLine("%s", prompt);
  }
}
