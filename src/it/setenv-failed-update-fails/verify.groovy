import groovy.json.JsonSlurper
import io.github.ebmaven.localaws.InvokerEndpoint

def log = new File(basedir, 'build.log').text
assert log =~ /ERROR  Failed to deploy configuration\./
assert log.contains('Updating the environment properties of setter-env failed.')
assert !log.contains('Updated the environment properties of setter-env')
def env = new JsonSlurper().parseText(InvokerEndpoint.state(basedir)).regions['us-east-1'].environments.find { it.EnvironmentName == 'setter-env' }
assert env.Status == 'Ready'
assert !env.OptionSettings.containsKey('aws:elasticbeanstalk:application:environment:FEATURE_FLAG')
return true
