package io.github.ebmaven.localaws;

import java.time.Clock;
import java.util.Objects;

/**
 * How to start {@link LocalAws}. Immutable; {@code with...} methods return a copy.
 * Defaults: a free port, region us-east-1, account 000000000000, credentials test/test, fast delays.
 */
public final class LocalAwsOptions {
  private final int port;
  private final String region;
  private final String accountId;
  private final String accessKey;
  private final String secretKey;
  private final Delays delays;
  private final Clock clock;

  private LocalAwsOptions(int port, String region, String accountId, String accessKey, String secretKey,
      Delays delays, Clock clock) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 (a free port) to 65535, not " + port);
    }
    if (!accountId.matches("\\d{12}")) {
      throw new IllegalArgumentException("account id must be 12 digits, not " + accountId);
    }
    this.port = port;
    this.region = Objects.requireNonNull(region, "region");
    this.accountId = accountId;
    this.accessKey = Objects.requireNonNull(accessKey, "accessKey");
    this.secretKey = Objects.requireNonNull(secretKey, "secretKey");
    this.delays = Objects.requireNonNull(delays, "delays");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public static LocalAwsOptions defaults() {
    return new LocalAwsOptions(0, "us-east-1", "000000000000", "test", "test", Delays.fast(), Clock.systemUTC());
  }

  public LocalAwsOptions withPort(int port) {
    return new LocalAwsOptions(port, region, accountId, accessKey, secretKey, delays, clock);
  }

  public LocalAwsOptions withRegion(String region) {
    return new LocalAwsOptions(port, region, accountId, accessKey, secretKey, delays, clock);
  }

  public LocalAwsOptions withDelays(Delays delays) {
    return new LocalAwsOptions(port, region, accountId, accessKey, secretKey, delays, clock);
  }

  /** The clock that stamps events and resources (transitions still wait real time per {@link Delays}). */
  public LocalAwsOptions withClock(Clock clock) {
    return new LocalAwsOptions(port, region, accountId, accessKey, secretKey, delays, clock);
  }

  public LocalAwsOptions withCredentials(String accessKey, String secretKey) {
    return new LocalAwsOptions(port, region, accountId, accessKey, secretKey, delays, clock);
  }

  public int port() {
    return port;
  }

  public String region() {
    return region;
  }

  public String accountId() {
    return accountId;
  }

  public String accessKey() {
    return accessKey;
  }

  public String secretKey() {
    return secretKey;
  }

  public Delays delays() {
    return delays;
  }

  public Clock clock() {
    return clock;
  }
}
