package io.github.ebmaven.aws;

import io.github.ebmaven.report.EbException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * AWS clients opened on a thread of their own while the goal goes on (builds and validates its
 * bundle): in a fresh JVM the SDK's start-up (its classes, credential and region resolution, the
 * clients' configuration) takes a good part of a second, which then overlaps the bundle's work.
 */
public final class ClientsInBackground implements AutoCloseable {

  private final FutureTask<AwsClients> opening;
  private boolean taken;

  private ClientsInBackground(AwsSettings settings) {
    opening = new FutureTask<>(() -> AwsClients.create(settings));
    Thread thread = new Thread(opening, "eb-open-aws-clients");
    thread.setDaemon(true);
    thread.start();
  }

  /** Starts opening the clients {@code settings} describe. */
  public static ClientsInBackground start(AwsSettings settings) {
    return new ClientsInBackground(settings);
  }

  /** The clients, once open; the caller closes them. Failures are those of {@link AwsClients#create}. */
  public AwsClients take() throws EbException {
    taken = true;
    try {
      return opening.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EbException("Interrupted while opening the AWS clients.", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof EbException failure) {
        throw failure;
      }
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Closes clients that were opened but never taken (the goal failed before it needed them). */
  @Override
  public void close() {
    if (taken) {
      return;
    }
    taken = true;
    opening.cancel(false);
    try {
      opening.get().close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | CancellationException e) {
      // Never opened: nothing to close, and the goal's own failure is the one to report.
    }
  }
}
