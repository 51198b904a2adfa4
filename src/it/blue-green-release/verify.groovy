import groovy.json.JsonSlurper
import io.github.ebmaven.it.LiveProbe
import io.github.ebmaven.localaws.InvokerEndpoint

def answers = LiveProbe.sinceLive(LiveProbe.stopAndRead(basedir))
def log = new File(basedir, 'build.log').text
def live = 'bg-shop.us-east-1.elasticbeanstalk.com'
def idle = 'bg-shop-idle.us-east-1.elasticbeanstalk.com'

// eb:create: the pair's first environment on the live CNAME.
assert log =~ /Environment bg-shop-a is Ready, health Green \(Ok\): http:\/\/bg-shop\.us-east-1\.elasticbeanstalk\.com/

// First release: bg-shop-b created once, smoke-tested, swapped in; bg-shop-a scaled down.
assert log.contains("blue-green release: bg-shop-a is live on ${live} (runs v1), bg-shop-b (idle) does not exist yet")
assert log.count('does not exist: creating it, on bg-shop-idle, from the same configuration') == 1
assert log.contains("Smoke tests of bg-shop-b (v2) at ${InvokerEndpoint.endpointOf(basedir)}/_app/${idle}/")
assert log.contains("  GET /health: 200, body contains 'is running version', runs v2")
assert log =~ /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d  INFO  Completed swapping CNAMEs for environments 'bg-shop-b' and 'bg-shop-a'\./
assert log.contains('Scaling bg-shop-a down: aws:autoscaling:asg MinSize=1, aws:autoscaling:asg MaxSize=1')
assert log.contains("Released v2: bg-shop-b answers on ${live}; bg-shop-a (v1) is idle on ${idle}, scaled down. Undo with mvn eb:rollback.")

// Second release: bg-shop-a gets its capacity back, then v3, smoke tests, swap; bg-shop-b scaled down.
assert log.contains("blue-green release: bg-shop-b is live on ${live} (runs v2), bg-shop-a is idle on ${idle} (runs v1)")
assert log.contains('Restoring the capacity of bg-shop-a: taking back aws:autoscaling:asg MinSize=1, aws:autoscaling:asg MaxSize=1')
assert log.contains("  GET /health: 200, body contains 'is running version', runs v3")
assert log.contains("Released v3: bg-shop-a answers on ${live}; bg-shop-b (v2) is idle on ${idle}, scaled down. Undo with mvn eb:rollback.")

// eb:status acts on the live environment of the pair.
assert log.contains("blue-green pair: bg-shop-a is live on ${live} (runs v3), bg-shop-b is idle on ${idle} (runs v2); acting on bg-shop-a")

def calls = new JsonSlurper().parseText(InvokerEndpoint.calls(basedir)).counts
assert calls['CreateEnvironment'] == 2
assert calls['SwapEnvironmentCNAMEs'] == 2
// scale a down; restore a, deploy a, scale b down
assert calls['UpdateEnvironment'] == 4
assert calls['app:bg-shop-b'] > 0 && calls['app:bg-shop-a'] > 0

def region = new JsonSlurper().parseText(InvokerEndpoint.state(basedir)).regions['us-east-1']
def environments = region.environments.findAll { it.Status != 'Terminated' }.collectEntries { [(it.EnvironmentName): it] }
assert environments['bg-shop-a'].CNAME == live
assert environments['bg-shop-a'].VersionLabel == 'v3'
assert environments['bg-shop-b'].CNAME == idle
assert environments['bg-shop-b'].VersionLabel == 'v2'
// The live side runs at its normal capacity (the creation settings, applied again); the idle one is scaled down.
assert environments['bg-shop-a'].OptionSettings['aws:autoscaling:asg:MinSize'] == '2'
assert environments['bg-shop-a'].OptionSettings['aws:autoscaling:asg:MaxSize'] == '4'
assert environments['bg-shop-b'].OptionSettings['aws:autoscaling:asg:MinSize'] == '1'
assert environments['bg-shop-b'].OptionSettings['aws:autoscaling:asg:MaxSize'] == '1'

// Users of the production CNAME got an answer every time, from v1, then v2, then v3.
assert answers.size() > 20
assert answers.every { it.startsWith('200 ') }: answers.findAll { !it.startsWith('200 ') }.unique()
assert answers.collect { it.split(' ')[1] }.unique() == ['v1', 'v2', 'v3']
return true
