import groovy.json.JsonSlurper
import io.github.ebmaven.localaws.InvokerEndpoint

def log = new File(basedir, 'build.log').text
// EB calls the update a success; the health checks that follow are what the verdict waits for.
assert log =~ /INFO  Environment update completed successfully\./
assert log =~ /Deploying 1\.0\.0-[0-9a-f]{10} to crash-env failed\. Elastic Beanstalk reported the change complete, then its health checks found crash-env unhealthy/
assert log.contains('100.0 % of the requests are failing with HTTP 5xx.')
assert log =~ /crash-env now runs 1\.0\.0-[0-9a-f]{10}, which its health checks reject\. Put the previous version back with -Deb\.deployVersion=v0 \(mvn eb:deploy\)\./
assert !log.contains('Deployed 1.0.0-')
def record = new JsonSlurper().parse(new File(basedir, 'target/eb/deployment.json'))
assert record.status == 'FAILED'
assert record.reasons.any { it.contains('100.0 % of the requests are failing with HTTP 5xx.') }
return true
