package io.github.ebmaven.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ebmaven.localaws.LocalAws;
import io.github.ebmaven.localaws.LocalAwsOptions;
import io.github.ebmaven.platform.PlatformChoice;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Beanstalk#platforms()} reads what {@link PlatformChoice} needs from ListPlatformVersions. */
class BeanstalkPlatformsTest {

  @Test
  void platformsCarryTheBranchLifecycleSoDeprecatedBranchesAreKnown() throws Exception {
    try (LocalAws aws = LocalAws.start(LocalAwsOptions.defaults());
        AwsClients clients = AwsClients.create(new AwsSettings("us-east-1", null, aws.endpoint(), null,
            new AwsSettings.StaticKeys("test", "test", null), "test"))) {
      List<PlatformVersion> platforms = new Beanstalk(clients.elasticBeanstalk()).platforms().versions();

      assertThat(platforms).isNotEmpty().allMatch(c -> "Ready".equals(c.status()));
      assertThat(platforms)
          .filteredOn(c -> c.friendlyName().equals("python-3.9"))
          .isNotEmpty()
          .allMatch(c -> "Deprecated".equals(c.lifecycleState()));
      assertThat(platforms)
          .filteredOn(c -> c.friendlyName().equals("python-3.11"))
          .hasSize(4)
          .allMatch(c -> "Supported".equals(c.lifecycleState()));
      assertThat(PlatformChoice.choose("python-3.11", platforms).version()).isEqualTo("4.7.3");
      assertThat(PlatformChoice.choose("tomcat-10-corretto-17", platforms).version()).isEqualTo("5.9.3");
      assertThat(PlatformChoice.choose("python", platforms).friendlyName()).isEqualTo("python-3.13");
    }
  }
}
