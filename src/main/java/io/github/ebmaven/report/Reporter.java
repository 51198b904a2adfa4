package io.github.ebmaven.report;

/**
 * How core code tells the user what it is doing. The Maven side renders it to the build log; tests
 * record it. Implementations must never receive secret values: callers mask them first.
 */
public interface Reporter {

  void info(String message);

  void warn(String message);

  void debug(String message);

  /**
   * One line of the answer the user asked for (a status table, an event, a property): shown even
   * when the build log is quiet ({@code mvn -q}), where renderers write it to standard output.
   */
  default void result(String line) {
    info(line);
  }

  /** A line of the answer that is a warning (an event of severity WARN or ERROR), shown like {@link #result}. */
  default void warningResult(String line) {
    warn(line);
  }

  /**
   * The whole answer as one document for scripts ({@code eb.output=json}): written alone on
   * standard output, never into the build log's lines.
   */
  default void document(String text) {
    info(text);
  }

  /**
   * Progress of a long transfer. Renderers show it only on an interactive console; the default
   * ignores it.
   */
  default void progress(String task, long done, long total) {}

  /** A reporter that drops everything, for callers that want no output. */
  Reporter SILENT =
      new Reporter() {
        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {}

        @Override
        public void debug(String message) {}
      };
}
