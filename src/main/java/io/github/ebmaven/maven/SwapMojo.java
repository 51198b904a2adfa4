package io.github.ebmaven.maven;

import io.github.ebmaven.aws.AwsClients;
import io.github.ebmaven.deploy.EnvironmentServices;
import io.github.ebmaven.maintenance.SwapOperation;
import io.github.ebmaven.report.EbException;
import io.github.ebmaven.report.Reporter;
import java.util.Set;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Swaps the CNAMEs (URLs) of {@code eb.environmentName} and {@code eb.targetEnvironmentName}, the
 * switch of a blue/green release. Both must be Ready with a health in {@code eb.acceptedHealth};
 * waits until both are Ready again and prints which environment now answers on which CNAME.
 */
@Mojo(name = "swap", threadSafe = true)
public class SwapMojo extends AbstractEbMojo {

  /**
   * The environment to swap CNAMEs with (required). Property {@code eb.targetEnvironmentName};
   * default none.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.targetEnvironmentName")
  protected String targetEnvironmentName;

  /**
   * Health colours both environments must have before the swap, comma-separated: {@code Green},
   * {@code Yellow}, {@code Red}, {@code Grey}. Property {@code eb.acceptedHealth}; default {@code
   * Green}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "eb.acceptedHealth", defaultValue = "Green")
  protected String acceptedHealth;

  @Inject
  public SwapMojo(SettingsDecrypter settingsDecrypter) {
    super(settingsDecrypter);
  }

  @Override
  protected String goalName() {
    return "swap";
  }

  @Override
  protected void run(Reporter reporter) throws EbException {
    String application = application();
    String target = firstSet(targetEnvironmentName);
    Set<String> health = HealthColours.parse(acceptedHealth);
    SwapOperation.SwapRequest request =
        new SwapOperation.SwapRequest(application, environment(), target, health, timeoutDuration());
    try (AwsClients aws = awsClients()) {
      new SwapOperation(
              EnvironmentServices.of(beanstalk(aws), reporter))
          .swap(request);
    }
  }
}
