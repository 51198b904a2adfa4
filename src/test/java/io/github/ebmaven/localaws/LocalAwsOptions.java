package io.github.ebmaven.localaws;

import java.net.URL;
import java.time.Clock;
import java.util.Objects;

/**
 * How to start {@link LocalAws}. Immutable; {@code with...} methods return a copy.
 * Defaults: a free port, region us-east-1, account 000000000000, credentials test/test, fast
 * delays, a new account (no Auto Scaling launch configurations), 1000 application versions per
 * region, the endpoint's own option catalog.
 */
public final class LocalAwsOptions {
  /** EB's default application version quota per region. */
  public static final int DEFAULT_VERSION_QUOTA = 1000;

  private final int port;
  private final String region;
  private final String accountId;
  private final String accessKey;
  private final String secretKey;
  private final Delays delays;
  private final Clock clock;
  private final boolean legacyAccount;
  private final int applicationVersionQuota;
  private final URL optionCatalog;

  private LocalAwsOptions(int port, String region, String accountId, String accessKey, String secretKey,
      Delays delays, Clock clock, boolean legacyAccount, int applicationVersionQuota, URL optionCatalog) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 (a free port) to 65535, not " + port);
    }
    if (!accountId.matches("\\d{12}")) {
      throw new IllegalArgumentException("account id must be 12 digits, not " + accountId);
    }
    if (applicationVersionQuota < 1) {
      throw new IllegalArgumentException("the application version quota must be at least 1, not "
          + applicationVersionQuota);
    }
    this.port = port;
    this.region = Objects.requireNonNull(region, "region");
    this.accountId = accountId;
    this.accessKey = Objects.requireNonNull(accessKey, "accessKey");
    this.secretKey = Objects.requireNonNull(secretKey, "secretKey");
    this.delays = Objects.requireNonNull(delays, "delays");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.legacyAccount = legacyAccount;
    this.applicationVersionQuota = applicationVersionQuota;
    this.optionCatalog = optionCatalog;
  }

  public static LocalAwsOptions defaults() {
    return new LocalAwsOptions(0, "us-east-1", "000000000000", "test", "test", Delays.fast(), Clock.systemUTC(),
        false, DEFAULT_VERSION_QUOTA, null);
  }

  public LocalAwsOptions withPort(int port) {
    return new LocalAwsOptions(port, region, accountId, accessKey, secretKey, delays, clock, legacyAccount,
        applicationVersionQuota, optionCatalog);
  }

  public LocalAwsOptions withRegion(String region) {
    return new LocalAwsOptions(port, region, accountId, accessKey, secretKey, delays, clock, legacyAccount,
        applicationVersionQuota, optionCatalog);
  }

  public LocalAwsOptions withDelays(Delays delays) {
    return new LocalAwsOptions(port, region, accountId, accessKey, secretKey, delays, clock, legacyAccount,
        applicationVersionQuota, optionCatalog);
  }

  /** The clock that stamps events and resources (transitions still wait real time per {@link Delays}). */
  public LocalAwsOptions withClock(Clock clock) {
    return new LocalAwsOptions(port, region, accountId, accessKey, secretKey, delays, clock, legacyAccount,
        applicationVersionQuota, optionCatalog);
  }

  public LocalAwsOptions withCredentials(String accessKey, String secretKey) {
    return new LocalAwsOptions(port, region, accountId, accessKey, secretKey, delays, clock, legacyAccount,
        applicationVersionQuota, optionCatalog);
  }

  /**
   * An account opened before 1 October 2024, which may still create Auto Scaling launch
   * configurations: environments launch without a launch-template option.
   */
  public LocalAwsOptions withLegacyAccount(boolean legacy) {
    return new LocalAwsOptions(port, region, accountId, accessKey, secretKey, delays, clock, legacy,
        applicationVersionQuota, optionCatalog);
  }

  /** The application version quota per region (EB's default is 1000; accounts can have it raised). */
  public LocalAwsOptions withApplicationVersionQuota(int quota) {
    return new LocalAwsOptions(port, region, accountId, accessKey, secretKey, delays, clock, legacyAccount, quota,
        optionCatalog);
  }

  /** Another option catalog in the same YAML format (for example the plugin's generated one). */
  public LocalAwsOptions withOptionCatalog(URL catalog) {
    return new LocalAwsOptions(port, region, accountId, accessKey, secretKey, delays, clock, legacyAccount,
        applicationVersionQuota, Objects.requireNonNull(catalog, "catalog"));
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

  public boolean legacyAccount() {
    return legacyAccount;
  }

  public int applicationVersionQuota() {
    return applicationVersionQuota;
  }

  /** The option catalog to load, or null for the endpoint's own. */
  public URL optionCatalog() {
    return optionCatalog;
  }
}
