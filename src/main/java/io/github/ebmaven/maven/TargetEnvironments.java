package io.github.ebmaven.maven;

import io.github.ebmaven.config.Layer;
import io.github.ebmaven.config.TargetDeclaration;
import io.github.ebmaven.extensions.Suggestions;
import io.github.ebmaven.report.EbException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.codehaus.plexus.classworlds.ClassWorld;
import org.codehaus.plexus.classworlds.realm.ClassRealm;
import org.codehaus.plexus.component.configurator.BasicComponentConfigurator;
import org.codehaus.plexus.component.configurator.ComponentConfigurationException;
import org.codehaus.plexus.configuration.DefaultPlexusConfiguration;
import org.codehaus.plexus.configuration.PlexusConfiguration;

/**
 * The POM's {@code <environments>}: each {@code <environment>} has an {@code <id>}, optional {@code
 * <branches>}, and any parameter of the plugin as an override. A target's layer is a fresh copy of
 * the running mojo configured by Maven's own configurator from the target's elements, so every
 * parameter converts exactly as it does at the top of {@code <configuration>}; elements of other
 * goals are left to those goals, and an element no goal has fails naming it.
 */
final class TargetEnvironments {

  static final String ELEMENT = "environments";
  private static final String ID = "id";
  private static final String BRANCHES = "branches";
  /** Elements a target cannot override: the selection itself. */
  private static final Set<String> NOT_OVERRIDABLE = Set.of("target", ELEMENT);
  private static final Pattern ID_PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private final AbstractEbMojo mojo;
  private final PlexusConfiguration environments;
  private final Map<String, Layer> layers = new HashMap<>();
  private List<TargetDeclaration> declarations;

  TargetEnvironments(AbstractEbMojo mojo, PlexusConfiguration environments) {
    this.mojo = mojo;
    this.environments = environments;
  }

  /** The targets, checked: every entry is an {@code <environment>} with a unique {@code <id>}. */
  List<TargetDeclaration> declarations() throws EbException {
    if (declarations != null) {
      return declarations;
    }
    List<TargetDeclaration> found = new ArrayList<>();
    PlexusConfiguration[] entries = environments == null ? new PlexusConfiguration[0] : environments.getChildren();
    for (int i = 0; i < entries.length; i++) {
      PlexusConfiguration entry = entries[i];
      String where = "<environments>/<" + entry.getName() + ">[" + (i + 1) + "]";
      if (!"environment".equals(entry.getName())) {
        throw new EbException(where + ": <environments> holds <environment> elements only; rename it <environment>.");
      }
      String id = childValue(entry, ID);
      if (id == null) {
        throw new EbException(where + " has no <id>; give it one, for example <id>staging</id>.");
      }
      if (!ID_PATTERN.matcher(id).matches()) {
        throw new EbException(where + ": <id> '" + id + "' must be letters, digits, '.', '_' or '-' (it is typed as"
            + " -Deb.target=" + "<id>), for example <id>staging</id>.");
      }
      if (found.stream().anyMatch(t -> t.id().equals(id))) {
        throw new EbException(where + ": another <environment> already has <id>" + id + "</id>; give each its own id.");
      }
      found.add(new TargetDeclaration(id, branches(entry.getChild(BRANCHES, false))));
    }
    declarations = List.copyOf(found);
    return declarations;
  }

  /** The overrides of the declared target {@code id}, as a layer of this goal's parameters. */
  Layer layer(String id) throws EbException {
    Layer cached = layers.get(id);
    if (cached != null) {
      return cached;
    }
    declarations();
    PlexusConfiguration entry = Arrays.stream(environments.getChildren())
        .filter(e -> id.equals(childValue(e, ID)))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no target " + id));
    String where = "<environments>/<environment> " + id;
    DefaultPlexusConfiguration overrides = new DefaultPlexusConfiguration("configuration");
    for (PlexusConfiguration element : entry.getChildren()) {
      String name = element.getName();
      if (name.equals(ID) || name.equals(BRANCHES)) {
        continue;
      }
      if (NOT_OVERRIDABLE.contains(name)) {
        throw new EbException(where + ": <" + name + "> cannot be set inside a target environment (it selects one);"
            + " move it to the plugin's <configuration>, or select the target with -Deb.target=" + id + ".");
      }
      if (!PluginParameters.names().contains(name)) {
        throw new EbException(where + ": <" + name + "> is not a parameter of this plugin."
            + Suggestions.closest(name, PluginParameters.names()).map(s -> " Did you mean <" + s + ">?")
                .orElse(" A target overrides the plugin's parameters, such as <environmentName> or <optionSettings>."));
      }
      if (MojoLayer.field(mojo.getClass(), name) != null) {
        overrides.addChild(element);
      }
    }
    AbstractEbMojo copy = mojo.blankCopy();
    try {
      new BasicComponentConfigurator().configureComponent(copy, overrides, realm());
    } catch (ComponentConfigurationException e) {
      throw new EbException(where + ": " + e.getMessage() + ". Fix that element of the environment " + id + ".", e);
    }
    Layer layer = new MojoLayer(copy);
    layers.put(id, layer);
    return layer;
  }

  /** {@code <branches>main,release/*</branches>}, or one {@code <branch>} element per branch. */
  private static List<String> branches(PlexusConfiguration branches) {
    if (branches == null) {
      return List.of();
    }
    Set<String> globs = new LinkedHashSet<>();
    if (branches.getChildCount() > 0) {
      for (PlexusConfiguration branch : branches.getChildren()) {
        add(globs, branch.getValue(null));
      }
    } else {
      for (String part : String.valueOf(branches.getValue(null)).split(",")) {
        add(globs, part);
      }
    }
    return List.copyOf(globs);
  }

  private static void add(Set<String> globs, String glob) {
    if (glob != null && !glob.isBlank() && !"null".equals(glob)) {
      globs.add(glob.trim());
    }
  }

  private static String childValue(PlexusConfiguration entry, String name) {
    PlexusConfiguration child = entry.getChild(name, false);
    String value = child == null ? null : child.getValue(null);
    return value == null || value.isBlank() ? null : value.trim();
  }

  private ClassRealm realm() {
    ClassLoader loader = mojo.getClass().getClassLoader();
    return loader instanceof ClassRealm realm ? realm : new ClassWorld("eb-target-environments", loader).getClassRealm("eb-target-environments");
  }
}
