import groovy.json.JsonSlurper
import io.github.ebmaven.localaws.InvokerEndpoint

def log = new File(basedir, 'build.log').text
assert log.contains('busy-env is Updating (another change is in progress): waiting until it is Ready')
assert log =~ /Deployed 1\.0\.0-[0-9a-f]{10} to busy-env: Ready, health Green/
def state = new JsonSlurper().parseText(InvokerEndpoint.state(basedir))
def env = state.regions['us-east-1'].environments.find { it.EnvironmentName == 'busy-env' }
assert env.VersionLabel ==~ /1\.0\.0-[0-9a-f]{10}/
assert !log.contains('Must be Ready')
return true
