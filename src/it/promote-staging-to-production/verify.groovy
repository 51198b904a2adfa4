import groovy.json.JsonSlurper
import io.github.ebmaven.localaws.InvokerEndpoint

def log = new File(basedir, 'build.log').text
def builds = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert builds.size() == 4
def promotion = builds[3]

// The promotion: staging's version, read from staging, released to production by blue/green.
assert promotion.contains('Target environment production (selected by -Deb.target=production)')
assert promotion.contains('Promoting v2, the version staging (promo-staging) runs')
assert promotion.contains('Using the existing version v2: nothing built or uploaded')
assert promotion.contains('promo-prod-b does not exist: creating it, on promo-shop-idle, from the same configuration')
assert promotion.contains('  GET /health: 200, runs v2')
assert promotion.contains('Released v2: promo-prod-b answers on promo-shop.us-east-1.elasticbeanstalk.com')
// No bundle was built, nothing was uploaded.
assert !promotion.contains('Bundle: ')
assert !promotion.contains('Uploaded ')
assert !promotion.contains('Created application version')
def record = new JsonSlurper().parse(new File(basedir, 'target/eb/deployment.json'))
assert record.environment == 'promo-prod-b'
assert record.versionLabel == 'v2'
assert record.bytesUploaded == 0
assert record.version == 'REUSED'
assert record.status == 'SUCCEEDED'

// Two builds of staging made the only two versions; production got the first with eb:create.
assert builds[1].contains('Using the existing version v1: nothing built or uploaded')
def calls = new JsonSlurper().parseText(InvokerEndpoint.calls(basedir)).counts
assert calls['CreateApplicationVersion'] == 2
assert calls['s3:PutObject'] == 2

def region = new JsonSlurper().parseText(InvokerEndpoint.state(basedir)).regions['us-east-1']
def app = region.applications.find { it.ApplicationName == 'promo-shop' }
assert app.ApplicationVersions*.VersionLabel.toSet() == ['v1', 'v2'] as Set
def environments = region.environments.collectEntries { [(it.EnvironmentName): it] }
assert environments['promo-staging'].VersionLabel == 'v2'
assert environments['promo-prod-b'].VersionLabel == 'v2'
assert environments['promo-prod-b'].CNAME == 'promo-shop.us-east-1.elasticbeanstalk.com'
assert environments['promo-prod-a'].VersionLabel == 'v1'
return true
