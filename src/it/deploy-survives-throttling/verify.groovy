import groovy.json.JsonSlurper
import io.github.ebmaven.localaws.InvokerEndpoint

def log = new File(basedir, 'build.log').text
assert log =~ /Deployed 1\.0\.0-[0-9a-f]{10} to throttled-env: Ready, health Green/
def calls = new JsonSlurper().parseText(InvokerEndpoint.calls(basedir))
assert calls.calls.count { it.status == 400 } >= 6
def record = new JsonSlurper().parse(new File(basedir, 'target/eb/deployment.json'))
assert record.status == 'SUCCEEDED'
return true
