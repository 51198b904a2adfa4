package io.github.ebmaven.localaws;

import java.util.concurrent.CountDownLatch;

/**
 * Runs {@link LocalAws} in the foreground until stopped: {@code ./mvnw -B -Plocal-aws}, or
 * {@code java ... LocalAwsLauncher [port]}. The port comes from the first argument, else
 * {@code -Deb.localaws.port}, else 4566; the delays from {@code -Deb.localaws.delays=fast|realistic}.
 * Prints exactly one line, {@code local-aws listening on http://127.0.0.1:<port>}, once both
 * services accept requests.
 */
public final class LocalAwsLauncher {
  static final int DEFAULT_PORT = 4566;

  private LocalAwsLauncher() {}

  public static void main(String[] args) throws InterruptedException {
    int port = parsePort(args.length > 0 ? args[0] : System.getProperty("eb.localaws.port"));
    Delays delays = Delays.named(System.getProperty("eb.localaws.delays", "fast"));
    LocalAws aws = LocalAws.start(LocalAwsOptions.defaults().withPort(port).withDelays(delays));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      aws.close();
      stopped.countDown();
    }, "local-aws-shutdown"));
    System.out.println("local-aws listening on " + aws.endpoint());
    System.out.flush();
    stopped.await();
  }

  static int parsePort(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_PORT;
    }
    try {
      int port = Integer.parseInt(value.trim());
      if (port < 0 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("eb.localaws.port must be a port number (0 to 65535), not '" + value + "'", e);
    }
  }
}
