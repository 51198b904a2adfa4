import groovy.json.JsonSlurper
import io.github.ebmaven.localaws.InvokerEndpoint

def log = new File(basedir, 'build.log').text
// eb:init and eb:create
assert log.contains('Created application django-testapp')
assert log =~ /Platform python-3\.11: Python 3\.11 running on 64bit Amazon Linux 2023 \d+\.\d+\.\d+/
assert log =~ /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d  INFO  createEnvironment is starting\./
assert log =~ /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d  INFO  Successfully launched environment: django-testapp-env/
assert log =~ /Environment django-testapp-env is Ready, health Green \(Ok\): http:\/\/\S+\.us-east-1\.elasticbeanstalk\.com/
// first eb:deploy: a new label, uploaded and deployed
assert log =~ /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d  INFO  Environment update completed successfully\./
assert log =~ /Deployed release-2 to django-testapp-env: Ready, health Green/
// second eb:deploy of the same commit: nothing uploaded, no new version, no update
assert log.contains('Bundle already in s3://elasticbeanstalk-us-east-1-000000000000/django-testapp/release-2.zip (same sha256): not uploaded again')
assert log.contains('Application version release-2 exists with the same bundle: reusing it')
assert log =~ /django-testapp-env already runs release-2 with health Green \(Ok\): nothing to deploy/
def record = new JsonSlurper().parse(new File(basedir, 'target/eb/deployment.json'))
assert record.goal == 'deploy'
assert record.status == 'SUCCEEDED'
assert record.bytesUploaded == 0
assert record.version == 'REUSED'
assert record.versionLabel == 'release-2'
// eb:terminate, then the application deleted once its last environment is gone
assert log.contains('Environment django-testapp-env is terminated')
assert log.contains('Deleted application django-testapp with its 2 versions and their S3 bundles')

// A secret-looking variable is warned about and its value never printed, in the log or the result.
assert log.contains('DB_PASSWORD')
assert !log.contains('s3cr3t-value-42')
assert !new File(basedir, 'target/eb/deployment.json').text.contains('s3cr3t-value-42')

def calls = new JsonSlurper().parseText(InvokerEndpoint.calls(basedir)).counts
assert calls['CreateApplication'] == 1
assert calls['CreateEnvironment'] == 1
assert calls['CreateApplicationVersion'] == 2
assert calls['UpdateEnvironment'] == 1
assert calls['TerminateEnvironment'] == 1
assert calls['DeleteApplicationVersion'] == 2
assert calls['DeleteApplication'] == 1
assert calls['s3:PutObject'] == 2

def region = new JsonSlurper().parseText(InvokerEndpoint.state(basedir)).regions['us-east-1']
assert region.applications.isEmpty()
assert region.environments.every { it.Status == 'Terminated' }
return true
