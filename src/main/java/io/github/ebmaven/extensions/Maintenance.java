package io.github.ebmaven.extensions;

import java.nio.file.Path;
import java.util.List;

/**
 * A maintenance page the proxy serves instead of the application while {@code eb:maintenance}
 * has switched it on.
 *
 * @param page an HTML file of the project, or null for the plugin's page
 * @param retryAfterSeconds the {@code Retry-After} header of the 503 answers
 * @param allowedIps addresses or CIDR blocks that still reach the application; never null
 */
public record Maintenance(Path page, int retryAfterSeconds, List<String> allowedIps) {

  /** The environment property {@code eb:maintenance} switches, read by the hooks the bundle carries. */
  public static final String PROPERTY = "EB_MAINTENANCE";

  public static final String ON = "on";
  public static final String OFF = "off";

  /** The default {@code Retry-After}: ten minutes. */
  public static final int DEFAULT_RETRY_AFTER = 600;

  public Maintenance {
    allowedIps = allowedIps == null ? List.of() : List.copyOf(allowedIps);
  }
}
