package io.github.ebmaven.localaws;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What runs on the instance: deploying a version (at launch or on update), applying a
 * configuration update, restarting the application server, rebuilding. Each writes EB's events
 * over the operation's duration and ends as EB ends it, successfully or with EB's failure events
 * (the faults of {@link Faults} make them fail). Health follows at the next refresh.
 */
final class Deployments {
  private final EbEmulator eb;

  Deployments(EbEmulator eb) {
    this.eb = eb;
  }

  /** The processed bundle of a version (its .ebextensions option settings), or EB's processing failure. */
  BundleProcessor.Result bundleOf(EbState state, EbState.Environment env, String label) {
    if (label == null) {
      return new BundleProcessor.Result(null, Map.of());
    }
    EbState.Application app = state.applications.get(env.application);
    EbState.AppVersion version = app == null ? null : app.versions.get(label);
    if (version == null) {
      return new BundleProcessor.Result("Application version " + label + " no longer exists.", Map.of());
    }
    BundleProcessor.Result result = "Processed".equals(version.status)
        ? new BundleProcessor.Result(null, version.ebextensions) : BundleProcessor.fromS3(eb.s3, version, -1);
    if (result.ok()) {
      for (Map.Entry<OptionKey, String> setting : result.optionSettings().entrySet()) {
        String problem = eb.options.problem(setting.getKey(), setting.getValue(), env.solutionStack);
        if (problem != null) {
          return new BundleProcessor.Result(problem, Map.of());
        }
      }
    }
    return result;
  }

  /** Marks the start of a version deployment on the instance. */
  static void deploymentStarts(EbState.Environment env, String label, java.time.Instant now) {
    env.deploymentId++;
    env.deploymentLabel = label;
    env.lastDeploymentStatus = "InProgress";
    env.lastDeploymentTime = now;
  }

  /** The end of a launch: the version is deployed, or the launch completes with errors. */
  void finishLaunch(Operation op, BundleProcessor.Result bundle) {
    EbState.Environment env = op.env;
    String label = env.versionLabel;
    deploymentStarts(env, label, eb.now());
    String failure = bundle.ok() && eb.faults.takeFailDeployment() ? "Engine execution has encountered an error."
        : bundle.failure();
    if (failure != null) {
      instanceFailed(op, failure);
      env.lastDeploymentStatus = "Failed";
      env.failedOperation = "Initialization";
      op.error("Create environment operation is complete, but with errors. For more information, see troubleshooting"
          + " documentation.");
      op.finish("Ready");
      return;
    }
    deployed(env, label, bundle);
    op.info("Instance deployment completed successfully.");
    if (env.cname != null) {
      op.info("Application available at " + env.cname + ".");
    }
    op.info("Successfully launched environment: " + env.name);
    op.finish("Ready");
  }

  /** Deploys a version to a Ready environment (UpdateEnvironment with VersionLabel). */
  void deploy(Operation op, String label) {
    EbState.Environment env = op.env;
    Duration total = eb.delays.update();
    starting(env, "Application update");
    deploymentStarts(env, label, eb.now());
    env.crashingSince = null;
    env.degradedTo = null;
    op.at(total, 0.7, () -> {
      BundleProcessor.Result bundle = bundleOf(op.state, env, label);
      String failure = bundle.ok() && eb.faults.takeFailDeployment() ? "Engine execution has encountered an error."
          : bundle.failure();
      if (failure != null) {
        instanceFailed(op, failure);
        op.at(total, 0.3, () -> {
          op.error("Unsuccessful command execution on instance id(s) '" + env.instanceId + "'. Aborting the operation.");
          op.error("Failed to deploy application.");
          env.lastDeploymentStatus = "Failed";
          env.versionLabel = env.previousVersionLabel;
          env.failedOperation = "Application update";
          op.finish("Ready");
        });
        return;
      }
      op.info("Instance deployment completed successfully.");
      op.at(total, 0.15, () -> {
        op.info("New application version was deployed to running EC2 instances.");
        op.at(total, 0.15, () -> {
          deployed(env, label, bundle);
          op.info("Environment update completed successfully.");
          op.finish("Ready");
        });
      });
    });
  }

  /** Applies option changes (UpdateEnvironment without a version), rolled back when it fails. */
  void configure(Operation op) {
    EbState.Environment env = op.env;
    Duration total = eb.delays.update();
    starting(env, "Configuration update");
    op.at(total, 0.7, () -> {
      if (eb.faults.takeFailConfigurationUpdate()) {
        commandFailed(op, total, () -> {
          op.error("Failed to deploy configuration.");
          env.failedOperation = "Configuration update";
          env.operationEnded = eb.now();
          op.at(eb.delays.eventSpacing(), () -> {
            env.apiSettings.clear();
            env.apiSettings.putAll(env.previousApiSettings);
            op.info("The environment was reverted to the previous configuration setting.");
            op.finish("Ready");
          });
        });
        return;
      }
      op.info("Successfully deployed new configuration to environment.");
      op.at(total, 0.3, () -> {
        op.info("Environment update completed successfully.");
        op.finish("Ready");
      });
    });
  }

  /** RestartAppServer: the application server restarts on the instance. */
  void restart(Operation op) {
    onInstance(op, eb.delays.update(), "Application restart", eb.faults.takeFailRestart(),
        "restartAppServer completed successfully.", null);
  }

  /** RebuildEnvironment: resources are replaced and the version deployed again (status Launching). */
  void rebuild(Operation op) {
    onInstance(op, eb.delays.launch(), "Initialization", eb.faults.takeFailRebuild(),
        "rebuildEnvironment completed successfully.", "Rebuild environment operation is complete, but with errors. For"
            + " more information, see troubleshooting documentation.");
  }

  /**
   * A command on the instance that succeeds with {@code success}, or fails with EB's command
   * failure events, "Aborting the operation." and, for a rebuild, {@code failureMessage}.
   */
  private void onInstance(Operation op, Duration total, String operation, boolean fails, String success,
      String failureMessage) {
    starting(op.env, operation);
    op.at(total, 0.7, () -> {
      if (!fails) {
        op.at(total, 0.3, () -> {
          op.info(success);
          op.finish("Ready");
        });
        return;
      }
      if (failureMessage != null) {
        op.error("Instance deployment failed. For details, see 'eb-engine.log'.");
      }
      commandFailed(op, total, () -> {
        op.error("Unsuccessful command execution on instance id(s) '" + op.env.instanceId + "'. Aborting the"
            + " operation.");
        if (failureMessage != null) {
          op.error(failureMessage);
        }
        op.env.failedOperation = operation;
        op.finish("Ready");
      });
    });
  }

  /** EB's events of a command that failed on the instance, then {@code ending}. */
  private void commandFailed(Operation op, Duration total, Runnable ending) {
    op.error("[Instance: " + op.env.instanceId + "] Command failed on instance. Return code: 1 Output: Engine execution"
        + " has encountered an error.");
    op.at(total, 0.15, () -> {
      op.info("Command execution completed on all instances. Summary: [Successful: 0, Failed: 1].");
      op.at(total, 0.15, ending);
    });
  }

  /** Terminates an environment in any state but Terminating: whatever it was doing stops. */
  void terminate(EbState state, EbState.Environment env, String requestId) {
    env.status = "Terminating";
    env.abortable = false;
    env.updated = eb.now();
    state.swapping.remove(env.id);
    Operation op = Operation.begin(eb, state, env, requestId);
    op.info("terminateEnvironment is starting.");
    Duration total = eb.delays.terminate();
    op.at(total, 0.4, () -> {
      if (env.cname != null && env.hasInstance) {
        op.info("Deleted load balancer named: awseb-" + env.id.substring(2, 7) + "-AWSEBLoa-"
            + env.id.substring(2).toUpperCase(Locale.ROOT));
      }
      op.at(total, 0.3, () -> {
        op.info("Deleting SNS topic for environment " + env.name + ".");
        op.at(total, 0.3, () -> {
          op.finish("Terminated");
          HealthMonitor.terminated(env);
          op.info("terminateEnvironment completed successfully.");
        });
      });
    });
  }

  private void starting(EbState.Environment env, String operation) {
    env.operation = operation;
    env.operationStarted = eb.now();
    env.operationEnded = null;
    env.failedOperation = null;
  }

  private void instanceFailed(Operation op, String failure) {
    op.error("Instance deployment failed. For details, see 'eb-engine.log'.");
    op.error("[Instance: " + op.env.instanceId + "] Command failed on instance. Return code: 1 Output: " + failure);
    op.info("Command execution completed on all instances. Summary: [Successful: 0, Failed: 1].");
  }

  /** The instance now runs {@code label}: its .ebextensions settings apply, a crash or degrade fault takes effect. */
  private void deployed(EbState.Environment env, String label, BundleProcessor.Result bundle) {
    env.lastDeploymentStatus = "Deployed";
    env.lastDeploymentTime = eb.now();
    env.versionLabel = label != null ? label : env.versionLabel;
    env.ebextensionSettings = new TreeMap<>(bundle.optionSettings());
    env.crashingSince = eb.faults.takeCrash(label) ? eb.now() : null;
    env.degradedTo = eb.faults.takeDegradeHealth();
  }
}
