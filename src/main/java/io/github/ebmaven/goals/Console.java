package io.github.ebmaven.goals;

/** The user at a terminal, when there is one: whether they can be asked, and asking. */
public interface Console {

  /** Whether the session is interactive with a terminal to read from. */
  boolean interactive();

  /** Shows {@code prompt} and reads one line; null at end of input. */
  String readLine(String prompt);

  /** No one to ask: batch mode, CI, redirected input. */
  Console NONE =
      new Console() {
        @Override
        public boolean interactive() {
          return false;
        }

        @Override
        public String readLine(String prompt) {
          return null;
        }
      };
}
