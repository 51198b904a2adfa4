package io.github.ebmaven.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptorBuilder;
import org.codehaus.plexus.configuration.PlexusConfigurationException;

/**
 * The names of every parameter of every goal of this plugin, read from its own descriptor (the
 * {@code META-INF/maven/plugin.xml} next to its classes): what a target environment may override.
 */
final class PluginParameters {

  private static Set<String> names;

  private PluginParameters() {}

  static synchronized Set<String> names() {
    if (names == null) {
      Set<String> all = new TreeSet<>();
      for (MojoDescriptor mojo : descriptor().getMojos()) {
        for (Parameter parameter : mojo.getParameters()) {
          if (parameter.isEditable()) {
            all.add(parameter.getName());
          }
        }
      }
      names = Set.copyOf(all);
    }
    return names;
  }

  private static PluginDescriptor descriptor() {
    URL location = AbstractEbMojo.class.getProtectionDomain().getCodeSource().getLocation();
    try {
      URL file = location.getPath().endsWith(".jar")
          ? new URL("jar:" + location + "!/META-INF/maven/plugin.xml")
          : new URL(location, "META-INF/maven/plugin.xml");
      try (InputStream in = file.openStream();
          Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return new PluginDescriptorBuilder().build(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the plugin descriptor next to " + location, e);
    } catch (PlexusConfigurationException e) {
      throw new IllegalStateException("Cannot read the plugin descriptor next to " + location, e);
    }
  }
}
