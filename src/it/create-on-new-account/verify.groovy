import groovy.json.JsonSlurper
import io.github.ebmaven.localaws.InvokerEndpoint

def log = new File(basedir, 'build.log').text
assert log.contains('Created the IAM instance profile aws-elasticbeanstalk-ec2-role with the role aws-elasticbeanstalk-ec2-role')
assert log.contains('Created the IAM service role aws-elasticbeanstalk-service-role')
assert log =~ /Successfully launched environment: newacct-env/
assert log =~ /Environment newacct-env is Ready, health Green \(Ok\): http:\/\/\S+/
assert !log.contains('launch configuration')

def state = new JsonSlurper().parseText(InvokerEndpoint.state(basedir))
def env = state.regions['us-east-1'].environments.find { it.EnvironmentName == 'newacct-env' }
assert env.Status == 'Ready'
assert env.HealthStatus == 'Ok'
def settings = env.OptionSettings
assert settings['aws:autoscaling:launchconfiguration:IamInstanceProfile'] == 'aws-elasticbeanstalk-ec2-role'
assert settings['aws:autoscaling:launchconfiguration:RootVolumeType'] == 'gp3'
assert settings['aws:autoscaling:launchconfiguration:DisableIMDSv1'] == 'true'
assert settings['aws:elasticbeanstalk:healthreporting:system:SystemType'] == 'enhanced'
assert settings['aws:elasticbeanstalk:environment:ServiceRole'] == 'aws-elasticbeanstalk-service-role'

def calls = new JsonSlurper().parseText(InvokerEndpoint.calls(basedir)).counts
assert calls['iam:CreateRole'] == 2
assert calls['iam:CreateInstanceProfile'] == 1
assert calls['iam:AddRoleToInstanceProfile'] == 1
assert calls['iam:AttachRolePolicy'] == 5
assert calls['CreateEnvironment'] == 1
return true
