import groovy.json.JsonSlurper
import io.github.ebmaven.localaws.InvokerEndpoint

def log = new File(basedir, 'build.log').text
def line = /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/

// eb:status
assert log =~ /\[INFO\] Application:       ops-a/
assert log =~ /\[INFO\] Status:            Ready/
assert log =~ /\[INFO\] Health:            Green \(Ok\)/
assert log =~ /\[INFO\] Deployed version:  v1/
assert log =~ /\[INFO\] URL:               http:\/\/ops-a-env\S*\.us-east-1\.elasticbeanstalk\.com/
// eb:health
assert log =~ /\[INFO\] Environment ops-a-env: Ready, health Green \(Ok\) \(refreshed /
assert log =~ /\[INFO\] instance\s+health\s+requests\s+2xx\s+4xx\s+5xx\s+p99\s+p50\s+load 1\/5\/15m/
assert log =~ /\[INFO\] i-\w+\s+Green \(Ok\)\s+100\s+100\s+0\s+0\s+0\.500 s/
// eb:events, in the deploy's line format
assert log =~ /\[INFO\] ${line}  INFO  Environment update completed successfully\./
// eb:logs (tail)
assert log =~ /\[INFO\] ==== i-\w+ \(tail logs sampled ${line} UTC\) ====/
assert log.contains('[INFO] /var/log/eb-engine.log')
// eb:config -Deb.diff
assert log.contains('[INFO] aws:elasticbeanstalk:application:environment:')
assert log.contains("[INFO]   DB_PASSWORD: '****'")
assert log.contains('[INFO] # Differences from the POM: 2 of its 2 option settings differ')
assert log =~ /\[INFO\]   aws:ec2:instances\s+InstanceTypes\s+t3a\.nano\s+t3\.micro, t3\.small/
assert log =~ /\[INFO\]   aws:elasticbeanstalk:application:environment\s+GREETING\s+hello-from-pom\s+\(not set\)/
// eb:printenv before: the secret masked
assert log =~ /\[INFO\]   DB_PASSWORD = \*\*\*\*/
assert log =~ /\[INFO\]   OLD_FLAG    = on/
assert log.contains('[INFO] 1 secret-looking value shown as ****; -Deb.reveal=true shows them.')
// eb:setenv, then eb:printenv again
assert log =~ /\[INFO\] Updating the environment properties of ops-a-env: set GREETING; remove OLD_FLAG \(request /
assert log =~ /\[INFO\] ${line}  INFO  Successfully deployed new configuration to environment\./
assert log.contains('[INFO] Updated the environment properties of ops-a-env (set GREETING; remove OLD_FLAG): Ready, health Green (Ok), running v1')
assert log =~ /\[INFO\]   GREETING    = hello-from-setenv/
def afterSetenv = log.substring(log.lastIndexOf('Environment properties of ops-a-env'))
assert !afterSetenv.contains('OLD_FLAG')

// Under -q, eb:printenv's answer still reaches standard output, without the log's prefix.
assert log =~ /(?m)^  GREETING    = hello-from-setenv$/
assert log =~ /(?m)^  DB_PASSWORD = \*\*\*\*$/
// eb:status -Deb.output=json under -q: one JSON document, nothing else printed by that build.
def json = (log =~ /(?ms)^\{\n  "environment" : "ops-a-env".*?^\}$/)[0]
def status = new JsonSlurper().parseText(json)
assert status.application == 'ops-a'
assert status.status == 'Ready'
assert status.health == 'Green'
assert status.versionLabel == 'v1'
assert status.url ==~ /http:\/\/ops-a-env\S*\.us-east-1\.elasticbeanstalk\.com/
assert status.causes == []
def quietTail = log.substring(log.lastIndexOf('GREETING    = hello-from-setenv'))
assert !quietTail.contains('[INFO]')

// The secret never reached the log.
assert !log.contains('it-secret-value-42')

def region = new JsonSlurper().parseText(InvokerEndpoint.state(basedir)).regions['us-east-1']
def env = region.environments.find { it.EnvironmentName == 'ops-a-env' }
assert env.Status == 'Ready'
assert env.OptionSettings['aws:elasticbeanstalk:application:environment:GREETING'] == 'hello-from-setenv'
assert !env.OptionSettings.containsKey('aws:elasticbeanstalk:application:environment:OLD_FLAG')
assert env.OptionSettings['aws:elasticbeanstalk:application:environment:DB_PASSWORD'] == 'it-secret-value-42'

def calls = new JsonSlurper().parseText(InvokerEndpoint.calls(basedir)).counts
assert calls['UpdateEnvironment'] == 2  // setup's and eb:setenv's
assert calls['RequestEnvironmentInfo'] == 1
// eb:health's one call, and eb:setenv's verdict, which reads instance health after the update (two refreshes at least)
assert calls['DescribeInstancesHealth'] >= 3
return true
