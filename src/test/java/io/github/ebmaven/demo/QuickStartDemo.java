package io.github.ebmaven.demo;

import io.github.ebmaven.localaws.LocalAws;
import io.github.ebmaven.localaws.LocalAwsOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * The README's first command: starts the local AWS endpoint, runs {@code eb:init}, {@code
 * eb:create} and {@code eb:deploy} on the seed's Django sample with the freshly installed plugin,
 * streams what they print, shows the result file, and stops the endpoint.
 */
public final class QuickStartDemo {

  private QuickStartDemo() {}

  public static void main(String[] args) throws Exception {
    Path sample = Paths.get(args.length > 0 ? args[0] : "samples/django-testapp").toAbsolutePath().normalize();
    Path mavenWrapper = Paths.get(args.length > 1 ? args[1] : "mvnw").toAbsolutePath().normalize();
    int exit;
    try (LocalAws aws = LocalAws.start(LocalAwsOptions.defaults())) {
      System.out.println("local-aws listening on " + aws.endpoint() + " (Elastic Beanstalk and S3, in this JVM)");
      List<String> command =
          List.of(
              mavenWrapper.toString(),
              "-B",
              "-f",
              sample.resolve("pom.xml").toString(),
              "-Deb.endpoint=" + aws.endpoint(),
              "-Deb.region=" + aws.region(),
              "package",
              "eb:init",
              "eb:create",
              "eb:deploy");
      System.out.println("Running: " + String.join(" ", command));
      ProcessBuilder builder = new ProcessBuilder(command).directory(sample.toFile()).inheritIO();
      Map<String, String> env = builder.environment();
      env.put("AWS_ACCESS_KEY_ID", aws.accessKey());
      env.put("AWS_SECRET_ACCESS_KEY", aws.secretKey());
      env.put("AWS_EC2_METADATA_DISABLED", "true");
      env.remove("AWS_PROFILE");
      env.remove("AWS_SESSION_TOKEN");
      exit = builder.start().waitFor();
      Path result = sample.resolve("target/eb/deployment.json");
      if (Files.isRegularFile(result)) {
        System.out.println();
        System.out.println("Result file " + result + ":");
        System.out.println(Files.readString(result));
      }
      System.out.println("Stopping local-aws.");
    }
    System.exit(exit);
  }

}
