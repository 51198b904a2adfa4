package io.github.ebmaven.maven.config;

import io.github.ebmaven.extensions.Maintenance;
import io.github.ebmaven.report.EbException;
import java.io.File;

/**
 * {@code <maintenance>}: the project's maintenance page (an HTML file, relative to the project
 * folder), the {@code Retry-After} seconds, and the comma-separated addresses or CIDR blocks that
 * still reach the application.
 */
public class MaintenanceParameter {
  private File page;
  private String retryAfter;
  private String allowedIps;

  public MaintenanceParameter() {}

  public Maintenance toMaintenance() throws EbException {
    Integer seconds = Values.integer(retryAfter, "<maintenance><retryAfter>", "600");
    return new Maintenance(
        page == null ? null : page.toPath(), seconds == null ? Maintenance.DEFAULT_RETRY_AFTER : seconds, Values.list(allowedIps));
  }
}
