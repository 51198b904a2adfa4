package io.github.ebmaven.extensions;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules for the sections that shape the instance: {@code files}, {@code packages},
 * {@code services}, {@code users}, {@code groups} and {@code sources}, with the keys AWS documents
 * for Linux and Windows servers. A file with both or neither of content and source, and a misspelt
 * package manager, fail on the instance, so they are errors; keys EB skips are warnings.
 */
final class InstanceRules {

  static final Set<String> FILE_KEYS = Set.of("content", "source", "encoding", "group", "owner", "mode", "authentication", "context");
  /** yum, rpm, rubygems and python on Linux, msi on Windows; apt is cfn-init's, for Ubuntu images. */
  static final Set<String> PACKAGE_MANAGERS = Set.of("yum", "rpm", "rubygems", "python", "msi", "apt");
  static final Set<String> SERVICE_MANAGERS = Set.of("sysvinit", "windows");
  static final Set<String> SERVICE_KEYS = Set.of("ensureRunning", "enabled", "files", "sources", "packages", "commands");
  static final Set<String> USER_KEYS = Set.of("groups", "uid", "homeDir");
  static final Set<String> GROUP_KEYS = Set.of("gid");

  private InstanceRules() {}

  static void check(ConfigDocument document, Problems problems) {
    checkFiles(document, problems);
    checkPackages(document, problems);
    checkServices(document, problems);
    checkNamed(document, "users", USER_KEYS, "user", problems);
    checkNamed(document, "groups", GROUP_KEYS, "group", problems);
    checkSources(document, problems);
  }

  private static Optional<Map<?, ?>> section(ConfigDocument document, String key, String shape, Problems problems) {
    Object section = document.root().get(key);
    if (section == null) {
      return Optional.empty();
    }
    if (!(section instanceof Map<?, ?> map)) {
      problems.error(document.at(key) + ": " + key + " must be a map of " + shape + ", not a " + ConfigParser.describe(section) + ".");
      return Optional.empty();
    }
    return Optional.of(map);
  }

  private static void checkFiles(ConfigDocument document, Problems problems) {
    for (Map.Entry<?, ?> file : section(document, "files", "file paths to entries", problems).orElse(Map.of()).entrySet()) {
      String path = String.valueOf(file.getKey());
      String where = document.at("files", path);
      if (!(file.getValue() instanceof Map<?, ?> body) || (body.get("content") == null && body.get("source") == null)) {
        problems.error(where + ": files entry '" + path + "' needs 'content' or 'source'; add the file's text under content.");
        continue;
      }
      if (body.get("content") != null && body.get("source") != null) {
        problems.error(
            where + ": files entry '" + path + "' has both 'content' and 'source', and EB takes one or the other;"
                + " keep content for inline text or source for a URL to download.");
      }
      KeyRules.warnUnknownKeys(document, List.of("files", path), body, FILE_KEYS, "files entry '" + path + "'", problems);
    }
  }

  private static void checkPackages(ConfigDocument document, Problems problems) {
    for (Map.Entry<?, ?> manager : section(document, "packages", "package managers (yum, rpm, ...)", problems).orElse(Map.of()).entrySet()) {
      String name = String.valueOf(manager.getKey());
      String where = document.at("packages", name);
      if (!PACKAGE_MANAGERS.contains(name)) {
        String start = where + ": unknown package manager '" + name + "', EB documents " + KeyRules.sorted(PACKAGE_MANAGERS) + ".";
        Optional<String> typo = Suggestions.typo(name, PACKAGE_MANAGERS);
        if (typo.isPresent()) {
          problems.error(start + " Did you mean '" + typo.get() + "'?");
        } else {
          problems.warn(start + " Check that your platform's instances have it; otherwise the deployment fails installing these packages.");
        }
      } else if (manager.getValue() != null && !(manager.getValue() instanceof Map)) {
        problems.error(
            where + ": packages under '" + name + "' must map each package to its versions, for example 'git: []', not a "
                + ConfigParser.describe(manager.getValue()) + ".");
      }
    }
  }

  private static void checkServices(ConfigDocument document, Problems problems) {
    for (Map.Entry<?, ?> manager : section(document, "services", "service managers (sysvinit, windows)", problems).orElse(Map.of()).entrySet()) {
      String managerName = String.valueOf(manager.getKey());
      if (!SERVICE_MANAGERS.contains(managerName)) {
        problems.warn(
            document.at("services", managerName) + ": unknown service manager '" + managerName + "', EB documents "
                + KeyRules.sorted(SERVICE_MANAGERS) + "." + Suggestions.closest(managerName, SERVICE_MANAGERS).map(c -> " Did you mean '" + c + "'?").orElse(""));
        continue;
      }
      if (!(manager.getValue() instanceof Map<?, ?> services)) {
        continue;
      }
      for (Map.Entry<?, ?> service : services.entrySet()) {
        String serviceName = String.valueOf(service.getKey());
        if (service.getValue() instanceof Map<?, ?> body) {
          List<String> path = List.of("services", managerName, serviceName);
          String owner = "service '" + serviceName + "'";
          KeyRules.warnUnknownKeys(document, path, body, SERVICE_KEYS, owner, problems);
          KeyRules.warnUnlessBoolean(document, path, body, "ensureRunning", owner, problems);
          KeyRules.warnUnlessBoolean(document, path, body, "enabled", owner, problems);
        }
      }
    }
  }

  private static void checkNamed(ConfigDocument document, String key, Set<String> allowed, String kind, Problems problems) {
    for (Map.Entry<?, ?> entry : section(document, key, kind + " names to entries", problems).orElse(Map.of()).entrySet()) {
      String name = String.valueOf(entry.getKey());
      if (entry.getValue() instanceof Map<?, ?> body) {
        KeyRules.warnUnknownKeys(document, List.of(key, name), body, allowed, kind + " '" + name + "'", problems);
      }
    }
  }

  private static void checkSources(ConfigDocument document, Problems problems) {
    for (Map.Entry<?, ?> source : section(document, "sources", "target folders to archive URLs", problems).orElse(Map.of()).entrySet()) {
      if (source.getValue() instanceof Map || source.getValue() instanceof List) {
        String folder = String.valueOf(source.getKey());
        problems.warn(
            document.at("sources", folder) + ": sources entry '" + folder + "' should be the URL of an archive to unpack there,"
                + " not a " + ConfigParser.describe(source.getValue()) + ".");
      }
    }
  }
}
