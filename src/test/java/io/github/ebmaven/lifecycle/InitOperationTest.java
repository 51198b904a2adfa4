package io.github.ebmaven.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.report.EbException;
import org.junit.jupiter.api.Test;

class InitOperationTest {

  private static final String BUCKET = "elasticbeanstalk-us-east-1-123456789012";

  @Test
  void aRoleNameBecomesAnArnInTheBucketsAccount() throws EbException {
    assertThat(InitOperation.roleArn("aws-elasticbeanstalk-service-role", BUCKET))
        .isEqualTo("arn:aws:iam::123456789012:role/aws-elasticbeanstalk-service-role");
    assertThat(InitOperation.roleArn("eb-lifecycle", "elasticbeanstalk-ap-southeast-2-000000000042"))
        .isEqualTo("arn:aws:iam::000000000042:role/eb-lifecycle");
  }

  @Test
  void anArnIsKeptAsIs() throws EbException {
    String arn = "arn:aws-cn:iam::210987654321:role/service-role/eb-lifecycle";
    assertThat(InitOperation.roleArn(arn, BUCKET)).isEqualTo(arn);
    assertThat(InitOperation.roleArn(arn, "any-bucket")).isEqualTo(arn);
  }

  @Test
  void aBucketWithoutAnAccountIsAnErrorAskingForTheArn() {
    for (String bucket : new String[] {"my-deploy-bucket", "elasticbeanstalk-us-east-1-12345", "nodash"}) {
      assertThatThrownBy(() -> InitOperation.roleArn("aws-elasticbeanstalk-service-role", bucket))
          .isInstanceOf(EbException.class)
          .hasMessageContaining(bucket)
          .hasMessageContaining("eb.lifecycleServiceRole")
          .hasMessageContaining("full role ARN");
    }
  }
}
