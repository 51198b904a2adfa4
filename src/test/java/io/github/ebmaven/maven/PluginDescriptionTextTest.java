package io.github.ebmaven.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.tools.plugin.generator.HtmlToPlainTextConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every goal's and every parameter's description reaches the user whole: in {@code plugin.xml}, in
 * {@code eb:help} (which prints {@code plugin-help.xml} as it is) and in {@code help:describe}
 * (which parses {@code plugin.xml}'s plain text as HTML again, with the converter used here, so a
 * {@code <region>} written in the Javadoc would vanish there as an unknown tag). Each text is
 * compared with the Javadoc it was generated from.
 */
class PluginDescriptionTextTest {

  private static final List<Path> SOURCE_ROOTS = List.of(Path.of("src/main/java"), Path.of("target/generated-sources/plugin"));
  private static final Map<Class<?>, String> SOURCES = new ConcurrentHashMap<>();
  private static final Pattern JAVADOC = Pattern.compile("/\\*\\*((?:[^*]|\\*(?!/))*)\\*/");
  private static final Pattern ANNOTATIONS = Pattern.compile("\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*");
  private static final Pattern HTML_TAG =
      Pattern.compile("</?(?:p|ul|ol|li|b|i|em|strong|code|pre|br|tt|dl|dt|dd|a)(?:\\s[^>]*)?/?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|literal)\\s");
  private static final Pattern PROPERTY_NAMED = Pattern.compile("\\bProperty (eb\\.[\\w.]*\\w)");

  /** A goal's description (parameter null) or a parameter's, with the Javadoc it came from. */
  record Described(String goal, String parameter, String description, String property, String javadoc) {
    /** The help goal and its parameters: written by maven-plugin-plugin's template, not by this project. */
    boolean generated() {
      return goal.equals("help");
    }

    @Override
    public String toString() {
      return "eb:" + goal + (parameter == null ? "" : " " + parameter);
    }
  }

  static Stream<Described> descriptions() throws Exception {
    List<Described> all = new ArrayList<>();
    for (PluginDescriptors.Goal goal : PluginDescriptors.goals(PluginDescriptors.PLUGIN_XML)) {
      Class<?> mojo = Class.forName(goal.implementation());
      all.add(new Described(goal.name(), null, goal.description(), null, classJavadoc(mojo)));
      for (PluginDescriptors.GoalParameter parameter : goal.parameters()) {
        if (parameter.editable()) {
          Field field = MojoLayer.field(mojo, parameter.name());
          assertThat(field).as("eb:%s %s is a field of %s", goal.name(), parameter.name(), mojo).isNotNull();
          all.add(
              new Described(goal.name(), parameter.name(), parameter.description(), parameter.property(), fieldJavadoc(field)));
        }
      }
    }
    assertThat(all).as("goals and their settable parameters").hasSizeGreaterThan(300);
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("descriptions")
  void helpDescribeRendersTheWholeDescription(Described described) {
    assertThat(described.description()).as("%s has a description", described).isNotBlank();
    String rendered = new HtmlToPlainTextConverter().convert(described.description());
    if (!described.generated()) {
      // The help goal's own description ("-Dgoal=<goal-name>") comes from maven-plugin-plugin's template.
      assertThat(normalized(rendered)).as("%s in help:describe", described).isEqualTo(normalized(described.description()));
    }
    assertThat(rendered).as("%s in help:describe", described).doesNotContainPattern("\\(\\s*\\)");
  }

  @ParameterizedTest
  @MethodSource("descriptions")
  void theDescriptionSaysEverythingTheJavadocSays(Described described) {
    String rendered = normalized(new HtmlToPlainTextConverter().convert(described.description()));
    for (String code : inlineTags(described.javadoc())) {
      assertThat(rendered).as("%s shows {@code %s}", described, code).contains(code);
    }
    if (!described.generated()) {
      assertThat(words(rendered)).as("%s: the words of its Javadoc, in order", described).isEqualTo(words(plain(described.javadoc())));
    }
  }

  @ParameterizedTest
  @MethodSource("descriptions")
  void aParameterNamesItsOwnPropertyAndItsDefault(Described described) {
    if (described.parameter() == null || described.generated()) {
      return;
    }
    String text = normalized(described.description());
    List<String> named = PROPERTY_NAMED.matcher(text).results().map(m -> m.group(1)).toList();
    if (described.property() != null && described.property().startsWith("eb.")) {
      assertThat(named).as("%s names its property", described).isNotEmpty().containsOnly(described.property());
    } else {
      assertThat(named).as("%s has no eb.* property", described).isEmpty();
      assertThat(text).as("%s says it has no property", described).containsAnyOf("No property", "No eb.* property");
    }
    assertThat(text.toLowerCase()).as("%s names its default", described).contains("default");
  }

  @Test
  void ebHelpPrintsTheSameTextsAsPluginXml() {
    Map<String, PluginDescriptors.Goal> full = byName(PluginDescriptors.goals(PluginDescriptors.PLUGIN_XML));
    Map<String, PluginDescriptors.Goal> help = byName(PluginDescriptors.goals(PluginDescriptors.HELP_XML));
    assertThat(help.keySet()).isEqualTo(full.keySet()).contains("help", "package", "deploy", "ssh");
    for (PluginDescriptors.Goal goal : help.values()) {
      assertThat(goal.description()).as("eb:%s", goal.name()).isEqualTo(full.get(goal.name()).description());
      Map<String, String> descriptions =
          full.get(goal.name()).parameters().stream()
              .filter(PluginDescriptors.GoalParameter::editable)
              .collect(Collectors.toMap(PluginDescriptors.GoalParameter::name, PluginDescriptors.GoalParameter::description));
      for (PluginDescriptors.GoalParameter parameter : goal.parameters()) {
        assertThat(parameter.description()).as("eb:%s %s", goal.name(), parameter.name()).isEqualTo(descriptions.get(parameter.name()));
      }
    }
  }

  private static Map<String, PluginDescriptors.Goal> byName(List<PluginDescriptors.Goal> goals) {
    return goals.stream().collect(Collectors.toMap(PluginDescriptors.Goal::name, Function.identity()));
  }

  /** The contents of the {@code {@code ...}} and {@code {@literal ...}} tags. */
  private static List<String> inlineTags(String javadoc) {
    List<String> contents = new ArrayList<>();
    Matcher tag = INLINE_TAG.matcher(javadoc);
    while (tag.find()) {
      contents.add(normalized(javadoc.substring(tag.end(), closingBrace(javadoc, tag.end()))));
    }
    return contents;
  }

  /** The Javadoc as a reader sees it: inline tags unwrapped, HTML formatting tags and entities resolved. */
  private static String plain(String javadoc) {
    StringBuilder text = new StringBuilder();
    Matcher tag = INLINE_TAG.matcher(javadoc);
    int from = 0;
    while (tag.find(from)) {
      int end = closingBrace(javadoc, tag.end());
      text.append(javadoc, from, tag.start()).append(javadoc, tag.end(), end);
      from = end + 1;
    }
    text.append(javadoc.substring(from));
    return HTML_TAG.matcher(text).replaceAll(" ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  /** The index of the brace closing an inline tag whose content starts at {@code from}: braces nest. */
  private static int closingBrace(String javadoc, int from) {
    int depth = 1;
    for (int i = from; i < javadoc.length(); i++) {
      depth += javadoc.charAt(i) == '{' ? 1 : javadoc.charAt(i) == '}' ? -1 : 0;
      if (depth == 0) {
        return i;
      }
    }
    throw new AssertionError("unclosed inline tag in: " + javadoc);
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
  }

  private static String normalized(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }

  private static String classJavadoc(Class<?> type) {
    return javadocBefore(
        type, Pattern.compile("(?:public\\s+)?(?:abstract\\s+)?(?:final\\s+)?class\\s+" + type.getSimpleName() + "\\b"));
  }

  private static String fieldJavadoc(Field field) {
    return javadocBefore(
        field.getDeclaringClass(),
        Pattern.compile("(?:(?:public|protected|private|final|static)\\s+)*[\\w.<>, ?\\[\\]]+\\s+" + field.getName() + "\\s*[;=]"));
  }

  /** The main description of the Javadoc comment that, past annotations, precedes {@code declaration}. */
  private static String javadocBefore(Class<?> type, Pattern declaration) {
    String source = source(type);
    Matcher javadoc = JAVADOC.matcher(source);
    while (javadoc.find()) {
      Matcher annotations = ANNOTATIONS.matcher(source).region(javadoc.end(), source.length());
      if (annotations.lookingAt() && declaration.matcher(source).region(annotations.end(), source.length()).lookingAt()) {
        return mainDescription(javadoc.group(1));
      }
    }
    throw new AssertionError("no Javadoc before " + declaration + " in " + type);
  }

  /** The comment's text before its block tags, without the leading stars. */
  private static String mainDescription(String comment) {
    StringBuilder text = new StringBuilder();
    for (String line : comment.split("\n")) {
      String stripped = line.strip().replaceFirst("^\\*\\s?", "");
      if (stripped.startsWith("@")) {
        break;
      }
      text.append(stripped).append('\n');
    }
    return text.toString();
  }

  private static String source(Class<?> type) {
    return SOURCES.computeIfAbsent(type, PluginDescriptionTextTest::read);
  }

  private static String read(Class<?> type) {
    String file = type.getName().replace('.', '/') + ".java";
    for (Path root : SOURCE_ROOTS) {
      Path path = root.resolve(file);
      if (Files.exists(path)) {
        try {
          return Files.readString(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new AssertionError("no source for " + type + " under " + SOURCE_ROOTS);
  }
}
