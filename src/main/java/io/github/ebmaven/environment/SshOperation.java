package io.github.ebmaven.environment;

import io.github.ebmaven.aws.AwsCallException;
import io.github.ebmaven.aws.Ec2Instances;
import io.github.ebmaven.aws.ManagedInstances;
import io.github.ebmaven.change.Services;
import io.github.ebmaven.config.ConfigKey;
import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Mention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code eb:ssh}: which instance to open a shell on, and how. Systems Manager Session Manager when
 * the instance's agent is online (no open port, no key), else SSH with the environment's key pair
 * to the instance's public address, or its private one through a bastion host. The result is the
 * command the user's own tools run; nothing here connects to the instance.
 */
public final class SshOperation {

  /** Picks one of several instances; an interactive session asks, a batch one cannot. */
  @FunctionalInterface
  public interface InstancePicker {
    /** @return one of {@code ids}, or null when no choice was made */
    String pick(String environment, List<String> ids) throws EbException;
  }

  /**
   * How the user's AWS CLI reaches the same account as the plugin.
   *
   * @param profile {@code eb.profile}, or null
   * @param endpoint {@code eb.endpoint}, or null for AWS
   * @param environment variables for the CLI's process (keys from settings.xml); never printed
   */
  public record AwsCli(String region, String profile, String endpoint, Map<String, String> environment) {}

  /**
   * @param instance {@code eb.instance}, or null to take the only one or ask
   * @param keyFile {@code eb.ssh.key}, or null for {@code ~/.ssh/<key pair>.pem}
   * @param user the instance's login user ({@code eb.ssh.user})
   * @param bastion {@code eb.ssh.bastion} ({@code user@host} to jump through), or null
   * @param home the user's home folder, where {@code .ssh} keys are looked for
   */
  public record SshRequest(
      String application, String environment, String instance, Path keyFile, String user, String bastion, Path home) {}

  /**
   * A way into the instance.
   *
   * @param method {@code Session Manager} or {@code SSH}
   * @param command the program and its arguments
   * @param keyFile the private key SSH authenticates with, or null for Session Manager
   * @param environment extra variables for the program's process, never printed
   * @param notes what the user should know before running it (a key file that is missing, ...)
   */
  public record Session(
      String instanceId, String method, List<String> command, Path keyFile, Map<String, String> environment, List<String> notes) {

    /** The command as a shell line, arguments quoted where the shell would split them. */
    public String commandLine() {
      List<String> words = new ArrayList<>();
      for (String word : command) {
        words.add(word.matches("[\\w@%+=:,./~-]+") ? word : "'" + word.replace("'", "'\"'\"'") + "'");
      }
      return String.join(" ", words);
    }
  }

  private static final String KEY_NAME = "EC2KeyName";
  private static final String LAUNCH_CONFIGURATION = "aws:autoscaling:launchconfiguration";

  private final Services services;
  private final Ec2Instances ec2;
  private final ManagedInstances ssm;
  private final AwsCli cli;

  public SshOperation(Services services, Ec2Instances ec2, ManagedInstances ssm, AwsCli cli) {
    this.services = services;
    this.ec2 = ec2;
    this.ssm = ssm;
    this.cli = cli;
  }

  public Session plan(SshRequest request, InstancePicker picker) throws EbException {
    String env = request.environment();
    services.eb().environments().require(request.application(), env);
    String instance = choose(request, services.eb().environments().instanceIds(env), picker);
    List<String> whySsmCannot = new ArrayList<>();
    if (managed(instance, whySsmCannot)) {
      List<String> command = new ArrayList<>(List.of("aws", "ssm", "start-session", "--target", instance, "--region", cli.region()));
      if (cli.profile() != null) {
        command.addAll(List.of("--profile", cli.profile()));
      }
      if (cli.endpoint() != null) {
        command.addAll(List.of("--endpoint-url", cli.endpoint()));
      }
      return new Session(instance, "Session Manager", command, null, cli.environment(),
          List.of("Needs the AWS CLI v2 and its Session Manager plugin (session-manager-plugin) on this machine."));
    }
    return ssh(request, instance, whySsmCannot);
  }

  private String choose(SshRequest request, List<String> ids, InstancePicker picker) throws EbException {
    String env = request.environment();
    if (ids.isEmpty()) {
      throw new EbException(env + " has no running instance to connect to; see " + Mention.goal("health") + " or " + Mention.goal("events") + ".");
    }
    if (request.instance() != null) {
      if (!ids.contains(request.instance())) {
        throw new EbException("Instance " + request.instance() + " is not one of " + env + "'s (" + String.join(", ", ids) + "). Set "
            + ConfigKey.INSTANCE.mention() + " to one of them.");
      }
      return request.instance();
    }
    if (ids.size() == 1) {
      return ids.get(0);
    }
    String picked = picker.pick(env, ids);
    if (picked == null) {
      throw new EbException(env + " has " + ids.size() + " instances (" + String.join(", ", ids) + "): choose one with "
          + ConfigKey.INSTANCE.example(ids.get(0)) + ".");
    }
    return picked;
  }

  /** Whether Session Manager can reach the instance; otherwise says why in {@code why}. */
  private boolean managed(String instance, List<String> why) throws EbException {
    try {
      String status = ssm.pingStatus(List.of(instance)).get(instance);
      if (ManagedInstances.ONLINE.equals(status)) {
        return true;
      }
      why.add(status == null
          ? "Systems Manager does not manage " + instance + " (no SSM agent registered: the instance profile needs the"
              + " AmazonSSMManagedInstanceCore policy, and the instance a route to Systems Manager)"
          : "the instance's SSM agent is " + status + ", so Session Manager cannot open a session");
      return false;
    } catch (AwsCallException e) {
      if (!e.isAccessDenied()) {
        throw e;
      }
      why.add("whether Systems Manager manages " + instance + " cannot be told: ssm:DescribeInstanceInformation is not allowed (" + e.awsMessage() + ")");
      return false;
    }
  }

  private Session ssh(SshRequest request, String instance, List<String> whySsmCannot) throws EbException {
    Optional<String> keyName = services.eb().environments().configurationSettings(request.application(), request.environment()).stream()
        .filter(s -> s.namespace().equals(LAUNCH_CONFIGURATION) && s.optionName().equals(KEY_NAME))
        .map(OptionSetting::value)
        .filter(v -> !v.isBlank())
        .findFirst();
    Ec2Instances.Ec2Instance described = ec2.describe(List.of(instance)).stream().findFirst()
        .orElseThrow(() -> new EbException("EC2 does not describe " + instance + "; it may have just been replaced. Run the goal again."));
    String ssmReason = String.join("; ", whySsmCannot);
    if (keyName.isEmpty()) {
      throw new EbException("Cannot open a session on " + instance + ": " + ssmReason + ", and " + request.environment()
          + " has no key pair for SSH (aws:autoscaling:launchconfiguration EC2KeyName). Either let Systems Manager manage the"
          + " instances (attach AmazonSSMManagedInstanceCore to the instance profile's role), or set " + ConfigKey.KEY_NAME.mention()
          + " to an EC2 key pair and update the environment (its instances are replaced).");
    }
    List<String> command = new ArrayList<>(List.of("ssh"));
    List<String> notes = new ArrayList<>();
    Path key = keyFile(request, keyName.get());
    command.addAll(List.of("-i", key.toString()));
    if (!Files.isRegularFile(key)) {
      notes.add("The private key " + key + " of key pair " + keyName.get() + " is not there; set " + ConfigKey.SSH_KEY.mention()
          + " to the key pair's .pem file.");
    }
    String address;
    if (described.publicIp() != null) {
      address = described.publicIp();
    } else if (request.bastion() != null) {
      command.addAll(List.of("-J", request.bastion()));
      address = described.privateIp();
    } else {
      throw new EbException("Cannot open a session on " + instance + ": " + ssmReason + ", and the instance has no public address"
          + " (private " + described.privateIp() + "), so SSH needs a way into the VPC. Either let Systems Manager manage the"
          + " instances (attach AmazonSSMManagedInstanceCore to the instance profile's role), or jump through a bastion host with "
          + ConfigKey.SSH_BASTION.example("ec2-user@bastion.example.com") + ", or run ssh -i " + key + " " + request.user() + "@"
          + described.privateIp() + " from inside the VPC.");
    }
    command.add(request.user() + "@" + address);
    notes.add(0, "SSH because " + ssmReason + ".");
    return new Session(instance, "SSH", command, key, Map.of(), notes);
  }

  private static Path keyFile(SshRequest request, String keyName) {
    if (request.keyFile() != null) {
      return request.keyFile();
    }
    Path ssh = request.home().resolve(".ssh");
    Path plain = ssh.resolve(keyName);
    return Files.isRegularFile(plain) && !Files.isRegularFile(ssh.resolve(keyName + ".pem")) ? plain : ssh.resolve(keyName + ".pem");
  }
}
