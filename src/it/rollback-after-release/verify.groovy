import groovy.json.JsonSlurper
import io.github.ebmaven.it.LiveProbe
import io.github.ebmaven.localaws.InvokerEndpoint

def answers = LiveProbe.sinceLive(LiveProbe.stopAndRead(basedir))
def log = new File(basedir, 'build.log').text
def live = 'rb-shop.us-east-1.elasticbeanstalk.com'
def idle = 'rb-shop-idle.us-east-1.elasticbeanstalk.com'

// Once per build: eb:init and eb:create (one build), eb:deploy, eb:rollback
assert log.count('Target environment production (selected by -Deb.target=production)') == 3
assert log.count('Target environment staging (selected by -Deb.target=staging)') == 3
assert log.contains("Released v2: rb-prod-b answers on ${live}; rb-prod-a (v1) is idle on ${idle}, scaled down. Undo with mvn eb:rollback.")

// Production: rb-prod-a still runs v1, so it gets its capacity back, passes its smoke test and is swapped back in.
assert log.contains('Rolling back from v2 to v1: rb-prod-a still runs it, Ready with health Green (Ok); swapping it back in')
assert log.contains('Restoring the capacity of rb-prod-a: taking back aws:autoscaling:asg MinSize=1, aws:autoscaling:asg MaxSize=1')
assert log.contains('Smoke tests of rb-prod-a (v1) at ')
assert log.contains("Released v1: rb-prod-a answers on ${live}; rb-prod-b (v2) is idle on ${idle}, scaled down. Undo with mvn eb:rollback.")

// Staging (in-place): the previous version, redeployed, with EB's verdict and the smoke test.
assert log.contains('Rolling rb-staging back from v2 to v1')
assert log =~ /Deployed v1 to rb-staging: Ready, health Green \(Ok\)/
assert log.contains('Smoke tests of rb-staging (v1) at ')

def calls = new JsonSlurper().parseText(InvokerEndpoint.calls(basedir)).counts
assert calls['CreateEnvironment'] == 3
assert calls['SwapEnvironmentCNAMEs'] == 2
assert calls['CreateApplicationVersion'] == 2
// production: scale a down, restore a (rollback), scale b down; staging: v2, then v1
assert calls['UpdateEnvironment'] == 5

def region = new JsonSlurper().parseText(InvokerEndpoint.state(basedir)).regions['us-east-1']
def environments = region.environments.collectEntries { [(it.EnvironmentName): it] }
assert environments['rb-prod-a'].CNAME == live
assert environments['rb-prod-a'].VersionLabel == 'v1'
assert environments['rb-prod-b'].VersionLabel == 'v2'
assert environments['rb-staging'].VersionLabel == 'v1'

// The production CNAME answered throughout: v1, v2 after the release, v1 again after the rollback.
assert answers.every { it.startsWith('200 ') }: answers.findAll { !it.startsWith('200 ') }.unique()
def runs = answers.collect { it.split(' ')[1] }.inject([]) { seen, version -> seen && seen.last() == version ? seen : seen + version }
assert runs == ['v1', 'v2', 'v1']
return true
