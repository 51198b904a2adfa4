import groovy.json.JsonSlurper
import io.github.ebmaven.localaws.InvokerEndpoint

def log = new File(basedir, 'build.log').text
assert log.contains('Failed to deploy application.')
assert log =~ /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d  ERROR  Failed to deploy application\./
assert log.contains('Deploying 1.0.0-')
def state = new JsonSlurper().parseText(InvokerEndpoint.state(basedir))
def env = state.regions['us-east-1'].environments.find { it.EnvironmentName == 'keep-env' }
assert env.VersionLabel == 'v0'
assert env.Status == 'Ready'
def record = new JsonSlurper().parse(new File(basedir, 'target/eb/deployment.json'))
assert record.status == 'FAILED'
assert record.reasons.any { it.contains('Failed to deploy application.') }
return true
