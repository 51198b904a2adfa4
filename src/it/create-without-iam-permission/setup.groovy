import io.github.ebmaven.localaws.InvokerEndpoint

def aws = InvokerEndpoint.start(basedir)
aws.faults().denyIam()
return true
