import groovy.json.JsonSlurper
import io.github.ebmaven.localaws.InvokerEndpoint

def log = new File(basedir, 'build.log').text
assert log =~ /Timed out after 8 s \(eb\.timeout\) while waiting for stuck-env to run 1\.0\.0-[0-9a-f]{10} \(stuck-env is Updating/
assert log.contains('describe-events --environment-name stuck-env')
def record = new JsonSlurper().parse(new File(basedir, 'target/eb/deployment.json'))
assert record.status == 'TIMED_OUT'
return true
