package io.github.ebmaven.bundle;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Rules that keep every entry inside the folder EB unpacks the bundle into: no absolute names, no
 * {@code ..} segments, and symbolic links whose targets stay inside the bundle.
 */
final class EntryNames {

  private EntryNames() {}

  /** Throws when {@code name} is not a safe relative entry name. */
  static void checkName(String name, String origin) throws BundleException {
    if (name.isEmpty()
        || name.startsWith("/")
        || name.contains("\\")
        || (name.length() > 1 && name.charAt(1) == ':')) {
      throw new BundleException(
          "Refusing bundle entry '"
              + name
              + "' from "
              + origin
              + ": entry names must be relative paths with '/' separators. Rename the file or drop it"
              + " from the bundle.");
    }
    for (String segment : name.split("/", -1)) {
      if (segment.equals("..") || segment.equals(".") || segment.isEmpty()) {
        throw new BundleException(
            "Refusing bundle entry '"
                + name
                + "' from "
                + origin
                + ": it contains an empty, '.' or '..' path segment and could escape the folder EB"
                + " unpacks into. Use a plain relative path.");
      }
    }
  }

  /**
   * Throws when the link at {@code name} points outside the bundle: an absolute target, or a
   * relative one that climbs above the bundle root.
   */
  static void checkLinkTarget(String name, String target, String origin) throws BundleException {
    if (target.isEmpty() || target.startsWith("/") || target.contains("\\")) {
      throw linkOutside(name, target, origin);
    }
    Deque<String> resolved = new ArrayDeque<>();
    String[] nameSegments = name.split("/");
    for (int i = 0; i < nameSegments.length - 1; i++) {
      resolved.addLast(nameSegments[i]);
    }
    for (String segment : target.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (resolved.isEmpty()) {
          throw linkOutside(name, target, origin);
        }
        resolved.removeLast();
      } else {
        resolved.addLast(segment);
      }
    }
  }

  private static BundleException linkOutside(String name, String target, String origin) {
    return new BundleException(
        "Refusing symbolic link '"
            + name
            + "' -> '"
            + target
            + "' from "
            + origin
            + ": it points outside the bundle, where nothing will exist on the EB instance. Copy the"
            + " target into the project, or list the link in .ebignore.");
  }
}
