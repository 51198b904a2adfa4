package io.github.ebmaven.change;

/** What a change to an environment is, which decides what its success looks like. */
public enum ChangeKind {
  /** A new environment launching with a version: Ready, running it, healthy. */
  LAUNCH,
  /** A version or settings applied to a running environment: Ready again, running the expected version, healthy. */
  UPDATE,
  /** A busy environment becoming Ready, whatever it runs. */
  SETTLE,
  /** Two environments' CNAMEs being swapped: EB's {@code Completed swapping CNAMEs} event. */
  SWAP,
  /** An environment being terminated: gone. */
  TERMINATE
}
