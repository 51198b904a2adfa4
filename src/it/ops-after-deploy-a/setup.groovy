import io.github.ebmaven.localaws.InvokerEndpoint
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient
import software.amazon.awssdk.regions.Region
import software.amazon.awssdk.services.elasticbeanstalk.ElasticBeanstalkClient
import software.amazon.awssdk.services.elasticbeanstalk.model.ConfigurationOptionSetting
import software.amazon.awssdk.services.elasticbeanstalk.model.DescribeEnvironmentsRequest
import software.amazon.awssdk.services.elasticbeanstalk.model.UpdateEnvironmentRequest

def aws = InvokerEndpoint.start(basedir)
InvokerEndpoint.readyEnvironment(aws, 'ops-a', 'ops-a-env', 'v1')

// A secret-looking variable and one that eb:setenv removes, set through the SDK as the console would.
def eb = ElasticBeanstalkClient.builder()
    .endpointOverride(aws.endpoint())
    .region(Region.of(aws.region()))
    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(aws.accessKey(), aws.secretKey())))
    .httpClient(UrlConnectionHttpClient.create())
    .build()
def env = { String name, String value ->
  ConfigurationOptionSetting.builder().namespace('aws:elasticbeanstalk:application:environment')
      .optionName(name).value(value).build()
}
eb.updateEnvironment(UpdateEnvironmentRequest.builder().environmentName('ops-a-env')
    .optionSettings(env('DB_PASSWORD', 'it-secret-value-42'), env('OLD_FLAG', 'on')).build())
def deadline = System.currentTimeMillis() + 30000
while (eb.describeEnvironments(DescribeEnvironmentsRequest.builder().environmentNames('ops-a-env').build())
    .environments()[0].statusAsString() != 'Ready') {
  assert System.currentTimeMillis() < deadline : 'ops-a-env did not become Ready'
  Thread.sleep(50)
}
eb.close()
return true
