package io.github.ebmaven.localaws;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What differs between real AWS accounts and so may be switched: whether the account is old
 * enough to create Auto Scaling launch configurations, and its application version quota. Set
 * from {@link LocalAwsOptions} at start, changeable from Java ({@code aws.account()}) or the
 * control path ({@code POST /_localaws/account}). Thread-safe.
 */
public final class AccountSettings {
  private boolean legacy;
  private int applicationVersionQuota;

  AccountSettings(LocalAwsOptions options) {
    this.legacy = options.legacyAccount();
    this.applicationVersionQuota = options.applicationVersionQuota();
  }

  /** An account opened before 1 October 2024 may still create launch configurations. */
  public synchronized AccountSettings legacy(boolean legacyAccount) {
    this.legacy = legacyAccount;
    return this;
  }

  public synchronized boolean legacy() {
    return legacy;
  }

  /** The application version quota per region (EB's default: 1000). */
  public synchronized AccountSettings applicationVersionQuota(int quota) {
    if (quota < 1) {
      throw new IllegalArgumentException("the application version quota must be at least 1, not " + quota);
    }
    this.applicationVersionQuota = quota;
    return this;
  }

  public synchronized int applicationVersionQuota() {
    return applicationVersionQuota;
  }

  synchronized Map<String, Object> describe() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("legacyAccount", legacy);
    out.put("applicationVersionQuota", applicationVersionQuota);
    return out;
  }
}
