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
