import io.github.ebmaven.localaws.*
import java.time.Duration

def aws = InvokerEndpoint.start(basedir, new Delays(Duration.ofSeconds(1), Duration.ofSeconds(12), Duration.ofMillis(500), Duration.ofMillis(200)))
InvokerEndpoint.readyEnvironment(aws, 'deploy-waits-for-busy-environment', 'busy-env', 'v0')
InvokerEndpoint.startUpdate(aws, 'busy-env')
return true
