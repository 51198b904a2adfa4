package io.github.ebmaven.maven;

import io.github.ebmaven.bundle.BundleBuilder;
import io.github.ebmaven.bundle.BundleRequest;
import io.github.ebmaven.bundle.BundleResult;
import io.github.ebmaven.bundle.BundleSourceMode;
import io.github.ebmaven.extensions.EbExtensions;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters that decide what goes into the source bundle, shared by every goal that builds
 * one ({@code eb:package}, and the goals that deploy): the source of its files here, the {@code
 * .ebextensions} configuration in {@link AbstractExtensionsMojo}.
 */
public abstract class AbstractBundleMojo extends AbstractExtensionsMojo {

  protected AbstractBundleMojo(org.apache.maven.settings.crypto.SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  /**
   * Where the bundle's files come from: {@code git} (the files committed at HEAD under the project
   * folder), {@code staged} (the git index), {@code directory} (a folder on disk, see {@code
   * bundleDirectory}), {@code artifact} (the built jar/war plus Procfile, .ebextensions, .platform
   * and {@code bundleFiles}) or {@code auto}: artifact for jar and war packaging, git inside a git
   * work tree, directory otherwise. Property {@code eb.bundleSource}; default {@code auto}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.bundleSource", defaultValue = "auto")
  protected String bundleSource;

  /**
   * The folder bundled by the {@code directory} source; {@code .git}, {@code target} and {@code
   * .elasticbeanstalk} are always left out. Property {@code eb.bundleDirectory}; default the
   * project's base directory.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.bundleDirectory", defaultValue = "${project.basedir}")
  protected File bundleDirectory;

  /**
   * Extra files or folders (relative to the project folder) added next to the artifact by the
   * {@code artifact} source, for example {@code nginx.conf}. Property {@code eb.bundleFiles}
   * (comma-separated); default none.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.bundleFiles")
  protected List<String> bundleFiles;

  /**
   * The application version label. Property {@code eb.versionLabel}; default {@code
   * <project.version>-<7-character commit id>} for the git source and {@code
   * <project.version>-<first 10 hex digits of the bundle's sha256>} for the others.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.versionLabel")
  protected String versionLabel;

  /**
   * Folder of the bundle zip and {@code bundle.json}. Property {@code eb.outputDirectory}; default
   * {@code ${project.build.directory}/eb}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.outputDirectory", defaultValue = "${project.build.directory}/eb")
  protected File outputDirectory;

  /**
   * The time written for every zip entry, as maven-archiver reads it: ISO-8601 with offset or
   * epoch seconds. No {@code eb.*} property: set Maven's {@code project.build.outputTimestamp}.
   * When unset, {@code SOURCE_DATE_EPOCH}, then the commit time (git sources), then
   * 1980-02-01T00:00:00Z.
   *
   * @since 0.1.0
   */
  @Parameter(defaultValue = "${project.build.outputTimestamp}")
  protected String outputTimestamp;

  /**
   * Validates the configuration, then builds the bundle with the generated {@code .ebextensions},
   * or reuses the previous one when its inputs did not change.
   */
  protected BundleResult buildBundle(Reporter reporter) throws EbException, MojoFailureException {
    EbExtensions generated = extensions(reporter);
    generated.secretValues().forEach(masker()::register);
    File artifact = project.getArtifact() == null ? null : project.getArtifact().getFile();
    BundleRequest request =
        BundleRequest.builder()
            .projectDir(project.getBasedir().toPath())
            .outputDir(outputDirectory.toPath())
            .applicationName(application())
            .projectVersion(project.getVersion())
            .packaging(project.getPackaging())
            .mode(BundleSourceMode.parse(bundleSource))
            .bundleDirectory(bundleDirectory == null ? null : bundleDirectory.toPath())
            .artifact(artifact == null ? null : artifact.toPath())
            .extraFiles(bundleFiles == null ? List.of() : new ArrayList<>(bundleFiles))
            .versionLabel(versionLabel)
            .outputTimestamp(outputTimestamp)
            .sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH"))
            .generatedContent(generated)
            .build();
    return new BundleBuilder(reporter).build(request);
  }
}
