package io.github.ebmaven.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Date;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/** What invoker {@code setup.groovy} scripts do to IT projects: copy the sample, commit. */
public final class ItProjects {

  /** The commit time of IT repositories: 2025-11-29T08:00:00Z. */
  public static final long COMMIT_MILLIS = 1764403200000L;

  private ItProjects() {}

  /**
   * Copies {@code samples/django-testapp} (the seed's Django app) into the IT folder, without its
   * POM (the IT has its own) and build output.
   */
  public static void copyDjangoSample(File basedir) {
    Path sample = basedir.toPath().resolve("../../../samples/django-testapp").normalize();
    Path target = basedir.toPath();
    try (Stream<Path> paths = Files.walk(sample)) {
      for (Path source : paths.toList()) {
        String relative = sample.relativize(source).toString();
        if (relative.isEmpty() || relative.equals("pom.xml") || relative.startsWith("target")) {
          continue;
        }
        Path copy = target.resolve(relative);
        if (Files.isDirectory(source)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes {@code basedir} a git repository with everything committed (build output ignored). */
  public static void commitAll(File basedir, String message) {
    try {
      Path ignore = basedir.toPath().resolve(".gitignore");
      if (!Files.exists(ignore)) {
        Files.writeString(ignore, "target/\nbuild.log\n.mvn/\n");
      }
      PersonIdent ident =
          new PersonIdent("IT", "it@example.invalid", new Date(COMMIT_MILLIS), TimeZone.getTimeZone("UTC"));
      try (Git git =
          new File(basedir, ".git").exists()
              ? Git.open(basedir)
              : Git.init().setDirectory(basedir).setInitialBranch("main").call()) {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor(ident).setCommitter(ident).setSign(false).call();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }
}
