package io.github.ebmaven.maven;

import io.github.ebmaven.config.ConfigKey;
import io.github.ebmaven.config.Layer;
import io.github.ebmaven.config.SmokeTest;
import io.github.ebmaven.extensions.ExtensionsConfig;
import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.report.EbException;
import java.io.File;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A mojo's parameters as one configuration layer: the mojo Maven configured from the POM is the
 * POM layer, a copy configured from a target's {@code <environment>} element is that target's
 * layer. Every parameter named like a {@link ConfigKey}'s element is read the same way, so no goal
 * can give one setting another precedence.
 */
final class MojoLayer implements Layer {

  private final AbstractEbMojo mojo;

  MojoLayer(AbstractEbMojo mojo) {
    this.mojo = mojo;
  }

  @Override
  public String value(ConfigKey key) {
    Field field = field(mojo.getClass(), key.element());
    if (field == null) {
      return null;
    }
    try {
      field.setAccessible(true);
      return text(field.get(mojo));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read parameter " + key.element() + " of " + mojo.getClass().getName(), e);
    }
  }

  /** The field of {@code type} (or a superclass) named {@code name}, or null. */
  static Field field(Class<?> type, String name) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        return c.getDeclaredField(name);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    return null;
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof File file) {
      return file.getPath();
    }
    if (value instanceof Collection<?> list) {
      return list.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
    return String.valueOf(value);
  }

  @Override
  public ExtensionsConfig extensions() throws EbException {
    return mojo.extensionsConfig();
  }

  @Override
  public List<OptionSetting> creationOptionSettings() throws EbException {
    return mojo.creationOptionSettings();
  }

  @Override
  public Map<String, String> tags() {
    return mojo.tags();
  }

  @Override
  public List<OptionSetting> inactiveSettings() throws EbException {
    return mojo.inactiveSettingsConfig();
  }

  @Override
  public List<SmokeTest> smokeTests() throws EbException {
    return mojo.smokeTestsConfig();
  }
}
