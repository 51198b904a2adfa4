package io.github.ebmaven.maven;

import io.github.ebmaven.goals.EnvironmentGoals;
import io.github.ebmaven.goals.GoalContext;
import io.github.ebmaven.goals.SessionLauncher;
import io.github.ebmaven.report.EbException;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Opens a shell on an instance of the environment, like {@code eb ssh}: through Systems Manager
 * Session Manager ({@code aws ssm start-session}) when the instance's agent is online, else SSH
 * with the environment's key pair to its public address or, with {@code eb.ssh.bastion}, its
 * private one. {@code -Deb.ssh.print=true} prints the command instead of running it; running it
 * needs an interactive session.
 */
@Mojo(name = "ssh", threadSafe = true)
public class SshMojo extends AbstractEbMojo {

  /**
   * The instance to connect to, such as {@code i-0abc123def4567890}. Property {@code eb.instance};
   * default the environment's only instance, else a choice asked in an interactive session.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.instance")
  protected String instance;

  /**
   * Print the command that opens the session instead of running it. Property {@code
   * eb.ssh.print}; default {@code false}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.ssh.print")
  protected String sshPrint;

  /**
   * The private key of the environment's key pair ({@code ~/} is the home folder). Property {@code
   * eb.ssh.key}; default {@code ~/.ssh/KEYPAIR.pem} (or {@code ~/.ssh/KEYPAIR}), KEYPAIR being the
   * environment's key pair name.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.ssh.key")
  protected String sshKey;

  /**
   * The user SSH logs in as. Property {@code eb.ssh.user}; default {@code ec2-user} (Amazon Linux).
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.ssh.user")
  protected String sshUser;

  /**
   * A bastion host ({@code user@host}) SSH jumps through ({@code ssh -J}) to reach an instance
   * without a public address. Property {@code eb.ssh.bastion}; default none.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.ssh.bastion")
  protected String sshBastion;

  @Inject
  public SshMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "ssh";
  }

  @Override
  protected void run(GoalContext context) throws EbException {
    new EnvironmentGoals(context).ssh(SessionLauncher.TERMINAL);
  }
}
