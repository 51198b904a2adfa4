import io.github.ebmaven.localaws.*
import java.time.Duration

def aws = InvokerEndpoint.start(basedir)
InvokerEndpoint.readyEnvironment(aws, 'deploy-survives-throttling', 'throttled-env', 'v0')
aws.faults().throttleNextCalls(6, 'DescribeEvents', 'DescribeEnvironments', 'CreateStorageLocation')
// EB's documented limit for its describe calls, shared by everything in the account.
aws.faults().throttleAbove(2.0, 'DescribeEvents', 'DescribeEnvironments')
return true
