package io.github.ebmaven.deploy;

import io.github.ebmaven.aws.Beanstalk;
import io.github.ebmaven.aws.BundleStore;
import io.github.ebmaven.report.Reporter;
import io.github.ebmaven.report.SecretMasker;
import java.time.Clock;

/**
 * What the operations that put a version on an environment ({@link CreateOperation}, {@link
 * DeployOperation}) work with: AWS, the user, secrets, and time (replaceable in tests).
 */
public record DeployServices(
    Beanstalk eb,
    BundleStore store,
    Reporter reporter,
    SecretMasker masker,
    Clock clock,
    EnvironmentWatcher.Sleeper sleeper) {

  EnvironmentWatcher watcher() {
    return new EnvironmentWatcher(eb, reporter, clock, sleeper);
  }

  VersionPublisher publisher() {
    return new VersionPublisher(eb, store, reporter, clock, sleeper);
  }
}
