import groovy.json.JsonSlurper
import io.github.ebmaven.localaws.InvokerEndpoint

def log = new File(basedir, 'build.log').text
// The EB CLI's behaviour: one warning, then the names are used as they are.
assert log.contains("[WARNING] Insufficient IAM privileges (iam:GetInstanceProfile was denied). Unable to determine if instance profile 'aws-elasticbeanstalk-ec2-role' exists, assuming that it exists.")
assert log.count('Insufficient IAM privileges') == 1
// EB's launch failure, quoted, with the fix.
assert log.contains('ERROR  The instance profile aws-elasticbeanstalk-ec2-role associated with the environment does not exist.')
assert log.contains('Creating noiam-env failed.')
assert log.contains('Hint: The environment has no usable EC2 instance profile.')
def calls = new JsonSlurper().parseText(InvokerEndpoint.calls(basedir)).counts
assert !calls['iam:CreateRole']
def record = new JsonSlurper().parse(new File(basedir, 'target/eb/deployment.json'))
assert record.status == 'FAILED'
return true
