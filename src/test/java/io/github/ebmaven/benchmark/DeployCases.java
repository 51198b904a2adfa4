package io.github.ebmaven.benchmark;

import io.github.ebmaven.localaws.Delays;
import io.github.ebmaven.localaws.InvokerEndpoint;
import io.github.ebmaven.localaws.LocalAws;
import io.github.ebmaven.localaws.LocalAwsOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * {@code mvn eb:deploy} against the EB CLI's {@code eb deploy} as the AWS CLI does it (the peer
 * script), both whole processes against one local endpoint: a new commit, then the same commit
 * again, alternating peer and plugin. Each tool deploys to its own environment of one
 * application, so that the plugin's "same commit" finds its own last deploy in place. One
 * unmeasured deploy by each first gives both environments an update history (the plugin paces its
 * polling by it) and warms the file cache.
 */
final class DeployCases {

  private static final String APP = "bench-app";
  private static final String PEER_ENV = "peer-env";
  private static final String PLUGIN_ENV = "plugin-env";
  private static final String NEW = "new commit";
  private static final String SAME = "same commit";
  private static final Duration TIMEOUT = Duration.ofMinutes(10);

  private final MavenCommand commands;
  private final SmallProjects projects;
  private final Path work;
  private final int runs;
  private int change;

  DeployCases(MavenCommand commands, SmallProjects projects, Path work, int runs) {
    this.commands = commands;
    this.projects = projects;
    this.work = work;
    this.runs = runs;
  }

  /**
   * The realistic delays without their 3-minute launch: no case here launches an environment but
   * the two set up first. Updates take 45 s, version processing 5 s, health refreshes every 10 s.
   */
  static Delays realistic() {
    Delays eb = Delays.realistic();
    return new Delays(Duration.ofSeconds(5), eb.update(), eb.terminate(), eb.processing(), eb.healthRefresh(),
        eb.eventSpacing());
  }

  /** Runs the deploy cases with {@code delays} and adds their rows to {@code table}. */
  void run(String mode, Delays delays, ResultTable table) throws Exception {
    Path dir = work.resolve("deploy-" + mode);
    ChildProcess.deleteTree(dir);
    System.out.printf(Locale.ROOT, "%ndeploy, %s delays: update %s, version processing %s, health refresh %s%n",
        mode, delays.update(), delays.processing(), delays.healthRefresh());
    Path peer = peerScript(dir);
    try (LocalAws aws = LocalAws.start(LocalAwsOptions.defaults().withDelays(delays))) {
      InvokerEndpoint.readyEnvironment(aws, APP, PEER_ENV, "initial-peer");
      InvokerEndpoint.readyEnvironment(aws, APP, PLUGIN_ENV, "initial-plugin");
      Path project = projects.webApplication(dir.resolve("project"), APP, PLUGIN_ENV);
      Deployer deployer = new Deployer(aws, project, peer, dir.resolve("peer-bundles"));

      projects.newCommit(project, ++change);
      System.out.println("  warm-up (unmeasured): " + deployer.peer(NEW).describe(0).trim());
      System.out.println("  warm-up (unmeasured): " + deployer.plugin(NEW).describe(0).trim());

      List<DeployRun> all = new ArrayList<>();
      for (int round = 1; round <= runs; round++) {
        projects.newCommit(project, ++change);
        for (DeployRun run : List.of(deployer.peer(NEW), deployer.plugin(NEW), deployer.peer(SAME), deployer.plugin(SAME))) {
          System.out.println(run.describe(round));
          all.add(run);
        }
      }
      rows(mode, all, table);
      timeline(mode, select(all, "plugin", NEW));
    }
  }

  /** Starts the two tools on the project, and reads each deploy back from the endpoint. */
  private final class Deployer {
    private final LocalAws aws;
    private final Path project;
    private final Path peerScript;
    private final Path peerBundles;

    Deployer(LocalAws aws, Path project, Path peerScript, Path peerBundles) {
      this.aws = aws;
      this.project = project;
      this.peerScript = peerScript;
      this.peerBundles = peerBundles;
    }

    DeployRun peer(String kind) throws Exception {
      ChildProcess.Result result =
          commands.run("eb-deploy-peer " + kind, project, TIMEOUT, List.of("bash", peerScript.toString(),
              aws.endpoint().toString(), APP, PEER_ENV, peerBundles.toString(), commands.aws().toString()));
      result.requireSuccess();
      return DeployRun.of("peer", kind, result, aws, PEER_ENV);
    }

    DeployRun plugin(String kind) throws Exception {
      ChildProcess.Result result =
          commands.mvn("mvn eb-deploy " + kind, project, TIMEOUT, "eb:deploy",
              "-Deb.endpoint=" + aws.endpoint(), "-Deb.region=" + aws.region());
      result.requireSuccess();
      if (!result.has("[INFO] Deployed ") && !result.has(": nothing to deploy")) {
        throw new IllegalStateException("eb:deploy printed no verdict; see " + result.log());
      }
      return DeployRun.of("plugin", kind, result, aws, PLUGIN_ENV);
    }
  }

  private static void rows(String mode, List<DeployRun> all, ResultTable table) {
    boolean realistic = mode.equals("realistic");
    String peer = "eb deploy (AWS CLI script)";
    table.add("`eb:deploy` new commit, " + mode, peer,
        median(select(all, "peer", NEW), DeployRun::total), median(select(all, "plugin", NEW), DeployRun::total),
        realistic ? ResultTable.Target.none() : ResultTable.Target.ratio(1.0));
    table.add("`eb:deploy` same commit again, " + mode, peer,
        median(select(all, "peer", SAME), DeployRun::total), median(select(all, "plugin", SAME), DeployRun::total),
        realistic ? ResultTable.Target.ratio(0.1) : ResultTable.Target.none());
    table.add("new commit, start -> UpdateEnvironment, " + mode, peer,
        median(select(all, "peer", NEW), DeployRun::preparation), median(select(all, "plugin", NEW), DeployRun::preparation),
        realistic ? ResultTable.Target.seconds(2.5) : ResultTable.Target.none());
    table.add("new commit, EB completion event -> verdict, " + mode, peer,
        median(select(all, "peer", NEW), DeployRun::completionToVerdict),
        median(select(all, "plugin", NEW), DeployRun::completionToVerdict), ResultTable.Target.none());
    table.add("new commit, last EB call -> process exit, " + mode, peer,
        median(select(all, "peer", NEW), DeployRun::lastCallToExit),
        median(select(all, "plugin", NEW), DeployRun::lastCallToExit), ResultTable.Target.seconds(1.0));
  }

  /** Medians of where the plugin's new-commit deploys spent their time. */
  private static void timeline(String mode, List<DeployRun> plugin) {
    List<DeployRun.Milestones> m = plugin.stream().map(DeployRun::milestones).toList();
    System.out.printf(Locale.ROOT,
        "  plugin, new commit, %s, medians in s from the command's start: mojo starts %.2f, bundle ready %.2f,"
            + " first AWS call %.2f, first upload %.2f, last S3 call %.2f, CreateApplicationVersion %.2f,"
            + " UpdateEnvironment %.2f, EB completion %.2f, verdict %.2f, last call %.2f, BUILD SUCCESS %.2f, exit %.2f%n",
        mode, mid(m, DeployRun.Milestones::mojo), mid(m, DeployRun.Milestones::bundle),
        mid(m, DeployRun.Milestones::firstCall), mid(m, DeployRun.Milestones::firstUpload),
        mid(m, DeployRun.Milestones::lastS3), mid(m, DeployRun.Milestones::createVersion),
        mid(m, DeployRun.Milestones::update), mid(m, DeployRun.Milestones::completion),
        mid(m, DeployRun.Milestones::verdict), mid(m, DeployRun.Milestones::lastCall),
        mid(m, DeployRun.Milestones::buildSuccess), mid(m, DeployRun.Milestones::exit));
  }

  private static List<DeployRun> select(List<DeployRun> all, String tool, String kind) {
    return all.stream().filter(r -> r.tool().equals(tool) && r.kind().equals(kind)).toList();
  }

  private static double median(List<DeployRun> runs, ToDoubleFunction<DeployRun> f) {
    return Stats.median(runs.stream().map(r -> f.applyAsDouble(r)).filter(v -> !Double.isNaN(v)).toList());
  }

  private static double mid(List<DeployRun.Milestones> m, ToDoubleFunction<DeployRun.Milestones> f) {
    return Stats.median(m.stream().map(x -> f.applyAsDouble(x)).filter(v -> !Double.isNaN(v)).toList());
  }

  /** The peer script, out of the test classpath into the work folder. */
  private static Path peerScript(Path dir) throws IOException {
    Path script = dir.resolve("eb-deploy-peer.sh");
    Files.createDirectories(dir);
    try (InputStream in = DeployCases.class.getResourceAsStream("eb-deploy-peer.sh")) {
      if (in == null) {
        throw new IllegalStateException("eb-deploy-peer.sh is missing from the test classpath");
      }
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    }
    return script;
  }
}
