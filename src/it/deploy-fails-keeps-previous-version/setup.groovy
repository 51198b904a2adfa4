import io.github.ebmaven.localaws.*
import java.time.Duration

def aws = InvokerEndpoint.start(basedir)
InvokerEndpoint.readyEnvironment(aws, 'deploy-fails-keeps-previous-version', 'keep-env', 'v0')
aws.faults().failNextDeployment()
return true
