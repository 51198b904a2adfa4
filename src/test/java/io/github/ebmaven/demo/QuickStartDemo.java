package io.github.ebmaven.demo;

import io.github.ebmaven.localaws.LocalAws;
import io.github.ebmaven.localaws.LocalAwsOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The README's first command ({@code ./mvnw -B -Pdemo install}): a release of the seed's Django
 * sample on a local Elastic Beanstalk, as a user would do it. Copies the sample into a git
 * repository of its own, starts the local endpoint, creates the application and its environment
 * with release 1, commits a change and deploys it as release 2 (a real update, with its events),
 * prints that update's {@code deployment.json}, and ends with the goals to try next.
 *
 * <p>Arguments, {@code --name=value}, as the demo profile passes them: {@code sample}, {@code work}
 * (the folder of the copy), {@code maven} (the Maven Wrapper), the outer build's options (see
 * {@link MavenOptions}), {@code keep-endpoint} (wait for Enter before stopping the endpoint) and
 * {@code try-next} (run the suggested commands too, as the demo's IT does).
 */
public final class QuickStartDemo {

  private final Path wrapper;
  private final DemoProject project;
  private final MavenOptions options;
  private final Map<String, String> args;
  private final PrintStream out;

  private QuickStartDemo(Map<String, String> args, PrintStream out) {
    this.args = args;
    this.out = out;
    this.wrapper = path(args, "maven");
    this.project = new DemoProject(path(args, "sample"), path(args, "work"));
    this.options = MavenOptions.from(args);
  }

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = new LinkedHashMap<>();
    for (String arg : argv) {
      int eq = arg.indexOf('=');
      if (!arg.startsWith("--") || eq < 0) {
        throw new IllegalArgumentException("Arguments are --name=value, not '" + arg + "'");
      }
      args.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    System.exit(new QuickStartDemo(args, System.out).run());
  }

  private static Path path(Map<String, String> args, String name) {
    String value = args.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Missing argument --" + name + "=<path>");
    }
    return Paths.get(value).toAbsolutePath().normalize();
  }

  private int run() throws IOException, InterruptedException {
    step("1/4", "a copy of the sample in a git repository of its own, committed as release 1");
    for (Path removed : project.removeLeftovers()) {
      out.println("Removed " + removed + " (left by an earlier run)");
    }
    String release1 = project.createRelease1();
    out.println(project.dir() + ": commit " + release1 + " \"Release 1\"");
    try (LocalAws aws = LocalAws.start(LocalAwsOptions.defaults())) {
      out.println("local-aws listening on " + aws.endpoint() + " (Elastic Beanstalk and S3, in this JVM)");
      List<String> config = new ArrayList<>(List.of("-Deb.endpoint=" + aws.endpoint(), "-Deb.region=" + aws.region()));
      config.addAll(options.resolution());
      Path configFile = project.writeMavenConfig(config);
      out.println(configFile + " (read by every build of the copy): " + String.join(" ", config));
      InnerBuilds builds = new InnerBuilds(wrapper, project.dir(), options.output(), out);

      step("2/4", "release 1: eb:init creates the application, eb:create its environment");
      int exit = builds.run("package", "eb:init", "eb:create");
      if (exit != 0) {
        return exit;
      }
      String label1 = label();

      step("3/4", "release 2: a committed change, deployed with eb:deploy");
      String release2 = project.createRelease2();
      out.println("Changed " + DemoProject.CHANGED_FILE + ": commit " + release2 + " \"Release 2\"");
      exit = builds.run("package", "eb:deploy");
      if (exit != 0) {
        return exit;
      }

      Path result = project.dir().resolve("target/eb/deployment.json");
      step("4/4", "the update's record, " + result);
      DeploymentSummary summary = DeploymentSummary.read(result);
      if (summary == null || summary.versionLabel().equals(label1)) {
        out.println("eb:deploy wrote no record of release 2 in " + result);
        return 1;
      }
      summary.print(out);

      NextCommands next = new NextCommands(wrapper, project.dir(), label1, summary.versionLabel());
      out.println();
      out.println(flag("keep-endpoint")
          ? "Try next, in another terminal (local-aws keeps running until you press Enter here):"
          : "Try next, in another terminal while local-aws runs (it stops with this demo; run the demo with"
              + " -Ddemo.keepEndpoint=true to keep it up until you press Enter):");
      next.print(out);
      out.println("Without -Deb.endpoint (in .mvn/maven.config here) the same goals run against AWS.");
      if (flag("try-next")) {
        exit = next.runAll(out);
        if (exit != 0) {
          return exit;
        }
      }
      if (flag("keep-endpoint")) {
        waitForEnter(aws);
      }
      out.println("Stopping local-aws.");
    }
    return 0;
  }

  private String label() throws IOException {
    DeploymentSummary created = DeploymentSummary.read(project.dir().resolve("target/eb/deployment.json"));
    return created == null ? "" : created.versionLabel();
  }

  private boolean flag(String name) {
    return "true".equalsIgnoreCase(args.get(name));
  }

  private void waitForEnter(LocalAws aws) throws IOException {
    out.println("local-aws keeps running on " + aws.endpoint() + ". Press Enter (or Ctrl+C) to stop it.");
    out.flush();
    InputStream in = System.in;
    int c;
    do {
      c = in.read();
    } while (c != -1 && c != '\n');
  }

  private void step(String number, String what) {
    out.println();
    out.println("==> " + number + " " + what);
    out.flush();
  }
}
