package io.github.ebmaven.extensions;

/**
 * An option setting and where it was written: a POM element such as {@code <wsgiPath>}, or a
 * hand-written file position such as {@code .ebextensions/django.config:3:5}.
 */
record SourcedSetting(OptionSetting setting, String source) {}
