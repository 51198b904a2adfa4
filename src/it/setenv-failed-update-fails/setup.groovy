import io.github.ebmaven.localaws.InvokerEndpoint

def aws = InvokerEndpoint.start(basedir)
InvokerEndpoint.readyEnvironment(aws, 'setter', 'setter-env', 'v1')
aws.faults().failNextConfigurationUpdate()
return true
