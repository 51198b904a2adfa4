package io.github.ebmaven.maven.config;

/** One {@code <staticFile>}: a URL path served from a bundle folder. */
public class StaticFileParameter {
  private String urlPath;
  private String directory;

  public StaticFileParameter() {}

  public String getUrlPath() {
    return urlPath;
  }

  public String getDirectory() {
    return directory;
  }
}
