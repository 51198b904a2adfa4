package io.github.ebmaven.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ebmaven.testing.LocalAwsFixture;
import org.junit.jupiter.api.Test;

/** {@code eb.bucket}: a given bucket replaces EB's storage location without asking EB for it. */
class BeanstalkBucketTest {

  @Test
  void aGivenBucketIsUsedWithoutCreatingTheStorageLocation() throws Exception {
    try (LocalAwsFixture local = new LocalAwsFixture()) {
      assertThat(new Beanstalk(local.clients.elasticBeanstalk(), " team-bundles ").storage().bucket())
          .isEqualTo("team-bundles");
      assertThat(local.aws.calls().count("CreateStorageLocation")).isZero();

      assertThat(new Beanstalk(local.clients.elasticBeanstalk(), "").storage().bucket())
          .isEqualTo("elasticbeanstalk-us-east-1-000000000000");
      assertThat(local.aws.calls().count("CreateStorageLocation")).isEqualTo(1);
    }
  }
}
