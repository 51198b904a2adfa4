package io.github.ebmaven.config;

import io.github.ebmaven.extensions.ExtensionsConfig;
import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.report.EbException;
import java.util.List;
import java.util.Map;

/**
 * One layer of the configuration as the user wrote it, unparsed: the POM's common configuration,
 * or the overrides of one target environment ({@code <environments><environment>}). Everything a
 * layer leaves unset is null or empty, so layers can be merged.
 */
public interface Layer {

  /** The layer's value of a single-value setting, or null. */
  String value(ConfigKey key);

  /** The {@code .ebextensions} configuration (option settings, commands, shortcuts...). */
  ExtensionsConfig extensions() throws EbException;

  /** Options EB only takes when an environment is created ({@code <creationOptionSettings>}). */
  List<OptionSetting> creationOptionSettings() throws EbException;

  /** Tags of a new environment ({@code <tags>}). */
  Map<String, String> tags();

  /** Option settings that scale an idle blue/green environment down ({@code <inactiveSettings>}). */
  List<OptionSetting> inactiveSettings() throws EbException;

  /** HTTP checks of a newly deployed environment ({@code <smokeTests>}). */
  List<SmokeTest> smokeTests() throws EbException;

  /** A layer that sets nothing. */
  Layer EMPTY =
      new Layer() {
        @Override
        public String value(ConfigKey key) {
          return null;
        }

        @Override
        public ExtensionsConfig extensions() {
          return ExtensionsConfig.EMPTY;
        }

        @Override
        public List<OptionSetting> creationOptionSettings() {
          return List.of();
        }

        @Override
        public Map<String, String> tags() {
          return Map.of();
        }

        @Override
        public List<OptionSetting> inactiveSettings() {
          return List.of();
        }

        @Override
        public List<SmokeTest> smokeTests() {
          return List.of();
        }
      };
}
