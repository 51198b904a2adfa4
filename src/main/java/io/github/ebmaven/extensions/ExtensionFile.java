package io.github.ebmaven.extensions;

/**
 * An entry of {@code files}: a file EB writes on the instance.
 *
 * @param path absolute path on the instance
 * @param content the file's text
 * @param mode octal mode such as {@code 000644}, or {@code null}
 * @param owner owning user, or {@code null}
 * @param group owning group, or {@code null}
 */
public record ExtensionFile(String path, String content, String mode, String owner, String group) {

  public ExtensionFile(String path, String content) {
    this(path, content, null, null, null);
  }
}
