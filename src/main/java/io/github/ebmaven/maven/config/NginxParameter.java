package io.github.ebmaven.maven.config;

/** {@code <nginx>}: settings rendered as {@code .platform/nginx/conf.d/} snippets. */
public class NginxParameter {
  private Boolean gzip;

  public NginxParameter() {}

  public Boolean getGzip() {
    return gzip;
  }
}
