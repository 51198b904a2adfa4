import io.github.ebmaven.localaws.*

def aws = InvokerEndpoint.start(basedir)
InvokerEndpoint.readyEnvironment(aws, 'deploy-waits-for-busy-environment', 'busy-env', 'v0')
// Another change is in progress when the deploy starts, and lasts until the plugin has seen it.
aws.faults().hangNextUpdate()
InvokerEndpoint.startUpdate(aws, 'busy-env')
InvokerEndpoint.abortUpdateOncePolled(aws, 'busy-env')
return true
