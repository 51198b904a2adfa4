package io.github.ebmaven.lifecycle;

import io.github.ebmaven.aws.EnvironmentState;
import io.github.ebmaven.aws.Environments;
import io.github.ebmaven.change.ChangeRequest;
import io.github.ebmaven.change.ChangeResult;
import io.github.ebmaven.change.Deadline;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.change.TimedOutException;
import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.config.ConfigKey;
import io.github.ebmaven.report.Formats;
import io.github.ebmaven.report.Mention;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code eb:deploy}: publish the version, wait out a busy environment, update it, and wait for
 * the verdict. The previous version keeps serving until EB switches; a failed deployment leaves
 * EB's own rollback in place and fails the build quoting EB.
 */
public final class DeployOperation {

  private final Services services;
  private final Environments environments;

  public DeployOperation(Services services) {
    this.services = services;
    this.environments = services.eb().environments();
  }

  public DeploymentRecord deploy(DeployRequest request) throws EbException {
    Deadline deadline = services.deadline(request.timeout());
    String app = request.application();
    String env = request.environment();
    EnvironmentState before = environments.require(app, env);
    DeploymentRecorder recorder = DeploymentRecorder.start(services, "deploy", app, env, request.bundle(), request.resultFile());
    VersionPublisher.Published version =
        new VersionPublisher(services).obtain(app, request.bundle(), request.existingLabel(), deadline);
    recorder.version(version);
    String label = version.label();

    validateSettings(app, env, request.settings());
    if (label.equals(before.versionLabel())
        && before.isReady()
        && !request.applySettings()
        && request.acceptedHealth().stream().anyMatch(h -> h.equalsIgnoreCase(before.health()))) {
      services.reporter().info(env + " already runs " + label + " with health " + Formats.health(before) + ": nothing to deploy");
      return recorder.write("SUCCEEDED", before, List.of("already running " + label), List.of());
    }
    services.changes().settle(app, before, deadline);
    List<OptionSetting> settings = request.applySettings() ? request.settings() : List.of();
    ChangeRequest change = ChangeRequest.update(app, env, label, request.acceptedHealth(), deadline).replacing(before.versionLabel());
    if (!request.waitForResult()) {
      var requested = environments.update(app, env, label, settings, List.of());
      services.reporter().info("Deploying " + label + " to " + env + " (request " + requested.requestId() + ")");
      services.reporter().info("Not waiting for the result (eb.wait=false)");
      return recorder.write("REQUESTED", null, List.of(), List.of());
    }
    ChangeResult result;
    try {
      result = services.changes().apply(change, () -> {
        var requested = environments.update(app, env, label, settings, List.of());
        services.reporter().info("Deploying " + label + " to " + env + " (request " + requested.requestId() + ")");
        return requested;
      });
    } catch (TimedOutException e) {
      recorder.write("TIMED_OUT", e.lastState(), List.of(e.getMessage()), List.of());
      throw e;
    }
    recorder.write(result.succeeded() ? "SUCCEEDED" : "FAILED", result);
    EnvironmentState last = result.finalState();
    result.orFail("Deploying " + label + " to " + env + " failed.", afterFailure(env, label, before, last, request));
    services.reporter().info(
        "Deployed " + label + " to " + env + ": " + last.status() + ", health " + Formats.health(last)
            + (last.url() == null ? "" : ", " + last.url()));
    return recorder.record();
  }

  /** Which version serves now, and how to put the previous one back when the new one is the one left in place. */
  private static String afterFailure(
      String env, String label, EnvironmentState before, EnvironmentState last, DeployRequest request) {
    String record = " See " + request.resultFile() + ".";
    if (last != null && label.equals(last.versionLabel()) && before.versionLabel() != null
        && !label.equals(before.versionLabel())) {
      return env + " now runs " + label + ", which its health checks reject. Put the previous version back with "
          + ConfigKey.DEPLOY_VERSION.example(before.versionLabel()) + " (" + Mention.goal("deploy") + ")." + record;
    }
    return "The environment keeps serving what Elastic Beanstalk left in place"
        + (last == null ? "" : " (" + last.versionLabel() + ")") + "." + record;
  }

  private void validateSettings(String app, String env, List<OptionSetting> settings) throws EbException {
    if (settings.isEmpty()) {
      return;
    }
    List<String> problems = new ArrayList<>();
    for (String message : environments.validate(app, env, settings)) {
      if (message.startsWith("error")) {
        problems.add(message);
      } else {
        services.reporter().warn("Elastic Beanstalk: " + message);
      }
    }
    if (!problems.isEmpty()) {
      throw new EbException(
          "Elastic Beanstalk refuses the POM's option settings:\n  " + String.join("\n  ", problems)
              + "\nFix them in the POM; nothing was deployed.");
    }
  }
}
