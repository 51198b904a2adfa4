package io.github.ebmaven.bundle;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything a bundle's bytes and name depend on, as plain values: the Maven side fills it from
 * the POM, tests fill it directly.
 */
public final class BundleRequest {

  private final Path projectDir;
  private final Path outputDir;
  private final String applicationName;
  private final String projectVersion;
  private final String packaging;
  private final BundleSourceMode mode;
  private final Path bundleDirectory;
  private final Path artifact;
  private final List<String> extraFiles;
  private final String versionLabel;
  private final String outputTimestamp;
  private final String sourceDateEpoch;
  private final GeneratedContent generatedContent;
  private final int threads;

  private BundleRequest(Builder builder) {
    this.projectDir = Objects.requireNonNull(builder.projectDir, "projectDir").toAbsolutePath().normalize();
    this.outputDir = Objects.requireNonNull(builder.outputDir, "outputDir").toAbsolutePath().normalize();
    this.applicationName = Objects.requireNonNull(builder.applicationName, "applicationName");
    this.projectVersion = Objects.requireNonNull(builder.projectVersion, "projectVersion");
    this.packaging = builder.packaging == null ? "pom" : builder.packaging;
    this.mode = builder.mode == null ? BundleSourceMode.AUTO : builder.mode;
    this.bundleDirectory =
        builder.bundleDirectory == null
            ? projectDir
            : builder.bundleDirectory.toAbsolutePath().normalize();
    this.artifact = builder.artifact;
    this.extraFiles = List.copyOf(builder.extraFiles);
    this.versionLabel = blankToNull(builder.versionLabel);
    this.outputTimestamp = builder.outputTimestamp;
    this.sourceDateEpoch = builder.sourceDateEpoch;
    this.generatedContent =
        builder.generatedContent == null ? GeneratedContent.NONE : builder.generatedContent;
    this.threads = builder.threads > 0 ? builder.threads : Runtime.getRuntime().availableProcessors();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Path projectDir() {
    return projectDir;
  }

  public Path outputDir() {
    return outputDir;
  }

  public String applicationName() {
    return applicationName;
  }

  public String projectVersion() {
    return projectVersion;
  }

  public String packaging() {
    return packaging;
  }

  public BundleSourceMode mode() {
    return mode;
  }

  public Path bundleDirectory() {
    return bundleDirectory;
  }

  public Path artifact() {
    return artifact;
  }

  public List<String> extraFiles() {
    return extraFiles;
  }

  /** The label the user asked for, or null to derive it. */
  public String versionLabel() {
    return versionLabel;
  }

  public String outputTimestamp() {
    return outputTimestamp;
  }

  public String sourceDateEpoch() {
    return sourceDateEpoch;
  }

  public GeneratedContent generatedContent() {
    return generatedContent;
  }

  public int threads() {
    return threads;
  }

  /** Fills a {@link BundleRequest}; project folder, output folder, name and version are required. */
  public static final class Builder {
    private Path projectDir;
    private Path outputDir;
    private String applicationName;
    private String projectVersion;
    private String packaging;
    private BundleSourceMode mode;
    private Path bundleDirectory;
    private Path artifact;
    private List<String> extraFiles = List.of();
    private String versionLabel;
    private String outputTimestamp;
    private String sourceDateEpoch;
    private GeneratedContent generatedContent;
    private int threads;

    private Builder() {}

    public Builder projectDir(Path value) {
      projectDir = value;
      return this;
    }

    public Builder outputDir(Path value) {
      outputDir = value;
      return this;
    }

    public Builder applicationName(String value) {
      applicationName = value;
      return this;
    }

    public Builder projectVersion(String value) {
      projectVersion = value;
      return this;
    }

    public Builder packaging(String value) {
      packaging = value;
      return this;
    }

    public Builder mode(BundleSourceMode value) {
      mode = value;
      return this;
    }

    public Builder bundleDirectory(Path value) {
      bundleDirectory = value;
      return this;
    }

    public Builder artifact(Path value) {
      artifact = value;
      return this;
    }

    public Builder extraFiles(List<String> value) {
      extraFiles = value == null ? List.of() : value;
      return this;
    }

    public Builder versionLabel(String value) {
      versionLabel = value;
      return this;
    }

    public Builder outputTimestamp(String value) {
      outputTimestamp = value;
      return this;
    }

    public Builder sourceDateEpoch(String value) {
      sourceDateEpoch = value;
      return this;
    }

    public Builder generatedContent(GeneratedContent value) {
      generatedContent = value;
      return this;
    }

    public Builder threads(int value) {
      threads = value;
      return this;
    }

    public BundleRequest build() {
      return new BundleRequest(this);
    }
  }
}
