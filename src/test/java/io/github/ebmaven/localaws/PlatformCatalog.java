package io.github.ebmaven.localaws;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A catalog of current Elastic Beanstalk platform branches and versions on Amazon Linux 2023,
 * named as EB names them: branch {@code Python 3.11 running on 64bit Amazon Linux 2023}, solution
 * stack {@code 64bit Amazon Linux 2023 v4.7.3 running Python 3.11}, platform ARN
 * {@code arn:aws:elasticbeanstalk:<region>::platform/<branch>/<version>}.
 */
final class PlatformCatalog {

  /** One platform version. */
  record Platform(String platformName, String language, String languageVersion, String runtimeLabel,
      String branchName, String version, String branchLifecycle, boolean recommended, Instant created,
      List<String> fileTypes) {

    String solutionStackName() {
      return "64bit Amazon Linux 2023 v" + version + " running " + runtimeLabel;
    }

    /** A retired branch takes no new environments (those running keep running). */
    boolean retired() {
      return "Retired".equals(branchLifecycle);
    }

    String arn(String region) {
      return "arn:aws:elasticbeanstalk:" + region + "::platform/" + branchName + "/" + version;
    }

    String category() {
      return "Docker".equals(platformName) ? "docker" : "WebServer";
    }

    Map<String, Object> summary(String region) {
      return Xml.obj("PlatformArn", arn(region), "PlatformOwner", "AWSElasticBeanstalk", "PlatformStatus", "Ready",
          "PlatformCategory", category(), "OperatingSystemName", "Amazon Linux", "OperatingSystemVersion", "2023",
          "SupportedTierList", List.of("WebServer/Standard", "Worker/SQS/HTTP"), "SupportedAddonList",
          List.of("Log/S3", "Monitoring/Healthd", "WorkerDaemon/SQSD"), "PlatformLifecycleState",
          recommended ? "Recommended" : null, "PlatformVersion", version, "PlatformBranchName", branchName,
          "PlatformBranchLifecycleState", branchLifecycle);
    }

    Map<String, Object> description(String region) {
      return Xml.obj("PlatformArn", arn(region), "PlatformOwner", "AWSElasticBeanstalk", "PlatformName", branchName,
          "PlatformVersion", version, "SolutionStackName", solutionStackName(), "PlatformStatus", "Ready",
          "DateCreated", created, "DateUpdated", created, "PlatformCategory", category(),
          "Description", runtimeLabel + " on 64bit Amazon Linux 2023", "Maintainer", "AWS Elastic Beanstalk",
          "OperatingSystemName", "Amazon Linux", "OperatingSystemVersion", "2023", "ProgrammingLanguages",
          List.of(Xml.obj("Name", language, "Version", languageVersion)), "Frameworks", List.of(),
          "CustomAmiList", List.of(), "SupportedTierList", List.of("WebServer/Standard", "Worker/SQS/HTTP"),
          "SupportedAddonList", List.of("Log/S3", "Monitoring/Healthd", "WorkerDaemon/SQSD"),
          "PlatformLifecycleState", recommended ? "Recommended" : null, "PlatformBranchName", branchName,
          "PlatformBranchLifecycleState", branchLifecycle);
    }
  }

  /** One branch: {@code runtimeLabel} is what follows "running" in the names. */
  private record Branch(String platformName, String language, String languageVersion, String runtimeLabel,
      String lifecycle, String major, int minor, int latestPatch, List<String> fileTypes) { }

  private static final List<String> ZIP = List.of("zip");
  private static final List<String> JAVA = List.of("zip", "jar");
  private static final List<String> WAR = List.of("zip", "war");

  private static final List<Branch> BRANCHES = List.of(
      new Branch("Python", "Python", "3.13", "Python 3.13", "Supported", "4", 7, 3, ZIP),
      new Branch("Python", "Python", "3.12", "Python 3.12", "Supported", "4", 7, 3, ZIP),
      new Branch("Python", "Python", "3.11", "Python 3.11", "Supported", "4", 7, 3, ZIP),
      new Branch("Python", "Python", "3.9", "Python 3.9", "Deprecated", "4", 7, 3, ZIP),
      new Branch("Java", "Java", "21", "Corretto 21", "Supported", "4", 7, 3, JAVA),
      new Branch("Java", "Java", "17", "Corretto 17", "Supported", "4", 7, 3, JAVA),
      new Branch("Java", "Java", "11", "Corretto 11", "Supported", "4", 7, 3, JAVA),
      new Branch("Java", "Java", "8", "Corretto 8", "Supported", "4", 7, 3, JAVA),
      new Branch("Tomcat", "Java", "21", "Tomcat 10 Corretto 21", "Supported", "5", 9, 3, WAR),
      new Branch("Tomcat", "Java", "17", "Tomcat 10 Corretto 17", "Supported", "5", 9, 3, WAR),
      new Branch("Tomcat", "Java", "11", "Tomcat 9 Corretto 11", "Supported", "5", 9, 3, WAR),
      new Branch("Node.js", "Node.js", "22", "Node.js 22", "Supported", "6", 7, 3, ZIP),
      new Branch("Node.js", "Node.js", "20", "Node.js 20", "Supported", "6", 7, 3, ZIP),
      new Branch("Node.js", "Node.js", "18", "Node.js 18", "Retired", "6", 5, 1, ZIP),
      new Branch("Docker", "Docker", "25", "Docker", "Supported", "4", 7, 3, ZIP),
      new Branch("Go", "Go", "1.24", "Go 1", "Supported", "4", 7, 3, ZIP),
      new Branch("PHP", "PHP", "8.4", "PHP 8.4", "Supported", "4", 8, 3, ZIP),
      new Branch("PHP", "PHP", "8.3", "PHP 8.3", "Supported", "4", 8, 3, ZIP),
      new Branch("Ruby", "Ruby", "3.4", "Ruby 3.4", "Supported", "4", 7, 3, ZIP),
      new Branch("Ruby", "Ruby", "3.3", "Ruby 3.3", "Supported", "4", 7, 3, ZIP),
      new Branch(".NET on Linux", ".NET", "8.0", ".NET 8", "Supported", "3", 6, 3, ZIP),
      new Branch(".NET on Linux", ".NET", "9.0", ".NET 9", "Supported", "3", 6, 3, ZIP));

  private final List<Platform> platforms;

  PlatformCatalog() {
    List<Platform> all = new ArrayList<>();
    Instant base = Instant.parse("2025-11-20T18:30:00Z");
    for (Branch b : BRANCHES) {
      String branchName = b.runtimeLabel() + " running on 64bit Amazon Linux 2023";
      for (int patch = b.latestPatch(); patch >= 0; patch--) {
        String version = b.major() + "." + b.minor() + "." + patch;
        Instant created = base.minusSeconds((b.latestPatch() - patch) * 21L * 24 * 3600);
        all.add(new Platform(b.platformName(), b.language(), b.languageVersion(), b.runtimeLabel(), branchName,
            version, b.lifecycle(), patch == b.latestPatch(), created, b.fileTypes()));
      }
    }
    this.platforms = List.copyOf(all);
  }

  List<Platform> all() {
    return platforms;
  }

  /** The newest version of every branch, retired branches included (ListPlatformBranches lists them). */
  List<Platform> latest() {
    return platforms.stream().filter(Platform::recommended).toList();
  }

  Platform bySolutionStack(String name) {
    return platforms.stream().filter(p -> p.solutionStackName().equals(name)).findFirst().orElse(null);
  }

  Platform byArn(String arn, String region) {
    return platforms.stream().filter(p -> p.arn(region).equals(arn)).findFirst().orElse(null);
  }

  /** Compares dotted versions numerically. */
  static int compareVersions(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int xi = i < x.length ? parseOrZero(x[i]) : 0;
      int yi = i < y.length ? parseOrZero(y[i]) : 0;
      if (xi != yi) {
        return Integer.compare(xi, yi);
      }
    }
    return 0;
  }

  private static int parseOrZero(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
