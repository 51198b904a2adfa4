package io.github.ebmaven.release;

import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.config.ConfigKey;
import io.github.ebmaven.report.EbException;

/** Reads the version a promotion deploys: the one its source environment (the live side of a pair) runs now. */
final class Promotion {

  private final Services services;

  Promotion(Services services) {
    this.services = services;
  }

  String label(String application, ReleaseRequest.Source source) throws EbException {
    EnvironmentState state = source.pair() != null
        ? source.pair().requireLive(services.eb().environments(), application).live()
        : services.eb().environments().require(application, source.environment());
    if (state.versionLabel() == null) {
      throw new EbException(
          state.name() + " (" + ConfigKey.PROMOTE_FROM.example(source.name()) + ") runs no application version, so there"
              + " is nothing to promote. Deploy to it first.");
    }
    services.reporter().info(
        "Promoting " + state.versionLabel() + ", the version " + source.name()
            + (source.name().equals(state.name()) ? "" : " (" + state.name() + ")") + " runs");
    return state.versionLabel();
  }
}
