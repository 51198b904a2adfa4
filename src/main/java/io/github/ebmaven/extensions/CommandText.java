package io.github.ebmaven.extensions;

/**
 * A command or container command as the checks see it: where it is written and its shell text.
 *
 * @param source the POM element ({@code <commands>/<command>[1]}) or file position
 * @param container whether it is a {@code container_commands} entry (run after the application is extracted)
 */
record CommandText(String source, String command, boolean container) {}
