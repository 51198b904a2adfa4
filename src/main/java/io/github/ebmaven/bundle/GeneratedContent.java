package io.github.ebmaven.bundle;

import io.github.ebmaven.report.EbException;
import java.util.SortedMap;

/**
 * Files the plugin generates into the bundle (for example {@code .ebextensions/*.config} rendered
 * from the POM). They are added after {@code .ebignore} is applied, so it can never drop them.
 */
@FunctionalInterface
public interface GeneratedContent {

  /** Nothing generated. */
  GeneratedContent NONE = view -> new java.util.TreeMap<>();

  /**
   * Returns entry name to bytes for the files to add, after inspecting the files already chosen.
   *
   * @throws EbException when the chosen files or the configuration are invalid
   */
  SortedMap<String, byte[]> generate(BundleView view) throws EbException;
}
