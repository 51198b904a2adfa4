import groovy.json.JsonSlurper
import io.github.ebmaven.localaws.InvokerEndpoint

def log = new File(basedir, 'build.log').text
assert log.contains("Environment 'no-such-env' does not exist in application 'deploy-unknown-environment'. Its environments: real-env.")
def calls = new JsonSlurper().parseText(InvokerEndpoint.calls(basedir))
assert !calls.counts.containsKey('UpdateEnvironment')
assert calls.counts['CreateApplicationVersion'] == 1 // the setup's only
return true
