package io.github.ebmaven.config;

import java.nio.file.Path;

/**
 * What the build tool knows about the project, which settings default to.
 *
 * @param baseDir the project folder
 * @param buildDir where build output goes ({@code target})
 * @param artifact the built jar or war, or null when there is none (yet)
 * @param outputTimestamp the reproducible-build timestamp ({@code project.build.outputTimestamp}), or null
 */
public record ProjectFacts(
    Path baseDir, Path buildDir, String artifactId, String version, String packaging, Path artifact, String outputTimestamp) {}
