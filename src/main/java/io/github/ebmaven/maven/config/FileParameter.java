package io.github.ebmaven.maven.config;

/** One {@code <file>} of {@code <files>}: a file EB writes on the instance. */
public class FileParameter {
  private String path;
  private String content;
  private String mode;
  private String owner;
  private String group;

  public FileParameter() {}

  public String getPath() {
    return path;
  }

  public String getContent() {
    return content;
  }

  public String getMode() {
    return mode;
  }

  public String getOwner() {
    return owner;
  }

  public String getGroup() {
    return group;
  }
}
