package io.github.ebmaven.extensions;

/**
 * A URL path the proxy serves straight from a folder of the bundle.
 *
 * @param urlPath for example {@code /static}
 * @param directory folder relative to the bundle root, for example {@code static}
 */
public record StaticFile(String urlPath, String directory) {}
