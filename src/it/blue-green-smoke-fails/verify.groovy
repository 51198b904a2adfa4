import groovy.json.JsonSlurper
import io.github.ebmaven.it.LiveProbe
import io.github.ebmaven.localaws.InvokerEndpoint

def answers = LiveProbe.sinceLive(LiveProbe.stopAndRead(basedir))
def log = new File(basedir, 'build.log').text
def live = 'sf-shop.us-east-1.elasticbeanstalk.com'
def idle = 'sf-shop-idle.us-east-1.elasticbeanstalk.com'

// The new version reached the idle side, and EB's verdict was a success ...
assert log =~ /Environment sf-shop-b is Ready, health Green \(Ok\)/
// ... but its smoke test got the 500, tried again, and the build failed quoting request and response.
assert log.contains('  GET /health: HTTP 500, expected 200; trying again in 1 s')
assert log =~ /\[ERROR\] Failed to execute goal .*:deploy \(default-cli\) on project blue-green-smoke-fails: Smoke test of sf-shop-b \(v2\) failed: GET \/health answered HTTP 500, expected 200 \(4 attempts in \d+ s\)\./
assert log.contains("[ERROR]   Request:  GET ${InvokerEndpoint.endpointOf(basedir)}/_app/${idle}/health")
assert log.contains('[ERROR]   Response: HTTP 500')
assert log.contains('[ERROR]     X-Version-Label: v2')
assert log.contains('[ERROR]     | OperationalError: could not connect to the database')
assert log.contains('[ERROR]     | at shop/db.py line 12')
assert log.contains("[ERROR] No swap: production is untouched, sf-shop-a still answers on ${live} with v1.")
assert log.contains('BUILD FAILURE')

def calls = new JsonSlurper().parseText(InvokerEndpoint.calls(basedir)).counts
assert !calls.containsKey('SwapEnvironmentCNAMEs')
assert calls['CreateEnvironment'] == 2
assert !calls.containsKey('UpdateEnvironment')

def region = new JsonSlurper().parseText(InvokerEndpoint.state(basedir)).regions['us-east-1']
def environments = region.environments.collectEntries { [(it.EnvironmentName): it] }
assert environments['sf-shop-a'].CNAME == live
assert environments['sf-shop-a'].VersionLabel == 'v1'
assert environments['sf-shop-b'].CNAME == idle
assert environments['sf-shop-b'].VersionLabel == 'v2'

// Production answered with v1 the whole time.
assert answers.size() > 10
assert answers.every { it == '200 v1' }: answers.findAll { it != '200 v1' }.unique()
return true
