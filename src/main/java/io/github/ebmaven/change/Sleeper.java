package io.github.ebmaven.change;

import java.time.Duration;

/** Pauses between polls; tests replace it. */
@FunctionalInterface
public interface Sleeper {

  void sleep(Duration duration) throws InterruptedException;

  Sleeper REAL = duration -> Thread.sleep(Math.max(0, duration.toMillis()));
}
