import groovy.json.JsonSlurper
import io.github.ebmaven.localaws.InvokerEndpoint

def log = new File(basedir, 'build.log').text
assert log.contains('No AWS credentials found. Provide them with AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY')
assert log =~ /What was tried:\n\[ERROR\]   - SystemProperty: /
// Said once: not repeated by the causes' messages.
assert log.readLines().count { it.startsWith('[ERROR]') && it.contains('No AWS credentials found.') } == 1
assert log.contains('-Deb.serverId')
def calls = new JsonSlurper().parseText(InvokerEndpoint.calls(basedir))
assert calls.counts.isEmpty()
return true
