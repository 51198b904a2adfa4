package io.github.ebmaven.goals;

/** The user at a terminal, when there is one: whether they can be asked, and asking. */
public interface Console {

  /** Whether the session is interactive with a terminal to read from. */
  boolean interactive();

  /** Shows {@code prompt} and reads one line; null at end of input. */
  String readLine(String prompt);

  /** Why no one can be asked, for messages ("the build runs in batch mode (-B)"); blank when interactive. */
  default String whyNotInteractive() {
    return "";
  }

  /** No one to ask, for an unspecified reason (tests, embedded use). */
  Console NONE = none("there is no terminal to ask");

  /** No one to ask, because {@code reason}: the build runs in batch mode, or standard input is not a terminal. */
  static Console none(String reason) {
    return new Console() {
      @Override
      public boolean interactive() {
        return false;
      }

      @Override
      public String readLine(String prompt) {
        return null;
      }

      @Override
      public String whyNotInteractive() {
        return reason;
      }
    };
  }
}
