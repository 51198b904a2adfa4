package io.github.ebmaven.aws;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The SDK's one-line account of the credential providers it tried, as one line per source. */
final class CredentialSources {

  private static final Pattern PROVIDER = Pattern.compile("(\\w+(?:Provider|Credentials))\\((?:[^()]|\\([^()]*\\))*\\): ");

  private CredentialSources() {}

  /** {@code "\n  - Name: what it said"} per provider; the SDK's message as it is when it has another shape. */
  static String lines(String sdkMessage) {
    if (sdkMessage == null) {
      return "";
    }
    int list = sdkMessage.indexOf(" : [");
    String tried = list >= 0 ? sdkMessage.substring(list + 4).replaceAll("]\\s*$", "") : sdkMessage;
    Matcher m = PROVIDER.matcher(tried);
    StringBuilder out = new StringBuilder();
    int start = -1;
    String name = null;
    while (m.find()) {
      if (name != null) {
        out.append(line(name, tried.substring(start, m.start())));
      }
      name = m.group(1).replace("CredentialsProvider", "").replace("Provider", "");
      start = m.end();
    }
    if (name == null) {
      return "\n  - " + sdkMessage.trim();
    }
    return out.append(line(name, tried.substring(start))).toString();
  }

  private static String line(String name, String said) {
    return "\n  - " + name + ": " + said.trim().replaceAll(",\\s*$", "");
  }
}
