import groovy.json.JsonSlurper
import io.github.ebmaven.localaws.InvokerEndpoint
import org.apache.commons.compress.archivers.zip.ZipFile
import org.yaml.snakeyaml.Yaml

def log = new File(basedir, 'build.log').text
def endpoint = InvokerEndpoint.endpointOf(basedir).toString()

// eb:package: the typed elements rendered, the seed's IMDSv1 snippet trap reported.
assert log.contains('[INFO] Generated: .ebextensions/eb-maven-plugin.config, .platform/confighooks/postdeploy/eb-maven-plugin-maintenance.sh,'
    + ' .platform/hooks/postdeploy/eb-maven-plugin-maintenance.sh, .platform/nginx/conf.d/eb-maven-plugin-maintenance.conf,'
    + ' .platform/nginx/conf.d/elasticbeanstalk/eb-maven-plugin-maintenance.conf')
assert log.contains('[WARNING] testapp/settings/production.py reads instance metadata without an IMDSv2 token, but'
    + ' aws:autoscaling:launchconfiguration DisableIMDSv1 is true')

def manifest = new JsonSlurper().parse(new File(basedir, 'target/eb/bundle.json'))
def zip = new ZipFile(new File(basedir, "target/eb/${manifest.file}"))
// EB runs only executable hooks on older platform versions.
assert zip.getEntry('.platform/hooks/postdeploy/eb-maven-plugin-maintenance.sh').unixMode == 0100755
assert zip.getEntry('.platform/confighooks/postdeploy/eb-maven-plugin-maintenance.sh').unixMode == 0100755
assert zip.getEntry('.platform/nginx/conf.d/eb-maven-plugin-maintenance.conf').unixMode == 0100644
def server = zip.getInputStream(zip.getEntry('.platform/nginx/conf.d/elasticbeanstalk/eb-maven-plugin-maintenance.conf')).text
assert server.contains('add_header Retry-After 300 always;')
def http = zip.getInputStream(zip.getEntry('.platform/nginx/conf.d/eb-maven-plugin-maintenance.conf')).text
assert http.contains('    203.0.113.7 1;') && http.contains('    "/health" 1;')
def config = new Yaml().load(zip.getInputStream(zip.getEntry('.ebextensions/eb-maven-plugin.config')).text)
zip.close()
assert config.option_settings['aws:ec2:vpc'] == [VPCId: 'vpc-087a68c03b9c50c84', AssociatePublicIpAddress: 'false', ELBScheme: 'public',
    ELBSubnets: 'subnet-0fe6b36bcb0ffc462,subnet-032fe3068297ac5b2', Subnets: 'subnet-026c6117b178a9c45,subnet-0839e902f656e8bd1']
assert config.option_settings['aws:elbv2:loadbalancer'] == [IpAddressType: 'dualstack']
assert config.option_settings['aws:elasticbeanstalk:environment'] == [LoadBalancerType: 'application']
assert config.option_settings['aws:elasticbeanstalk:cloudwatch:logs'] == [StreamLogs: 'true', RetentionInDays: '14']
assert config.option_settings['aws:elasticbeanstalk:cloudwatch:logs:health'] == [HealthStreamingEnabled: 'true', RetentionInDays: '14']
assert config.option_settings['aws:elasticbeanstalk:application:environment'].EB_MAINTENANCE == 'off'
assert config.files['/var/app/eb-maven-plugin/maintenance.html'].content.contains('Back at 10:00 UTC.')
assert config.files['/opt/aws/amazon-cloudwatch-agent/bin/config.json'].content.contains('"mem_used_percent"')
assert config.container_commands.keySet().toList() == ['collectstatic', 'eb_maven_plugin_cloudwatch_agent']
assert config.Resources.keySet().toList() == ['EbMavenPluginWebAcl', 'EbMavenPluginWebAclAssociation', 'EbMavenPluginMemoryAlarm']
assert config.Resources.EbMavenPluginWebAcl.Properties.Rules*.Name == ['AWS-AWSManagedRulesCommonRuleSet', 'AWS-AWSManagedRulesKnownBadInputsRuleSet']
assert config.Resources.EbMavenPluginWebAclAssociation.Properties.ResourceArn == [Ref: 'AWSEBV2LoadBalancer']

// eb:create, then eb:maintenance on and off: configuration updates, no deployment.
assert log =~ /Environment typed-shop-env is Ready, health Green \(Ok\): http:\/\/typed-shop-env\S*\.us-east-1\.elasticbeanstalk\.com/
assert log.contains('[INFO] Switching the maintenance page of typed-shop-env on (EB_MAINTENANCE=on, a configuration update without a deployment)')
assert log.contains('[INFO] Maintenance page on for typed-shop-env: requests get 503 with Retry-After, except the load balancer\'s health checks,'
    + ' the health check path and the allowed addresses. mvn eb:maintenance with -Deb.maintenance=off serves the application again.')
assert log.contains('[INFO] Maintenance page off for typed-shop-env: the application serves every request.')
assert log =~ /\[INFO\] Updated the environment properties of typed-shop-env \(set EB_MAINTENANCE\): Ready, health Green \(Ok\), running 1\.0\.0-[0-9a-f]{7}/

// eb:ssh -Deb.ssh.print=true: the instance profile's agent is online, so Session Manager, with this endpoint.
def instance = (log =~ /\[INFO\] Instance (i-[0-9a-f]{17}), through Session Manager/)[0][1]
assert log.contains("[INFO] aws ssm start-session --target ${instance} --region us-east-1 --endpoint-url ${endpoint}")
assert !log.contains('[ERROR]')

def region = new JsonSlurper().parseText(InvokerEndpoint.state(basedir)).regions['us-east-1']
def env = region.environments.find { it.EnvironmentName == 'typed-shop-env' }
assert env.Status == 'Ready'
assert env.OptionSettings['aws:elasticbeanstalk:application:environment:EB_MAINTENANCE'] == 'off'
assert env.OptionSettings['aws:ec2:vpc:VPCId'] == 'vpc-087a68c03b9c50c84'
assert env.OptionSettings['aws:elbv2:loadbalancer:IpAddressType'] == 'dualstack'
assert env.OptionSettings['aws:autoscaling:launchconfiguration:IamInstanceProfile'] == 'aws-elasticbeanstalk-ec2-role'

def calls = new JsonSlurper().parseText(InvokerEndpoint.calls(basedir)).counts
assert calls['CreateEnvironment'] == 1
assert calls['UpdateEnvironment'] == 2  // maintenance on, then off
assert calls['ssm:DescribeInstanceInformation'] == 1
assert !calls.containsKey('ec2:DescribeInstances')  // Session Manager needs no address
assert !calls.containsKey('ssm:StartSession')       // printing opens nothing
return true
