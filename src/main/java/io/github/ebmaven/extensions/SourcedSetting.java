package io.github.ebmaven.extensions;

/**
 * An option setting and where it was written: a POM element such as {@code <wsgiPath>}, or a
 * hand-written file position such as {@code .ebextensions/django.config:3:5}.
 *
 * @param written the value exactly as typed when YAML read an unquoted scalar as something other
 *     than text (for example {@code Off}, read as the boolean false); otherwise {@code null}
 */
record SourcedSetting(OptionSetting setting, String source, String written) {

  SourcedSetting(OptionSetting setting, String source) {
    this(setting, source, null);
  }
}
