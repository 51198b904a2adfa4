package io.github.ebmaven.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * References to the user's settings and goals inside messages. Core code does not know how the
 * front end spells them (a POM element and a {@code -D} property for Maven): it writes a marker,
 * and the front end's {@link Renderer} turns each marker into text when the message is shown.
 *
 * <pre>{@code
 * throw new EbException(Mention.setting("eb.timeout") + " '" + text + "' is not a duration.");
 * // Maven: "<timeout> / -Deb.timeout 'x' is not a duration."   plain: "eb.timeout 'x' is not a duration."
 * }</pre>
 */
public final class Mention {

  private static final char OPEN = '\u27e6';
  private static final char CLOSE = '\u27e7';
  private static final Pattern MARKER = Pattern.compile(OPEN + "([a-z]+):([^" + CLOSE + "]*)" + CLOSE);

  /** How a front end spells what markers refer to. */
  public interface Renderer {

    /** A setting, by its property name ({@code eb.timeout}): where and how the user sets it. */
    String setting(String property);

    /** A setting by its property alone, where the user types it on a command line. */
    String property(String property);

    /** A setting with the value to give it, as the user would type it on a command line. */
    String example(String property, String value);

    /** A goal the user should run ({@code create}, {@code deploy}). */
    String goal(String goal);
  }

  /** Front-end neutral: property names ({@code eb.timeout}, {@code eb.timeout=45m}) and goal names ({@code eb:create}). */
  public static final Renderer PLAIN =
      new Renderer() {
        @Override
        public String setting(String property) {
          return property;
        }

        @Override
        public String property(String property) {
          return property;
        }

        @Override
        public String example(String property, String value) {
          return property + "=" + value;
        }

        @Override
        public String goal(String goal) {
          return "eb:" + goal;
        }
      };

  private Mention() {}

  /** The setting named by its property, such as {@code eb.environmentName}. */
  public static String setting(String property) {
    return OPEN + "setting:" + property + CLOSE;
  }

  /** The setting as typed on a command line, such as {@code eb.env}. */
  public static String property(String property) {
    return OPEN + "property:" + property + CLOSE;
  }

  /** The setting with a value to set, such as {@code eb.timeout} and {@code 45m}. */
  public static String example(String property, String value) {
    return OPEN + "example:" + property + "=" + value + CLOSE;
  }

  /** A goal to run, such as {@code create}. */
  public static String goal(String goal) {
    return OPEN + "goal:" + goal + CLOSE;
  }

  /** The text with every marker spelled by {@code renderer}; null stays null. */
  public static String render(String text, Renderer renderer) {
    if (text == null || text.indexOf(OPEN) < 0) {
      return text;
    }
    Matcher m = MARKER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String body = m.group(2);
      String spelled =
          switch (m.group(1)) {
            case "setting" -> renderer.setting(body);
            case "property" -> renderer.property(body);
            case "example" -> {
              int eq = body.indexOf('=');
              yield renderer.example(body.substring(0, eq), body.substring(eq + 1));
            }
            default -> renderer.goal(body);
          };
      m.appendReplacement(out, Matcher.quoteReplacement(spelled));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A reporter that spells the markers of every message before passing it on. */
  public static Reporter rendering(Reporter reporter, Renderer renderer) {
    return ForwardingReporter.rewriting(reporter, message -> render(message, renderer));
  }
}
