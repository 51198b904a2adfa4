package io.github.ebmaven.deploy;

import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.report.EbException;
import java.util.List;

/** Finding the environment a goal works on, with a useful message when it is not there. */
public final class Environments {

  private Environments() {}

  /** The live environment, or an error listing the application's environments and how to pick one. */
  public static EnvironmentState require(Beanstalk eb, String application, String environment) throws EbException {
    var state = eb.environment(application, environment);
    if (state.isPresent()) {
      return state.get();
    }
    List<String> existing = eb.environmentNames(application);
    throw new EbException(
        "Environment '"
            + environment
            + "' does not exist in application '"
            + application
            + "'. "
            + (existing.isEmpty()
                ? "The application has no environment: create one with mvn eb:create."
                : "Its environments: " + String.join(", ", existing) + ". Set <environmentName> / -Deb.environmentName to one of them, or create it with mvn eb:create."));
  }
}
