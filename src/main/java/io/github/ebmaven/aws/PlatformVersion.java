package io.github.ebmaven.aws;

import java.util.Locale;

/**
 * A platform version as EB lists it.
 *
 * @param branchName such as {@code Python 3.11 running on 64bit Amazon Linux 2023}
 * @param lifecycleState of the branch: Beta, Supported, Deprecated or Retired
 * @param status of the version: Ready, Creating, Failed, Deleted
 */
public record PlatformVersion(String arn, String branchName, String version, String lifecycleState, String status) {

  /** {@code python-3.11} for "Python 3.11 running on 64bit Amazon Linux 2023". */
  public String friendlyName() {
    String runtime = branchName == null ? "" : branchName;
    int running = runtime.indexOf(" running on ");
    if (running >= 0) {
      runtime = runtime.substring(0, running);
    }
    return normalise(runtime);
  }

  /** A version new environments can use: Ready, on a branch that is not retired. */
  public boolean isUsable() {
    return "Ready".equals(status) && !"Retired".equalsIgnoreCase(String.valueOf(lifecycleState));
  }

  /** EB names Tomcat branches "Tomcat 10 with Corretto 17": the "with" is dropped, as users write it. */
  public static String normalise(String name) {
    return name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-").replace("-with-", "-");
  }
}
