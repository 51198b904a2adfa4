import io.github.ebmaven.localaws.*
import java.time.Duration

def aws = InvokerEndpoint.start(basedir)
InvokerEndpoint.readyEnvironment(aws, 'terminate-batch-refused-without-force', 'keep-me-env', 'v0')
return true
