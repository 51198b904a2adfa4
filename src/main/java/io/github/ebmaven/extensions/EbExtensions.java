package io.github.ebmaven.extensions;

import io.github.ebmaven.bundle.BundleView;
import io.github.ebmaven.bundle.GeneratedContent;
import io.github.ebmaven.report.Reporter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * The one entry point for {@code .ebextensions}: validates the POM's settings and the project's
 * hand-written {@code .ebextensions/*.config} files, then renders the POM's settings into files
 * for the bundle. Runs offline, before any AWS call.
 */
public final class EbExtensions implements GeneratedContent {

  private static final String CONFIG_DIRECTORY = ".ebextensions/";

  private final ExtensionsConfig config;
  private final ValidationMode mode;
  private final Reporter reporter;
  private final PomSettings pomSettings;
  private List<OptionSetting> bundleSettings = List.of();

  public EbExtensions(ExtensionsConfig config, ValidationMode mode, Reporter reporter) {
    this.config = Objects.requireNonNull(config, "config");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.reporter = Objects.requireNonNull(reporter, "reporter");
    this.pomSettings = PomSettings.of(config);
  }

  /**
   * Every option setting the POM makes: explicit ones, environment variables and shortcuts, one
   * per namespace and option (when two elements contradict, the first; {@link #prepare} fails).
   */
  /** Values of settings that must never be printed (environment variables whose names look secret). */
  public List<String> secretValues() {
    return optionSettings().stream().filter(Secrets::isSecret).map(OptionSetting::value).toList();
  }

  /**
   * Every option setting the bundle carries, hand-written files first, then the POM's; empty until
   * {@link #prepare} ran.
   */
  public List<OptionSetting> bundleOptionSettings() {
    return bundleSettings;
  }

  public List<OptionSetting> optionSettings() {
    return pomSettings.settings();
  }

  @Override
  public SortedMap<String, byte[]> generate(BundleView view) throws ExtensionsException {
    return prepare(view);
  }

  /**
   * Validates, reports warnings, and returns the generated files (entry name to UTF-8 bytes).
   *
   * @throws ExtensionsException listing every problem: always for contradictions and settings
   *     that cannot be rendered, and for validation errors in mode {@link ValidationMode#ERROR}
   */
  public SortedMap<String, byte[]> prepare(BundleView bundle) throws ExtensionsException {
    List<String> fatal = new ArrayList<>(pomSettings.contradictions());
    Problems problems = new Problems();

    Map<String, Command> commands =
        named(config.commands(), "<commands>", "<command>", "commands", Command::name, Command::command, fatal);
    Map<String, ContainerCommand> containerCommands =
        named(
            config.containerCommands(), "<containerCommands>", "<containerCommand>", "container_commands",
            ContainerCommand::name, ContainerCommand::command, fatal);
    TypedContent.addContainerCommands(config, containerCommands, fatal);
    checkPomElements(fatal);
    List<ExtensionFile> files = TypedContent.files(config, fatal);
    if (mode != ValidationMode.OFF) {
      for (SourcedSetting setting : pomSettings.sourced()) {
        OptionCatalog.get().check(setting.setting(), setting.source(), problems);
      }
    }
    warnAboutSecrets();

    ResourcesBuilder resources = resources(fatal);
    List<HandWritten> handWritten = readHandWritten(bundle, problems, fatal);
    List<SourcedSetting> allSettings = new ArrayList<>();
    for (HandWritten file : handWritten) {
      checkContradictions(file, commands, containerCommands, resources, fatal);
      allSettings.addAll(file.settings());
    }
    allSettings.addAll(pomSettings.sourced());
    bundleSettings = allSettings.stream().map(SourcedSetting::setting).toList();
    TypedRules.check(config, allSettings, fatal, problems);
    if (mode != ValidationMode.OFF) {
      checkMinMaxSize(allSettings, problems);
      EnvironmentProperties.checkTotal(allSettings, problems);
      List<CommandText> commandTexts = commandTexts(commands, containerCommands, handWritten);
      // The catalog is parsed on first use only: a project without settings never pays for it.
      if (!allSettings.isEmpty()) {
        List<String> containerCommandTexts = commandTexts.stream().filter(CommandText::container).map(CommandText::command).toList();
        PythonHints.check(allSettings, bundle.paths(), containerCommandTexts, OptionCatalog.get(), problems);
      }
      DjangoHints.check(allSettings, bundle, commandTexts, config.target(), OptionCatalog::get, problems);
    }

    problems.warnings().forEach(reporter::warn);
    List<String> failures = new ArrayList<>(fatal);
    if (mode == ValidationMode.ERROR) {
      failures.addAll(problems.errors());
    } else {
      problems.errors().forEach(reporter::warn);
    }
    if (!failures.isEmpty()) {
      throw new ExtensionsException(failures);
    }
    SortedMap<String, byte[]> generated =
        ConfigRenderer.render(
            new ConfigRenderer.Model(
                pomSettings.rendered(), commands, containerCommands, files, resources.resources(), config.nginx().orElse(null)));
    generated.putAll(TypedContent.platformFiles(config, allSettings));
    reporter.debug(generated.isEmpty() ? "Generated no files: the POM configures none" : "Generated " + String.join(", ", generated.keySet()));
    return generated;
  }

  /** Every command and container command, the POM's and the hand-written files', with where each is written. */
  private List<CommandText> commandTexts(
      Map<String, Command> commands, Map<String, ContainerCommand> containerCommands, List<HandWritten> handWritten) {
    List<CommandText> texts = new ArrayList<>();
    int position = 1;
    for (Command command : commands.values()) {
      texts.add(new CommandText("<commands>/<command>[" + position++ + "]", String.valueOf(command.command()), false));
    }
    position = 1;
    for (ContainerCommand command : containerCommands.values()) {
      String source = CloudWatchAgent.COMMAND_NAME.equals(command.name()) ? "<cloudWatch>" : "<containerCommands>/<containerCommand>[" + position++ + "]";
      texts.add(new CommandText(source, String.valueOf(command.command()), true));
    }
    for (HandWritten file : handWritten) {
      for (String key : List.of("commands", "container_commands")) {
        DocumentReader.commandEntries(file.document(), key)
            .forEach((name, body) -> texts.add(
                new CommandText(file.document().at(key, name), String.valueOf(body.get("command")), key.equals("container_commands"))));
      }
    }
    return texts;
  }

  /**
   * Checks names and commands and returns the entries keyed by the names EB will sort, renamed
   * when EB's alphabetical order differs from the POM's.
   */
  private <T> Map<String, T> named(
      List<T> entries, String element, String child, String key, Function<T, String> name, Function<T, String> command,
      List<String> fatal) {
    List<String> names = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      String where = element + "/" + child + "[" + (i + 1) + "]";
      String entryName = name.apply(entries.get(i));
      if (entryName == null || entryName.isBlank()) {
        fatal.add(where + ": <name> is missing; give the command a short name such as 'migrate'.");
      } else if (!seen.add(entryName)) {
        fatal.add(where + ": the name '" + entryName + "' is used twice; give each entry its own <name>.");
      }
      if (command.apply(entries.get(i)) == null || command.apply(entries.get(i)).isBlank()) {
        fatal.add(where + ": <command> is missing; add the shell command to run.");
      }
      names.add(entryName == null ? "" : entryName.trim());
    }
    List<String> rendered = CommandNaming.inRunOrder(names);
    CommandNaming.note(element, key, names, rendered).ifPresent(reporter::info);
    Map<String, T> byName = new LinkedHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      byName.put(rendered.get(i), entries.get(i));
    }
    return byName;
  }

  private void checkPomElements(List<String> fatal) {
    List<ExtensionFile> files = config.files();
    for (int i = 0; i < files.size(); i++) {
      String path = files.get(i).path();
      if (path == null || !path.startsWith("/")) {
        fatal.add("<files>/<file>[" + (i + 1) + "]: <path> must be an absolute path on the instance, such as /etc/example.conf.");
      }
    }
    List<StaticFile> staticFiles = config.staticFiles();
    for (int i = 0; i < staticFiles.size(); i++) {
      StaticFile staticFile = staticFiles.get(i);
      String where = "<staticFiles>/<staticFile>[" + (i + 1) + "]";
      if (staticFile.urlPath() == null || !staticFile.urlPath().startsWith("/")) {
        fatal.add(where + ": <urlPath> must start with '/', for example /static.");
      }
      if (staticFile.directory() == null || staticFile.directory().isBlank()) {
        fatal.add(where + ": <directory> is missing; name the bundle folder to serve, for example static.");
      }
    }
    config.autoScalingHealthCheck()
        .ifPresent(
            check -> {
              if (check.type() != null && !check.type().equals("EC2") && !check.type().equals("ELB")) {
                fatal.add("<autoScalingHealthCheck><type>: '" + check.type() + "' is not a health check type; use ELB or EC2.");
              }
              if (check.gracePeriod() != null && check.gracePeriod() < 0) {
                fatal.add("<autoScalingHealthCheck><gracePeriod>: " + check.gracePeriod() + " is negative; use seconds, for example 300.");
              }
            });
    config.https()
        .ifPresent(
            https -> {
              if (https.certificateArn() == null || !https.certificateArn().trim().startsWith("arn:")) {
                fatal.add("<https><certificateArn>: '" + https.certificateArn()
                    + "' is not an ARN; copy the certificate's ARN from ACM (arn:aws:acm:region:account:certificate/id).");
              }
            });
  }

  private void warnAboutSecrets() {
    config.environmentVariables()
        .keySet()
        .stream()
        .filter(Secrets::looksSecret)
        .forEach(
            name ->
                reporter.warn(
                    "<environmentVariables>/<" + name + ">: the value is written in plain text into the source bundle stored in S3 "
                        + "and shown in the EB console. Keep secrets out of the POM: use aws:elasticbeanstalk:application:environmentsecrets "
                        + "or set the variable on the environment instead."));
  }

  private ResourcesBuilder resources(List<String> fatal) {
    ResourcesBuilder resources = new ResourcesBuilder();
    config.resources().ifPresent(yaml -> resources.addYaml(yaml, fatal));
    config.autoScalingHealthCheck().ifPresent(check -> resources.addAutoScalingHealthCheck(check, fatal));
    config.https().filter(Https::redirectHttp).ifPresent(https -> resources.addHttpsRedirect(fatal));
    TypedContent.addResources(config, resources, fatal);
    return resources;
  }

  /** A parsed hand-written file and the option settings read from it. */
  private record HandWritten(ConfigDocument document, List<SourcedSetting> settings) {}

  private List<HandWritten> readHandWritten(BundleView bundle, Problems problems, List<String> fatal) {
    List<HandWritten> files = new ArrayList<>();
    for (String path : bundle.paths()) {
      if (!path.startsWith(CONFIG_DIRECTORY) || !path.endsWith(".config") || path.indexOf('/', CONFIG_DIRECTORY.length()) >= 0) {
        continue;
      }
      if (path.equals(ConfigRenderer.CONFIG_FILE)) {
        fatal.add(path + ": this name is reserved for the file eb-maven-plugin generates; rename your file or remove it if it is an old generated copy.");
        continue;
      }
      Problems fileProblems = new Problems();
      try {
        ConfigDocument document = ConfigParser.parse(path, bundle.read(path));
        List<SourcedSetting> settings = DocumentReader.optionSettings(document, fileProblems);
        new DocumentValidator(OptionCatalog.get()).validate(document, settings, fileProblems);
        files.add(new HandWritten(document, settings));
      } catch (ConfigParser.SyntaxError e) {
        fileProblems.error(e.getMessage());
      } catch (IOException e) {
        fileProblems.error(path + ": cannot be read from the bundle (" + e.getMessage() + "); check the file's permissions.");
      }
      if (mode != ValidationMode.OFF) {
        fileProblems.errors().forEach(problems::error);
        fileProblems.warnings().forEach(problems::warn);
      }
    }
    return files;
  }

  private void checkContradictions(
      HandWritten file, Map<String, Command> commands, Map<String, ContainerCommand> containerCommands,
      ResourcesBuilder resources, List<String> fatal) {
    Map<String, SourcedSetting> pomByKey = new LinkedHashMap<>();
    pomSettings.sourced().forEach(s -> pomByKey.put(s.setting().key(), s));
    for (SourcedSetting written : file.settings()) {
      SourcedSetting pom = pomByKey.get(written.setting().key());
      if (pom != null && !pom.setting().value().equals(written.setting().value())) {
        fatal.add(
            pom.source() + " sets " + pom.setting().key() + " to " + Secrets.shown(pom.setting()) + " but " + written.source()
                + " sets it to " + Secrets.shown(written.setting()) + ". Keep one: remove the option from "
                + file.document().name() + " or remove " + pom.source() + " from the POM.");
      }
    }
    compareCommands(file, "commands", "<commands>", commands, Command::command, fatal);
    compareCommands(file, "container_commands", "<containerCommands>", containerCommands, ContainerCommand::command, fatal);
    if (file.document().root().get("Resources") instanceof Map<?, ?> written) {
      compareResources(file.document(), resources.resources(), written, List.of("Resources"), fatal);
    }
  }

  private <T> void compareCommands(
      HandWritten file, String key, String element, Map<String, T> generated, Function<T, String> command, List<String> fatal) {
    DocumentReader.commandEntries(file.document(), key)
        .forEach(
            (name, body) -> {
              T ours = generated.get(name);
              if (ours != null && !Objects.equals(String.valueOf(body.get("command")), command.apply(ours))) {
                fatal.add(
                    element + " defines '" + name + "' but " + file.document().at(key, name) + " defines a different " + key
                        + " entry with the same name, and EB keeps only one. Rename one of them.");
              }
            });
  }

  private static void compareResources(
      ConfigDocument document, Object generated, Object written, List<String> path, List<String> fatal) {
    if (generated instanceof Map<?, ?> ours && written instanceof Map<?, ?> theirs) {
      for (Map.Entry<?, ?> entry : ours.entrySet()) {
        if (theirs.containsKey(entry.getKey())) {
          List<String> childPath = new ArrayList<>(path);
          childPath.add(String.valueOf(entry.getKey()));
          compareResources(document, entry.getValue(), theirs.get(entry.getKey()), childPath, fatal);
        }
      }
    } else if (!(generated instanceof Map) && !(generated instanceof List) && !String.valueOf(generated).equals(String.valueOf(written))) {
      String keyPath = String.join(".", path);
      fatal.add(
          "The POM sets " + keyPath + " to '" + generated + "' but " + document.at(path) + " sets it to '" + written
              + "'. Keep one: remove it from " + document.name() + " or from the POM (<resources> or the shortcut that renders it).");
    }
  }

  /** EB refuses an Auto Scaling group whose minimum exceeds its maximum. */
  private static void checkMinMaxSize(List<SourcedSetting> settings, Problems problems) {
    SourcedSetting min = null;
    SourcedSetting max = null;
    for (SourcedSetting sourced : settings) {
      OptionSetting setting = sourced.setting();
      if (setting.namespace().equals("aws:autoscaling:asg") && setting.resourceName() == null) {
        if (setting.optionName().equals("MinSize")) {
          min = sourced;
        } else if (setting.optionName().equals("MaxSize")) {
          max = sourced;
        }
      }
    }
    if (min == null || max == null) {
      return;
    }
    try {
      long minSize = Long.parseLong(min.setting().value().trim());
      long maxSize = Long.parseLong(max.setting().value().trim());
      if (minSize > maxSize) {
        problems.error(
            min.source() + ": aws:autoscaling:asg MinSize " + minSize + " is greater than MaxSize " + maxSize + " set at "
                + max.source() + ". Lower MinSize or raise MaxSize.");
      }
    } catch (NumberFormatException e) {
      // The catalog check already reports a value that is not a whole number.
    }
  }
}
