package io.github.ebmaven.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.eclipse.jgit.ignore.IgnoreNode.MatchResult;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * The project's {@code .ebignore}, read with gitignore semantics (JGit's own matcher): patterns,
 * negations, folder-only rules, and "a file inside an ignored folder stays ignored".
 */
public final class EbIgnoreRules {

  public static final String FILE_NAME = ".ebignore";

  /** Rules that ignore nothing. */
  public static final EbIgnoreRules NONE = new EbIgnoreRules(new IgnoreNode());

  private final IgnoreNode node;

  private EbIgnoreRules(IgnoreNode node) {
    this.node = node;
  }

  public static EbIgnoreRules parse(byte[] content) throws IOException {
    IgnoreNode node = new IgnoreNode();
    node.parse(FILE_NAME, new ByteArrayInputStream(content));
    return new EbIgnoreRules(node);
  }

  public boolean isEmpty() {
    return node.getRules().isEmpty();
  }

  /** Whether the file at {@code path} (relative, '/'-separated) is excluded. */
  public boolean ignores(String path) {
    if (isEmpty()) {
      return false;
    }
    int lastSlash = path.lastIndexOf('/');
    if (lastSlash != -1 && ignoresFolder(path.substring(0, lastSlash))) {
      return true;
    }
    return node.isIgnored(path, false) == MatchResult.IGNORED;
  }

  /** Whether a folder, or one of its parents, is excluded: a walk need not enter it. */
  public boolean ignoresFolder(String path) {
    if (isEmpty()) {
      return false;
    }
    int slash = path.indexOf('/');
    while (slash != -1) {
      if (node.isIgnored(path.substring(0, slash), true) == MatchResult.IGNORED) {
        return true;
      }
      slash = path.indexOf('/', slash + 1);
    }
    return node.isIgnored(path, true) == MatchResult.IGNORED;
  }
}
