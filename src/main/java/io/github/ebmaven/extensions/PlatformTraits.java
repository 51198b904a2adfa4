package io.github.ebmaven.extensions;

import java.util.Locale;

/**
 * What a platform, named as {@code eb.platform} names it (friendly name, solution stack or ARN),
 * offers the typed elements. Friendly names ({@code python-3.11}, {@code corretto-17}, {@code
 * docker}) only name current platforms, all on Amazon Linux 2 or 2023.
 */
public final class PlatformTraits {

  private PlatformTraits() {}

  /** Whether the platform is an Amazon Linux 2 or 2023 one (not Windows Server, not the Amazon Linux AMI). */
  public static boolean amazonLinux2OrLater(String platform) {
    String text = platform.toLowerCase(Locale.ROOT);
    boolean amazonLinuxAmi = text.contains("amazon linux 20") && !text.contains("amazon linux 2023");
    return !(text.contains("windows") || text.contains("iis") || amazonLinuxAmi);
  }

  /** Whether the platform runs nginx with {@code .platform} hooks: Amazon Linux 2 and later, except ECS. */
  public static boolean runsNginxHooks(String platform) {
    String text = platform.toLowerCase(Locale.ROOT);
    return amazonLinux2OrLater(platform) && !text.contains("ecs running") && !text.contains("running ecs");
  }
}
