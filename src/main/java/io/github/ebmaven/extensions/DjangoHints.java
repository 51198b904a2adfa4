package io.github.ebmaven.extensions;

import io.github.ebmaven.bundle.BundleView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warnings for the traps of the seed guide's Django deployment, which EB deploys but which do not
 * work: ALLOWED_HOSTS that the load balancer's health check cannot pass, instance metadata read
 * without the IMDSv2 token once IMDSv1 is disabled, STATIC_ROOT and the proxy's static files
 * mapping that disagree, log files created by root during container commands, and the Amazon
 * Linux AMI log folder on newer platforms. The settings module is found from {@code
 * DJANGO_SETTINGS_MODULE} (the environment properties, else {@code manage.py}); its folder's
 * Python files are read as text, never run.
 */
final class DjangoHints {

  private static final Pattern SETTINGS_DEFAULT = Pattern.compile("DJANGO_SETTINGS_MODULE['\"]\\s*,\\s*['\"]([\\w.]+)['\"]");
  private static final Pattern ALLOWED_HOSTS = Pattern.compile("(?m)^\\s*ALLOWED_HOSTS\\s*(\\+?=|\\.(append|extend))(.*)$");
  private static final Pattern STATIC_ROOT = Pattern.compile("(?m)^\\s*STATIC_ROOT\\s*=(.*)$");
  private static final Pattern STATIC_URL = Pattern.compile("(?m)^\\s*STATIC_URL\\s*=\\s*['\"]([^'\"]*)['\"]");
  private static final Pattern LITERAL = Pattern.compile("['\"]([^'\"]*)['\"]");
  private static final Pattern LOG_FILE = Pattern.compile("['\"]?filename['\"]?\\s*[:=]\\s*['\"]([^'\"]+)['\"]");

  private final Map<String, String> sources;
  private final List<SourcedSetting> settings;
  private final List<CommandText> commands;
  private final TargetEnvironment target;
  private final Problems problems;

  private DjangoHints(
      Map<String, String> sources, List<SourcedSetting> settings, List<CommandText> commands, TargetEnvironment target,
      Problems problems) {
    this.sources = sources;
    this.settings = settings;
    this.commands = commands;
    this.target = target;
    this.problems = problems;
  }

  static void check(
      List<SourcedSetting> settings, BundleView bundle, List<CommandText> commands, TargetEnvironment target,
      Supplier<OptionCatalog> catalog, Problems problems) {
    checkLegacyLogFolder(commands, target, problems);
    if (!bundle.paths().contains("manage.py")) {
      return;
    }
    Optional<String> module = settingsModule(settings, bundle);
    if (module.isEmpty()) {
      return;
    }
    Map<String, String> sources = settingsSources(module.get(), bundle);
    if (sources.isEmpty()) {
      return;
    }
    DjangoHints hints = new DjangoHints(sources, settings, commands, target, problems);
    hints.checkAllowedHosts();
    hints.checkStaticRoot(catalog);
    hints.checkLogFiles();
  }

  private static Optional<String> settingsModule(List<SourcedSetting> settings, BundleView bundle) {
    for (SourcedSetting s : settings) {
      if (s.setting().namespace().equals(OptionCatalog.ENVIRONMENT_VARIABLES) && s.setting().optionName().equals("DJANGO_SETTINGS_MODULE")) {
        return Optional.of(s.setting().value().trim());
      }
    }
    Matcher m = SETTINGS_DEFAULT.matcher(text(bundle, "manage.py"));
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The settings module's file and the other Python files of its folder (the settings package). */
  private static Map<String, String> settingsSources(String module, BundleView bundle) {
    String base = module.replace('.', '/');
    String file = bundle.paths().contains(base + ".py") ? base + ".py" : base + "/__init__.py";
    Map<String, String> sources = new LinkedHashMap<>();
    if (!bundle.paths().contains(file)) {
      return sources;
    }
    sources.put(file, text(bundle, file));
    String folder = file.contains("/") ? file.substring(0, file.lastIndexOf('/') + 1) : "";
    for (String path : bundle.paths()) {
      if (path.startsWith(folder) && path.endsWith(".py") && path.indexOf('/', folder.length()) < 0 && !sources.containsKey(path)) {
        sources.put(path, text(bundle, path));
      }
    }
    return sources;
  }

  private static String text(BundleView bundle, String path) {
    try {
      return new String(bundle.read(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private boolean anySource(String... needles) {
    for (String text : sources.values()) {
      for (String needle : needles) {
        if (text.contains(needle)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean setting(String namespace, String option, String value) {
    return settings.stream()
        .anyMatch(s -> s.setting().namespace().equals(namespace) && s.setting().optionName().equals(option)
            && s.setting().value().trim().equalsIgnoreCase(value));
  }

  // ---- ALLOWED_HOSTS and instance metadata ----

  private void checkAllowedHosts() {
    String assignedIn = null;
    boolean dynamic = false;
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Matcher m = ALLOWED_HOSTS.matcher(source.getValue());
      while (m.find()) {
        assignedIn = assignedIn == null ? source.getKey() : assignedIn;
        String value = m.group(3);
        dynamic |= value.contains("*") || value.contains("environ") || value.contains("getenv") || value.contains("config(");
      }
    }
    boolean metadata = anySource("local-ipv4", "169.254.169.254", "instance-data", "ec2_metadata", "ebhealthcheck");
    boolean loadBalanced = !setting(PomSettings.ENVIRONMENT, "EnvironmentType", "SingleInstance")
        && !"SingleInstance".equalsIgnoreCase(target.environmentType());
    if (assignedIn != null && !dynamic && !metadata && loadBalanced) {
      problems.warn(assignedIn + ": ALLOWED_HOSTS lists fixed host names, but the load balancer's health check sends the instance's"
          + " private IP address as Host, so Django answers 400 (DisallowedHost) and the environment turns Severe. Add the"
          + " instance's private IP when the settings load (instance metadata local-ipv4, read with an IMDSv2 token).");
    }
    if (metadata && !anySource("latest/api/token") && setting(PomSettings.LAUNCH_CONFIGURATION, "DisableIMDSv1", "true")) {
      problems.warn(sources.keySet().iterator().next() + " reads instance metadata without an IMDSv2 token, but"
          + " aws:autoscaling:launchconfiguration DisableIMDSv1 is true, so the metadata service answers 401 and the private IP"
          + " never reaches ALLOWED_HOSTS. Get a token first: PUT http://169.254.169.254/latest/api/token with header"
          + " X-aws-ec2-metadata-token-ttl-seconds, then send it as X-aws-ec2-metadata-token.");
    }
  }

  // ---- STATIC_ROOT and the static files mapping ----

  private void checkStaticRoot(Supplier<OptionCatalog> catalog) {
    String rootFile = null;
    String rootFolder = null;
    // The settings module comes first and wins over the files it imports; in a file, the last assignment wins.
    for (Map.Entry<String, String> source : sources.entrySet()) {
      if (rootFolder != null) {
        break;
      }
      Matcher m = STATIC_ROOT.matcher(source.getValue());
      while (m.find()) {
        String last = null;
        Matcher literal = LITERAL.matcher(m.group(1));
        while (literal.find()) {
          last = literal.group(1);
        }
        if (last != null) {
          rootFile = source.getKey();
          rootFolder = lastSegment(last);
        }
      }
    }
    if (rootFolder == null) {
      return;
    }
    List<SourcedSetting> mappings = new ArrayList<>();
    settings.stream().filter(s -> catalog.get().isStaticFiles(s.setting().namespace())).forEach(mappings::add);
    if (mappings.isEmpty()) {
      if (commands.stream().anyMatch(c -> c.command().contains("collectstatic")) && !anySource("whitenoise")) {
        problems.warn(rootFile + ": collectstatic gathers static files into STATIC_ROOT '" + rootFolder + "', but no static files"
            + " mapping serves them and Django does not serve them with DEBUG off, so they answer 404. Add"
            + " <staticFiles><staticFile><urlPath>/static</urlPath><directory>" + rootFolder + "</directory></staticFile></staticFiles>.");
      }
      return;
    }
    String folder = rootFolder;
    Optional<SourcedSetting> match = mappings.stream().filter(s -> lastSegment(s.setting().value()).equals(folder)).findFirst();
    if (match.isEmpty()) {
      SourcedSetting first = mappings.get(0);
      problems.warn(rootFile + ": STATIC_ROOT ends in '" + rootFolder + "', but " + first.source() + " maps "
          + first.setting().optionName() + " to folder '" + first.setting().value().trim() + "', so collectstatic writes where"
          + " the proxy does not look and the static files answer 404. Make them the same folder.");
      return;
    }
    Matcher url = STATIC_URL.matcher(String.join("\n", sources.values()));
    if (url.find() && !trimSlashes(url.group(1)).equals(trimSlashes(match.get().setting().optionName()))
        && !url.group(1).contains("://")) {
      problems.warn(rootFile + ": STATIC_URL is '" + url.group(1) + "', but " + match.get().source() + " serves the static files at "
          + match.get().setting().optionName() + ", so the pages link to files the proxy does not serve. Use the same path.");
    }
  }

  private static String lastSegment(String path) {
    String trimmed = trimSlashes(path.trim());
    return trimmed.contains("/") ? trimmed.substring(trimmed.lastIndexOf('/') + 1) : trimmed;
  }

  private static String trimSlashes(String path) {
    String trimmed = path;
    while (trimmed.startsWith("/") || trimmed.startsWith("./")) {
      trimmed = trimmed.substring(trimmed.startsWith("./") ? 2 : 1);
    }
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed;
  }

  // ---- log files ----

  private void checkLogFiles() {
    boolean djangoRunsAsRoot = commands.stream().anyMatch(c -> c.container() && c.command().contains("manage.py"));
    if (!djangoRunsAsRoot) {
      return;
    }
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Matcher m = LOG_FILE.matcher(source.getValue());
      while (m.find()) {
        String path = m.group(1);
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : path;
        boolean prepared = commands.stream()
            .anyMatch(c -> c.command().contains("chown") && (c.command().contains(path) || !folder.isEmpty() && c.command().contains(folder)));
        if (!prepared) {
          problems.warn(source.getKey() + ": the logging handler writes " + path + ", and container commands run manage.py as root,"
              + " so the first of them creates that file owned by root and the application (user webapp on Amazon Linux 2 and 2023)"
              + " then cannot write it (PermissionError). Create the file for webapp first, for example a command:"
              + " mkdir -p " + (folder.isEmpty() ? "/var/log/app" : folder) + " && touch " + path + " && chown webapp:webapp " + path);
        }
      }
    }
  }

  /** The seed's log commands name a folder and a user of the Amazon Linux AMI platforms only. */
  private static void checkLegacyLogFolder(List<CommandText> commands, TargetEnvironment target, Problems problems) {
    if (target.platform() == null || !PlatformTraits.amazonLinux2OrLater(target.platform())) {
      return;
    }
    for (CommandText command : commands) {
      String text = command.command();
      if (text.contains("/opt/python/log") || text.matches("(?s).*\\bchown\\s+\\S*:wsgi\\b.*")) {
        problems.warn(command.source() + ": /opt/python/log and the wsgi user exist only on the Amazon Linux AMI platforms; on"
            + " platform '" + target.platform() + "' (Amazon Linux 2 or 2023) the folder does not exist, so the command fails and"
            + " the deployment with it. Log to a folder you create for the webapp user instead: mkdir -p /var/log/app && chown webapp:webapp /var/log/app");
      }
    }
  }
}
