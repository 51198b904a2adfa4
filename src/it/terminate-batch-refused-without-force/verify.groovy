import groovy.json.JsonSlurper
import io.github.ebmaven.localaws.InvokerEndpoint

def log = new File(basedir, 'build.log').text
assert log.contains('Refusing to terminate keep-me-env without confirmation: the build runs in batch mode (-B). Add -Deb.force=true')
def state = new JsonSlurper().parseText(InvokerEndpoint.state(basedir))
def env = state.regions['us-east-1'].environments.find { it.EnvironmentName == 'keep-me-env' }
assert env.Status == 'Ready'
def calls = new JsonSlurper().parseText(InvokerEndpoint.calls(basedir))
assert !calls.counts.containsKey('TerminateEnvironment')
return true
