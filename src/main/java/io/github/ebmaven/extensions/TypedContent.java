package io.github.ebmaven.extensions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the typed elements add to the generated files besides option settings: {@code files} and
 * a container command for the CloudWatch agent and the maintenance page, CloudFormation resources
 * for {@code <waf>} and the memory alarm, and the {@code .platform} snippets and hooks of {@code
 * <maintenance>}.
 */
final class TypedContent {

  private TypedContent() {}

  /** The POM's {@code <files>} followed by the files the typed elements write on the instances. */
  static List<ExtensionFile> files(ExtensionsConfig config, List<String> fatal) {
    List<ExtensionFile> files = new ArrayList<>(config.files());
    config.cloudWatch().filter(c -> !c.metrics().isEmpty()).ifPresent(c -> files.add(CloudWatchAgent.configFile(c)));
    config.maintenance()
        .ifPresent(
            m -> {
              try {
                files.add(MaintenanceMode.page(m));
              } catch (IOException e) {
                fatal.add("<maintenance><page>: cannot read " + m.page() + " (" + e.getMessage()
                    + "); point it at an HTML file of the project, saved as UTF-8, or remove it for the plugin's page.");
              }
            });
    for (ExtensionFile typed : files.subList(config.files().size(), files.size())) {
      config.files().stream()
          .filter(f -> typed.path().equals(f.path()))
          .findFirst()
          .ifPresent(f -> fatal.add("<files> writes " + f.path() + ", which the plugin writes for "
              + (typed.path().equals(MaintenanceMode.PAGE_PATH) ? "<maintenance>" : "<cloudWatch>") + "; remove that <file>."));
    }
    return files;
  }

  /** Adds the CloudWatch agent's start command to the container commands, keyed by the names EB sorts. */
  static void addContainerCommands(ExtensionsConfig config, Map<String, ContainerCommand> containerCommands, List<String> fatal) {
    if (config.cloudWatch().map(c -> !c.metrics().isEmpty()).orElse(false)) {
      ContainerCommand start = CloudWatchAgent.startCommand();
      if (containerCommands.containsKey(start.name())) {
        fatal.add("<containerCommands>: the name '" + start.name() + "' is the one <cloudWatch> uses to start the CloudWatch agent;"
            + " rename your container command.");
      } else {
        containerCommands.put(start.name(), start);
      }
    }
  }

  static void addResources(ExtensionsConfig config, ResourcesBuilder resources, List<String> fatal) {
    config.waf().ifPresent(waf -> resources.add(WafResources.of(waf), "<waf>", fatal));
    config.cloudWatch()
        .filter(c -> c.memoryAlarmPercent() != null)
        .ifPresent(c -> resources.add(CloudWatchAgent.memoryAlarm(c), "<cloudWatch><memoryAlarmPercent>", fatal));
  }

  /**
   * The {@code .platform} files of {@code <maintenance>}, entry name to UTF-8 bytes.
   *
   * @param settings every option setting, to find the health check path the maintenance page leaves alone
   */
  static SortedMap<String, byte[]> platformFiles(ExtensionsConfig config, List<SourcedSetting> settings) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    config.maintenance()
        .ifPresent(
            m -> {
              String healthCheckPath = settings.stream()
                  .filter(s -> s.setting().namespace().equals(PomSettings.DEFAULT_PROCESS) && s.setting().optionName().equals("HealthCheckPath"))
                  .map(s -> s.setting().value().trim())
                  .findFirst()
                  .filter(path -> path.startsWith("/") && !path.equals("/") && path.matches("[^\"\\\\\\s;{}]+"))
                  .orElse(null);
              MaintenanceMode.platformFiles(m, healthCheckPath).forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
            });
    return files;
  }
}
