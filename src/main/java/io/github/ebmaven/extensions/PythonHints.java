package io.github.ebmaven.extensions;

import java.util.List;
import java.util.Set;

/**
 * Warnings for a Python deployment that EB accepts but that would not work: the WSGI module the
 * platform imports should be in the bundle, and static folders should exist when the proxy serves
 * them.
 */
final class PythonHints {

  private PythonHints() {}

  static void check(
      List<SourcedSetting> settings, Set<String> bundlePaths, List<String> containerCommands, OptionCatalog catalog, Problems problems) {
    for (SourcedSetting sourced : settings) {
      OptionSetting setting = sourced.setting();
      if (setting.namespace().equals(PomSettings.PYTHON) && setting.optionName().equals("WSGIPath")) {
        checkWsgiPath(sourced, bundlePaths, problems);
      } else if (catalog.isStaticFiles(setting.namespace())) {
        checkStaticFolder(sourced, bundlePaths, containerCommands, problems);
      }
    }
  }

  private static void checkWsgiPath(SourcedSetting sourced, Set<String> bundlePaths, Problems problems) {
    String value = sourced.setting().value().trim();
    if (value.isEmpty()) {
      return;
    }
    String expected;
    String alternative = null;
    if (value.endsWith(".py")) {
      expected = stripDotSlash(value);
    } else {
      // Amazon Linux 2 form: module.path:callable, imported from the bundle root.
      String module = value.contains(":") ? value.substring(0, value.indexOf(':')) : value;
      expected = module.replace('.', '/') + ".py";
      alternative = module.replace('.', '/') + "/__init__.py";
    }
    if (bundlePaths.contains(expected) || (alternative != null && bundlePaths.contains(alternative))) {
      return;
    }
    problems.warn(
        sourced.source() + ": WSGIPath '" + value + "' needs " + expected + " in the bundle, but the bundle has no such file,"
            + " so the application would not start. Point WSGIPath at your WSGI module (for Django usually <project>.wsgi:application), or check that .ebignore does not drop it.");
  }

  private static void checkStaticFolder(
      SourcedSetting sourced, Set<String> bundlePaths, List<String> containerCommands, Problems problems) {
    String folder = stripDotSlash(sourced.setting().value().trim());
    while (folder.endsWith("/")) {
      folder = folder.substring(0, folder.length() - 1);
    }
    if (folder.isEmpty()) {
      return;
    }
    String prefix = folder + "/";
    if (bundlePaths.stream().anyMatch(path -> path.startsWith(prefix))) {
      return;
    }
    String name = folder;
    // collectstatic (Django) or a command naming the folder creates it on the instance.
    if (containerCommands.stream().anyMatch(command -> command.contains("collectstatic") || command.contains(name))) {
      return;
    }
    problems.warn(
        sourced.source() + ": static files path '" + sourced.setting().optionName() + "' serves folder '" + folder
            + "', which is neither in the bundle nor created by a container command, so the proxy would answer 404. "
            + "Add the folder to the bundle or a container command that creates it.");
  }

  private static String stripDotSlash(String path) {
    String stripped = path;
    while (stripped.startsWith("./") || stripped.startsWith("/")) {
      stripped = stripped.substring(stripped.startsWith("./") ? 2 : 1);
    }
    return stripped;
  }
}
