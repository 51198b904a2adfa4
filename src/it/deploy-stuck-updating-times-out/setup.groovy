import io.github.ebmaven.localaws.*
import java.time.Duration

def aws = InvokerEndpoint.start(basedir)
InvokerEndpoint.readyEnvironment(aws, 'deploy-stuck-updating-times-out', 'stuck-env', 'v0')
aws.faults().hangNextUpdate()
return true
