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
    boolean interactive = session != null && session.getRequest() != null && session.getRequest().isInteractiveMode();
    if (!interactive) {
      return Console.none("the build runs in batch mode (-B)");
    }
    java.io.Console console = System.console();
    return console != null ? new MavenConsole(console) : Console.none("standard input or output is not a terminal");
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
