package io.github.ebmaven.bundle;

import java.nio.file.Path;

/**
 * A bundle on disk.
 *
 * @param zip the bundle file
 * @param manifest what it holds and how it was made
 * @param reused true when an identical bundle from an earlier build was kept instead of rewritten
 */
public record BundleResult(Path zip, BundleManifest manifest, boolean reused) {}
