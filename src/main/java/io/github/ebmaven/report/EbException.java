package io.github.ebmaven.report;

/**
 * An expected failure caused by the user's configuration, project or target environment. The
 * message is shown to the user as is, once the front end has spelled its {@link Mention}s: it
 * names the setting at fault and gives one concrete fix. The Maven side maps it to a build
 * failure, not an internal error.
 */
public class EbException extends Exception {

  private static final long serialVersionUID = 1L;

  public EbException(String message) {
    super(message);
  }

  public EbException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The message with settings spelled by their property names ({@link Mention#PLAIN}). */
  @Override
  public String getMessage() {
    return Mention.render(super.getMessage(), Mention.PLAIN);
  }

  /** The message with its markers, to build a longer message around it. */
  public String markedMessage() {
    return super.getMessage();
  }

  /** The message with settings spelled as {@code renderer} spells them. */
  public String message(Mention.Renderer renderer) {
    return Mention.render(super.getMessage(), renderer);
  }
}
