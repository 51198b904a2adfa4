import io.github.ebmaven.localaws.*
import java.time.Duration

def aws = InvokerEndpoint.start(basedir)
InvokerEndpoint.readyEnvironment(aws, 'deploy-unknown-environment', 'real-env', 'v0')
return true
