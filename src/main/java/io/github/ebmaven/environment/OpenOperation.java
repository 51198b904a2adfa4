package io.github.ebmaven.environment;

import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Mention;
import java.io.IOException;
import java.net.URI;

/** {@code eb:open}: prints the environment's URL and opens it in a browser when there is one. */
public final class OpenOperation {

  private final Services services;

  public OpenOperation(Services services) {
    this.services = services;
  }

  /**
   * @return the URL; a missing or failing browser is reported, never thrown
   * @throws EbException when the environment does not exist or has no URL (a worker)
   */
  public URI open(String application, String environment, Browser browser) throws EbException {
    EnvironmentState state = services.eb().environments().require(application, environment);
    if (state.url() == null) {
      throw new EbException(
          "Environment " + environment + " has no URL (status " + state.status() + "): worker environments have no"
              + " CNAME, and a launching one gets it once EB assigns it. Check it with " + Mention.goal("status") + ".");
    }
    URI uri = URI.create(state.url());
    services.reporter().result(environment + ": " + uri);
    String unavailable = browser.unavailableBecause();
    if (unavailable != null) {
      services.reporter().info("Not opening a browser: " + unavailable + ".");
      return uri;
    }
    try {
      browser.open(uri);
      services.reporter().info("Opened " + uri + " in the browser");
    } catch (IOException e) {
      services.reporter().warn("Could not open a browser (" + e.getMessage() + "); open " + uri + " yourself.");
    }
    return uri;
  }
}
