package io.github.ebmaven.maven.config;

import io.github.ebmaven.config.SmokeTest;
import io.github.ebmaven.report.EbException;

/** One {@code <smokeTest>}: path, expected status, text the body must contain, timeout and retries. */
public class SmokeTestParameter {
  private String path;
  private Integer status;
  private String contains;
  private String timeout;
  private Integer retries;

  public SmokeTestParameter() {}

  /**
   * This element as a checked smoke test.
   *
   * @param where the element's position in the POM, starting the message when a part is wrong
   */
  public SmokeTest toSmokeTest(String where) throws EbException {
    return SmokeTest.of(path, status, contains, timeout, retries, where);
  }
}
