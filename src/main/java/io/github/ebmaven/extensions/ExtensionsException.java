package io.github.ebmaven.extensions;

import io.github.ebmaven.report.EbException;
import java.util.List;

/**
 * The POM's extension settings or the project's {@code .ebextensions} files are invalid. The
 * message lists every problem, one per line, each naming the file or POM element and one fix.
 */
public final class ExtensionsException extends EbException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public ExtensionsException(List<String> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem on its own, in the order found. */
  public List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    StringBuilder message =
        new StringBuilder()
            .append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems")
            .append(" in the Elastic Beanstalk configuration:");
    for (String problem : problems) {
      message.append(System.lineSeparator()).append("  - ").append(problem);
    }
    return message.toString();
  }
}
