import io.github.ebmaven.localaws.InvokerEndpoint

def aws = InvokerEndpoint.start(basedir)
InvokerEndpoint.readyEnvironment(aws, 'crash', 'crash-env', 'v0')
aws.faults().crashAfterStart()
return true
