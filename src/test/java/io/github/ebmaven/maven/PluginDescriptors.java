package io.github.ebmaven.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The plugin descriptors maven-plugin-plugin writes, read from the classpath (the build's {@code
 * target/classes}): {@code plugin.xml}, which Maven and {@code help:describe} read, and {@code
 * plugin-help.xml}, which {@code eb:help} prints. Used by unit tests and by invoker {@code
 * verify.groovy} scripts.
 */
public final class PluginDescriptors {

  /** The descriptor Maven loads, and {@code help:describe} renders. */
  public static final String PLUGIN_XML = "/META-INF/maven/plugin.xml";

  /** The descriptor the generated {@code eb:help} goal prints. */
  public static final String HELP_XML = "/META-INF/maven/io.github.ebmaven/eb-maven-plugin/plugin-help.xml";

  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]+)}");

  private PluginDescriptors() {}

  /** One goal: its name, mojo class, description and parameters in descriptor order. */
  public record Goal(String name, String implementation, String description, List<GoalParameter> parameters) {}

  /**
   * One parameter: whether a POM or {@code -D} can set it, its description, and the property of its
   * {@code ${...}} expression (null when it has none).
   */
  public record GoalParameter(String name, boolean editable, String description, String property) {}

  /** The goals of the descriptor at {@code resource}, such as {@link #PLUGIN_XML}. */
  public static List<Goal> goals(String resource) {
    Document document = parse(resource);
    List<Goal> goals = new ArrayList<>();
    for (Element mojo : children(child(document.getDocumentElement(), "mojos"), "mojo")) {
      Map<String, String> properties = new HashMap<>();
      Element configuration = child(mojo, "configuration");
      if (configuration != null) {
        for (Element setting : children(configuration, null)) {
          Matcher expression = EXPRESSION.matcher(setting.getTextContent());
          if (expression.matches()) {
            properties.put(setting.getTagName(), expression.group(1));
          }
        }
      }
      List<GoalParameter> parameters = new ArrayList<>();
      for (Element parameter : children(child(mojo, "parameters"), "parameter")) {
        String name = text(parameter, "name");
        parameters.add(
            new GoalParameter(
                name, Boolean.parseBoolean(text(parameter, "editable")), text(parameter, "description"), properties.get(name)));
      }
      goals.add(new Goal(text(mojo, "goal"), text(mojo, "implementation"), text(mojo, "description"), parameters));
    }
    return goals;
  }

  private static Document parse(String resource) {
    try (InputStream in = PluginDescriptors.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath: run the build's process-classes phase first");
      }
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException(resource + " is not a readable descriptor", e);
    }
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> children = new ArrayList<>();
    if (parent == null) {
      return children;
    }
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && (name == null || element.getTagName().equals(name))) {
        children.add(element);
      }
    }
    return children;
  }

  private static Element child(Element parent, String name) {
    List<Element> children = children(parent, name);
    return children.isEmpty() ? null : children.get(0);
  }

  private static String text(Element parent, String name) {
    Element child = child(parent, name);
    return child == null ? null : child.getTextContent();
  }
}
