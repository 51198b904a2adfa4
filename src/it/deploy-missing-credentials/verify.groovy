import groovy.json.JsonSlurper
import io.github.ebmaven.localaws.InvokerEndpoint

def log = new File(basedir, 'build.log').text
assert log.contains('No AWS credentials found. Tried:')
assert log.contains('-Deb.serverId')
def calls = new JsonSlurper().parseText(InvokerEndpoint.calls(basedir))
assert calls.counts.isEmpty()
return true
